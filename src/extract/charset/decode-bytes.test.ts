import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeBytes } from './decode-bytes.js';

const html = (body: string) => `<html><head><title>t</title></head><body><p>${body}</p></body></html>`;

describe('decodeBytes', () => {
  it('honours a <meta charset> of windows-1252 without calling it a guess', () => {
    const bytes = iconv.encode(`<meta charset="windows-1252">${html('Café “quoted” – déjà vu')}`, 'windows-1252');
    const decoded = decodeBytes(bytes, { html: true });
    expect(decoded).toMatchObject({ charset: 'windows-1252', messages: [] });
    expect('text' in decoded && decoded.text).toContain('Café “quoted” – déjà vu');
  });

  it('prefers the HTTP header over the meta tag, and the BOM over both', () => {
    const bytes = iconv.encode(`<meta charset="utf-8">${html('Straße')}`, 'latin1');
    expect(decodeBytes(bytes, { html: true, headerCharset: 'latin1' })).toMatchObject({ charset: 'latin1' });
    const withBom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Straße')]);
    expect(decodeBytes(withBom, { html: false, headerCharset: 'latin1' })).toMatchObject({ text: 'Straße', charset: 'utf-8' });
  });

  it('guesses an undeclared legacy charset and records a message', () => {
    const bytes = iconv.encode('Le café était fermé à cause de la grève générale des employés.', 'windows-1252');
    const decoded = decodeBytes(bytes, { html: false });
    expect('text' in decoded && decoded.text).toContain('café était fermé');
    expect('messages' in decoded && decoded.messages.map((m) => m.rule)).toEqual(['charset-guessed']);
  });

  it('refuses binary and empty input with a clear error', () => {
    expect(decodeBytes(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13]), { html: false })).toEqual({
      error: 'binary content, not text or HTML',
    });
    expect(decodeBytes(new Uint8Array(), { html: false })).toEqual({ error: 'empty file' });
  });
});
