import type { Dossier } from '../core/types.js';

export const DOSSIER_FORMATS = ['json', 'md', 'html'] as const;
export type DossierFormat = (typeof DOSSIER_FORMATS)[number];

/** The dossier in one of its output formats. */
export function renderDossier(dossier: Dossier, format: DossierFormat): string {
  switch (format) {
    case 'json':
      return `${JSON.stringify(dossier, null, 2)}\n`;
    case 'md':
    case 'html':
      throw new Error(`the ${format} rendering is not wired yet`); // the renderers land with the server work
  }
}
