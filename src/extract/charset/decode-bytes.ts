import chardet from 'chardet';
import iconv from 'iconv-lite';
import type { Message } from '../../core/types.js';

export type Decoded = { text: string; charset: string; messages: Message[] } | { error: string };

const BOMS: Array<[number[], string]> = [
  [[0xef, 0xbb, 0xbf], 'utf-8'],
  [[0xff, 0xfe], 'utf-16le'],
  [[0xfe, 0xff], 'utf-16be'],
];

/**
 * Bytes to text. Trust order: byte-order mark, HTTP header charset, <meta charset> (HTML only),
 * valid UTF-8; otherwise the charset is guessed by chardet and a message says so.
 * Binary content (NUL bytes, many control characters) is refused with a clear error.
 */
export function decodeBytes(bytes: Uint8Array, options: { headerCharset?: string; html: boolean }): Decoded {
  if (bytes.length === 0) return { error: 'empty file' };
  for (const [bom, charset] of BOMS) {
    if (bom.every((b, i) => bytes[i] === b)) return decodeWith(bytes.subarray(bom.length), charset, []);
  }
  if (looksBinary(bytes)) return { error: 'binary content, not text or HTML' };
  if (options.headerCharset && iconv.encodingExists(options.headerCharset)) {
    return decodeWith(bytes, options.headerCharset, []);
  }
  const metaCharset = options.html ? findMetaCharset(bytes) : null;
  if (metaCharset && iconv.encodingExists(metaCharset)) return decodeWith(bytes, metaCharset, []);
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (isValidUtf8(buffer)) return decodeWith(bytes, 'utf-8', []);
  const guessed = chardet.detect(buffer) ?? 'windows-1252';
  const charset = iconv.encodingExists(guessed) ? guessed : 'windows-1252';
  return decodeWith(bytes, charset, [
    { rule: 'charset-guessed', severity: 'warning', message: `no charset declared and not valid UTF-8; decoded as ${charset} (guessed)` },
  ]);
}

function decodeWith(bytes: Uint8Array, charset: string, messages: Message[]): Decoded {
  return { text: iconv.decode(Buffer.from(bytes), charset), charset: charset.toLowerCase(), messages };
}

function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 8192);
  let control = 0;
  for (const b of sample) {
    if (b === 0) return true;
    if (b < 9 || (b > 13 && b < 32)) control++;
  }
  return control / sample.length > 0.05;
}

function findMetaCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.subarray(0, 4096)).toString('latin1');
  const match = /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(head);
  return match ? match[1]!.toLowerCase() : null;
}

function isValidUtf8(buffer: Buffer): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(buffer);
    return true;
  } catch {
    return false;
  }
}
