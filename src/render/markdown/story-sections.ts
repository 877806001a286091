import type { Story } from '../../core/types.js';
import { escapeMarkdownLine as md } from '../escape-markdown.js';
import { groupEntities, splitTimeline, type StoryView } from '../story-view.js';

export function timelineMarkdown(view: StoryView): string[] {
  const { own, background } = splitTimeline(view.story);
  const entry = (e: Story['timeline'][number]): string => `- **${md(e.date)}**: ${md(e.text)} (${md(view.outletsOf(e.articleIds).join(', '))})`;
  const out = ['### Timeline', ''];
  out.push(...(own.length ? own.map(entry) : ['- _No dated events yet._']));
  if (background.length) out.push('', '_Background:_', '', ...background.map(entry));
  return [...out, ''];
}

export function quotesMarkdown(view: StoryView): string[] {
  const out = ['### Quotes by speaker', ''];
  if (view.speakers.length === 0) out.push('- _No quotes found._');
  for (const s of view.speakers) {
    out.push(`- **${md(s.speaker)}**`);
    for (const q of s.quotes) {
      out.push(`  - “${md(q.text)}” (${md(q.outlets.join(', '))})`);
      for (const v of q.variants) out.push(`    - ${md(v.outlet)} has: “${md(v.text)}”`);
    }
  }
  return [...out, ''];
}

export function peopleMarkdown(view: StoryView): string[] {
  const out = ['### People and organisations', ''];
  const groups = groupEntities(view.story);
  if (groups.length === 0) out.push('- _No named entities found._');
  for (const g of groups) {
    out.push(`- ${g.label}:`);
    for (const e of g.entities) {
      const roles = e.roles.length ? `, ${md(e.roles.join('; '))}` : '';
      const aliases = e.aliases.length ? ` (also: ${md(e.aliases.join(', '))})` : '';
      out.push(`  - **${md(e.name)}**${roles}${aliases}, in ${e.articleIds.length} of ${view.articles.length} articles`);
    }
  }
  return [...out, ''];
}

export function copiesMarkdown(view: StoryView): string[] {
  const out = ['### Copies and rewrites', ''];
  if (view.copyGroups.length === 0) out.push('- _Every article is an independent report._');
  for (const g of view.copyGroups) {
    out.push(`- ${md(g.headline)}${g.original ? `: original ${md(g.original.outlet)}` : ''}`);
    for (const c of g.copies) out.push(`  - ${md(c.outlet)} (${c.kind})`);
  }
  out.push('', '#### What the rewrite changed', '');
  if (view.drift.length === 0) out.push('- _No rewrite changed a claim._');
  for (const d of view.drift) {
    out.push(`- ${md(d.rewrite)} rewriting ${md(d.original)}:`);
    for (const c of d.changes) out.push(`  - ${md(c.kind)}: “${md(c.originalText)}” became “${md(c.rewriteText)}”`);
  }
  return [...out, ''];
}

export function claimsMarkdown(view: StoryView): string[] {
  const out = ['### All claims', ''];
  if (view.story.claims.length === 0) out.push('- _No claims extracted yet._');
  for (const c of view.story.claims) {
    out.push(`- [${c.status}] ${md(c.text)} (${c.independentSources} independent)`);
    for (const e of c.evidence) out.push(`  - ${md(view.outlet(e.articleId))}: “${md(e.text)}”`);
  }
  return [...out, ''];
}
