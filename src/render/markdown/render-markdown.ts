import type { Dossier } from '../../core/types.js';
import { escapeMarkdownLine as md } from '../escape-markdown.js';
import { buildStoryView, storyFacts } from '../story-view.js';
import { articleMarkdown } from './article.js';
import { claimsMarkdown, copiesMarkdown, peopleMarkdown, quotesMarkdown, timelineMarkdown } from './story-sections.js';
import { summaryMarkdown } from './summary.js';

/** The dossier as Markdown: per story, the summary first, then the evidence, then the articles. */
export function renderMarkdown(dossier: Dossier): string {
  const out = ['# Corroborate dossier', '', `Generated ${dossier.generatedAt} · ${dossier.articles.length} articles · ${dossier.stories.length} stories`, ''];
  const inStory = new Set(dossier.stories.flatMap((s) => s.articleIds));
  for (const story of dossier.stories) {
    const view = buildStoryView(dossier, story);
    out.push(`## ${md(story.title)}`, '', md(storyFacts(view)), '');
    if (view.relatedTitles.length) out.push(`Related: ${view.relatedTitles.map((r) => md(r.title)).join('; ')}`, '');
    out.push(...summaryMarkdown(view), ...timelineMarkdown(view), ...quotesMarkdown(view), ...peopleMarkdown(view));
    out.push(...copiesMarkdown(view), ...claimsMarkdown(view), '### Articles', '');
    for (const article of view.articles) out.push(...articleMarkdown(article));
  }
  const loose = dossier.articles.filter((a) => !inStory.has(a.id));
  if (loose.length) {
    out.push('## Articles in no story', '');
    for (const article of loose) out.push(...articleMarkdown(article));
  }
  if (dossier.failures.length) {
    out.push('## Inputs that could not be read', '');
    for (const f of dossier.failures) out.push(`- ${md(f.source)}${f.line ? `:${f.line}` : ''}: ${md(f.message)}`);
    out.push('');
  }
  return out.join('\n');
}
