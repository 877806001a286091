import type { DossierArticle } from '../../core/types.js';
import { outletOf } from '../article-label.js';
import { escapeMarkdown, escapeMarkdownLine as md } from '../escape-markdown.js';

export function articleMarkdown(article: DossierArticle): string[] {
  const published = article.published.value ? `${article.published.value} (from ${article.published.from ?? 'unknown'})` : 'no date';
  const out = [
    `#### ${md(article.title ?? '(untitled)')}`,
    '',
    `${md(outletOf(article))} · ${article.byline ? `by ${md(article.byline)} · ` : ''}${md(published)} · source: ${md(article.url ?? article.source)} · id \`${article.id.replace(/`/g, '')}\``,
    '',
    escapeMarkdown(article.text),
    '',
  ];
  if (article.messages.length) {
    // <details> keeps the extraction notes out of the reader's way; Markdown inside stays escaped.
    out.push(`<details><summary>${article.messages.length} extraction messages</summary>`, '');
    for (const m of article.messages) out.push(`- ${m.severity} ${md(m.rule)}: ${md(m.message)}${m.text ? `: “${md(m.text)}”` : ''}`);
    out.push('', '</details>', '');
  }
  return out;
}
