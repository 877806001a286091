import { createHash } from 'node:crypto';
import type { Dossier } from '../../core/types.js';
import { escapeHtml as h } from '../escape-html.js';
import { articleHtml } from './article.js';
import { storyHtml } from './story.js';
import { dossierCss } from './styles.js';

/**
 * The dossier as one self-contained HTML file. Its own Content-Security-Policy allows only the
 * inlined stylesheet (by hash): even if some text escaped escaping, no script could run.
 */
export function renderHtml(dossier: Dossier): string {
  const styleHash = createHash('sha256').update(dossierCss).digest('base64');
  const csp = `default-src 'none'; style-src 'sha256-${styleHash}'; img-src data:; base-uri 'none'; form-action 'none'`;
  const inStory = new Set(dossier.stories.flatMap((s) => s.articleIds));
  const loose = dossier.articles.filter((a) => !inStory.has(a.id));
  const title = dossier.stories.length === 1 ? (dossier.stories[0]?.title ?? 'Dossier') : `${dossier.stories.length} stories`;
  const failures = dossier.failures.length
    ? `<section id="failures"><h2>Inputs that could not be read</h2><ul>${dossier.failures.map((f) => `<li><code>${h(f.source)}${f.line ? `:${f.line}` : ''}</code> ${h(f.message)}</li>`).join('')}</ul></section>`
    : '';
  const toc = dossier.stories.length > 1 ? `<nav><ul>${dossier.stories.map((s) => `<li><a href="#story-${h(s.id)}">${h(s.title)}</a></li>`).join('')}</ul></nav>` : '';
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Corroborate: ${h(title)}</title>
<style>${dossierCss}</style></head>
<body><main>
<h1>Corroborate dossier</h1>
<p class="facts">Generated ${h(dossier.generatedAt)} · ${dossier.articles.length} articles · ${dossier.stories.length} stories</p>
${toc}
${dossier.stories.map((s) => storyHtml(dossier, s, (id) => `#story-${id}`)).join('\n')}
${loose.length ? `<section id="loose"><h2>Articles in no story</h2>${loose.map(articleHtml).join('\n')}</section>` : ''}
${failures}
</main></body></html>
`;
}
