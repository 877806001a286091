import type { Claim } from '../../core/types.js';
import { escapeMarkdownLine as md } from '../escape-markdown.js';
import { sourcesLine, summaryLimit, type StoryView } from '../story-view.js';

/** "What is established, what rests on one source, what is disputed", in one screen. */
export function summaryMarkdown(view: StoryView): string[] {
  const claimList = (claims: Claim[], empty: string, line: (c: Claim) => string): string[] =>
    claims.length === 0 ? [`- _${empty}_`] : [...claims.slice(0, summaryLimit).map(line), ...more(claims.length)];
  const out = ['### Summary', '', '**Established**', ''];
  out.push(...claimList(view.established, 'Nothing is confirmed by two independent sources yet.', (c) => `- ${md(c.text)} (${md(sourcesLine(view, c))})`));
  out.push('', '**Rests on one source**', '');
  out.push(...claimList(view.singleSource, 'No single-source claims.', (c) => `- ${md(c.text)} (only ${md(view.outletsOf(c.articleIds).join(', '))})`));
  out.push('', '**Disputed**', '');
  if (view.conflicts.length === 0 && view.contested.length === 0) out.push('- _No conflicts found between sources._');
  for (const k of view.conflicts.slice(0, summaryLimit)) {
    out.push(`- ${md(k.about)} (${k.kind}): ${md(k.note)}`);
    out.push(`  - ${md(view.outlet(k.a.articleId))}: “${md(k.a.text)}”`);
    out.push(`  - ${md(view.outlet(k.b.articleId))}: “${md(k.b.text)}”`);
  }
  out.push(...more(view.conflicts.length));
  for (const c of view.contested.slice(0, summaryLimit)) out.push(`- Contested claim: ${md(c.text)} (${md(view.outletsOf(c.articleIds).join(', '))})`);
  out.push('');
  return out;
}

function more(total: number): string[] {
  return total > summaryLimit ? [`- _and ${total - summaryLimit} more below_`] : [];
}
