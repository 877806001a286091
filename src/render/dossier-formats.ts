/** The formats a dossier is written in (a module of its own: the CLI lists them without loading the renderers). */
export const DOSSIER_FORMATS = ['json', 'md', 'html'] as const;
export type DossierFormat = (typeof DOSSIER_FORMATS)[number];
