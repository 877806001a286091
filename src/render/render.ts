// The dossier renderers: pure functions from a dossier to text.
export { renderHtml } from './html/render-html.js';
export { renderMarkdown } from './markdown/render-markdown.js';
