import { createReadStream } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { IngestFailure, Message, RawDocument } from '../core/types.js';
import { DEFAULT_FETCH, type FetchOptions, charsetOf, fetchUrl } from './fetch-url.js';
import { type SourceKind, kindFromContent, kindFromName } from './source-format.js';
import { parseJsonArticles, parseJsonLines } from './structured-input.js';

export type SourceItem = RawDocument | IngestFailure;

export interface ReadOptions {
  fetch: FetchOptions;
  /** Bytes read from one file; the rest is cut with a message (a 50 MB page is not read whole). */
  maxFileBytes: number;
  stdin: NodeJS.ReadableStream;
}

export const DEFAULT_READ: ReadOptions = { fetch: DEFAULT_FETCH, maxFileBytes: 10 * 1024 * 1024, stdin: process.stdin };

export function isFailure(item: SourceItem): item is IngestFailure {
  return 'message' in item;
}

/**
 * Every document named by the inputs, in order: files, folders (recursively, sorted), `-` (stdin),
 * http(s) URLs. What cannot be read becomes an IngestFailure naming the source; nothing is dropped silently.
 */
export async function* readSources(inputs: string[], options: ReadOptions = DEFAULT_READ): AsyncGenerator<SourceItem> {
  const { leaves, failures } = await expandInputs(inputs);
  yield* failures;
  for (const leaf of leaves) yield* await readSource(leaf, options);
}

/** The inputs with folders replaced by the files in them (recursively, sorted; hidden files left out). */
export async function expandInputs(inputs: string[]): Promise<{ leaves: string[]; failures: IngestFailure[] }> {
  const leaves: string[] = [];
  const failures: IngestFailure[] = [];
  const visit = async (path: string, explicit: boolean): Promise<void> => {
    if (path === '-' || isUrl(path)) {
      leaves.push(path);
      return;
    }
    let info;
    try {
      info = await stat(path);
    } catch (error) {
      failures.push({ source: path, message: describeFsError(error) });
      return;
    }
    if (info.isDirectory()) {
      const entries = (await readdir(path)).filter((name) => !name.startsWith('.')).sort();
      for (const name of entries) await visit(join(path, name), false);
    } else if (explicit || kindFromName(path)) {
      leaves.push(path);
    } else {
      failures.push({ source: path, message: 'skipped: not a file type Corroborate reads (.html, .htm, .txt, .md, .json, .jsonl, optionally .gz)' });
    }
  };
  for (const input of inputs) await visit(input, true);
  return { leaves, failures };
}

/** The documents in one file, URL or `-`: one for a page, many for JSON/JSONL, or failures. */
export async function readSource(leaf: string, options: ReadOptions = DEFAULT_READ): Promise<SourceItem[]> {
  if (leaf === '-') return fromBytes('-', await readStream(options.stdin, options.maxFileBytes), null, null);
  if (isUrl(leaf)) return fromUrl(leaf, options.fetch);
  return fromFile(leaf, options);
}

function isUrl(input: string): boolean {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(input);
}

async function fromFile(path: string, options: ReadOptions): Promise<SourceItem[]> {
  const named = kindFromName(path);
  let read;
  try {
    read = await readStream(createReadStream(path), options.maxFileBytes);
  } catch (error) {
    return [{ source: path, message: describeFsError(error) }];
  }
  if (!named?.gzip) return fromBytes(path, read, named?.kind ?? null, null);
  try {
    const unzipped = gunzipSync(read.bytes, { maxOutputLength: options.maxFileBytes * 4 });
    return fromBytes(path, { bytes: unzipped, truncated: read.truncated }, named.kind, null);
  } catch (error) {
    return [{ source: path, message: `not a readable gzip file: ${(error as Error).message}` }];
  }
}

async function fromUrl(url: string, fetchOptions: FetchOptions): Promise<SourceItem[]> {
  try {
    const fetched = await fetchUrl(url, fetchOptions);
    const kind = kindFromName(new URL(fetched.finalUrl).pathname)?.kind;
    const documents = fromBytes(url, { bytes: fetched.body, truncated: false }, kind === 'json' || kind === 'jsonl' ? kind : null, fetched.contentType);
    return documents.map((document) =>
      isFailure(document)
        ? document
        : { ...document, finalUrl: fetched.finalUrl, headerCharset: charsetOf(fetched.contentType), messages: [...fetched.messages, ...document.messages] },
    );
  } catch (error) {
    return [{ source: url, message: `could not fetch: ${(error as Error).message}` }];
  }
}

function fromBytes(source: string, read: { bytes: Uint8Array; truncated: boolean }, kind: SourceKind | null, contentType: string | null): SourceItem[] {
  const head = Buffer.from(read.bytes.subarray(0, 512)).toString('latin1');
  const resolved = kind ?? kindFromContent(contentType, head);
  const messages: Message[] = read.truncated
    ? [{ rule: 'page-truncated', severity: 'warning', message: `file larger than the read cap; only the first ${read.bytes.length} bytes were read` }]
    : [];
  if (resolved === 'json' || resolved === 'jsonl') {
    const text = Buffer.from(read.bytes).toString('utf8').replace(/^\uFEFF/, '');
    return resolved === 'json' ? parseJsonArticles(source, text) : parseJsonLines(source, text);
  }
  return [{ source, format: resolved, body: read.bytes, declared: {}, messages }];
}

async function readStream(stream: NodeJS.ReadableStream, maxBytes: number): Promise<{ bytes: Buffer; truncated: boolean }> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    if (size + buffer.length > maxBytes) {
      chunks.push(buffer.subarray(0, maxBytes - size));
      (stream as NodeJS.ReadableStream & { destroy?: () => void }).destroy?.();
      return { bytes: Buffer.concat(chunks), truncated: true };
    }
    chunks.push(buffer);
    size += buffer.length;
  }
  return { bytes: Buffer.concat(chunks), truncated: false };
}

function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file or folder';
  if (code === 'EACCES') return 'permission denied';
  return (error as Error).message;
}
