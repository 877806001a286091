import type { Dossier } from '../core/types.js';
import type { DossierFormat } from './dossier-formats.js';
import { renderHtml } from './html/render-html.js';
import { renderMarkdown } from './markdown/render-markdown.js';


/** The dossier in one of its output formats. */
export function renderDossier(dossier: Dossier, format: DossierFormat): string {
  switch (format) {
    case 'json':
      return `${JSON.stringify(dossier, null, 2)}\n`;
    case 'md':
      return renderMarkdown(dossier);
    case 'html':
      return renderHtml(dossier);
  }
}
