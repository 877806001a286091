/** How a source's content is to be read, decided from its name (and, for URLs, its content type). */
export type SourceKind = 'html' | 'text' | 'json' | 'jsonl';

const BY_EXTENSION: Record<string, SourceKind> = {
  html: 'html',
  htm: 'html',
  xhtml: 'html',
  txt: 'text',
  text: 'text',
  md: 'text',
  markdown: 'text',
  json: 'json',
  jsonl: 'jsonl',
  ndjson: 'jsonl',
};

/** The kind a file name says, after dropping a `.gz`; null for names Corroborate does not read. */
export function kindFromName(name: string): { kind: SourceKind; gzip: boolean } | null {
  const lower = name.toLowerCase();
  const gzip = lower.endsWith('.gz');
  const base = gzip ? lower.slice(0, -3) : lower;
  const extension = base.includes('.') ? base.slice(base.lastIndexOf('.') + 1) : '';
  const kind = BY_EXTENSION[extension];
  return kind ? { kind, gzip } : null;
}

/** For fetched pages and stdin: the content type if given, else a sniff of the first bytes. */
export function kindFromContent(contentType: string | null, head: string): SourceKind {
  const type = (contentType ?? '').toLowerCase();
  if (type.includes('html') || type.includes('xml')) return 'html';
  if (type.includes('json')) return 'json';
  if (type.startsWith('text/plain')) return 'text';
  const start = head.trimStart().slice(0, 200).toLowerCase();
  if (start.startsWith('<!doctype html') || start.startsWith('<html') || /<(head|body|p|div|article)[\s>]/.test(start)) return 'html';
  if (start.startsWith('{') || start.startsWith('[')) return 'json';
  return 'text';
}
