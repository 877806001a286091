import { describe, expect, it } from 'vitest';
import { SNIPPET_MARKS, unmarkSnippet } from './fts-query.js';
import { snippetWindow } from './snippet-window.js';

const mark = (word: string) => `${SNIPPET_MARKS.start}${word}${SNIPPET_MARKS.end}`;
const words = (from: number, count: number) => Array.from({ length: count }, (_, i) => `w${from + i}`).join(' ');

describe('snippetWindow', () => {
  it('starts at the sentence that holds the first match and cuts after the window, marks kept', () => {
    const text = `${words(0, 30)}. Then the ${mark('harbour')} reopened ${words(100, 40)}.`;
    const shown = snippetWindow(text, 8);
    expect(shown).toBe(`…Then the ${mark('harbour')} reopened w100 w101 w102 w103…`);
    const { snippet, highlights } = unmarkSnippet(shown);
    expect(highlights.map((h) => snippet.slice(h.start, h.end))).toEqual(['harbour']);
  });

  it('starts a few words before the match when its sentence starts too far back for the window', () => {
    const text = `${words(0, 50)} ${mark('harbour')} ${words(50, 20)}`;
    expect(snippetWindow(text, 10)).toBe(`…w46 w47 w48 w49 ${mark('harbour')} w50 w51 w52 w53 w54…`);
  });

  it('looks for the sentence start only so far back, and then starts at a word, not inside one', () => {
    const long = 'x'.repeat(1000);
    const text = `${long} alpha beta ${mark('harbour')} gamma`;
    expect(snippetWindow(text, 10)).toBe(`…alpha beta ${mark('harbour')} gamma`);
  });

  it('shows the start of a text without a match, and a short text whole, without ellipses', () => {
    expect(snippetWindow(`${words(0, 30)}.`, 5)).toBe('w0 w1 w2 w3 w4…');
    expect(snippetWindow(`Harbour ${mark('news')}`, 24)).toBe(`Harbour ${mark('news')}`);
    expect(snippetWindow('', 24)).toBe('');
  });

  it('closes a marked phrase that the window cuts in two', () => {
    const text = `One two ${SNIPPET_MARKS.start}rate cut${SNIPPET_MARKS.end} three.`;
    const shown = snippetWindow(text, 3);
    expect(shown).toBe(`One two ${SNIPPET_MARKS.start}rate${SNIPPET_MARKS.end}…`);
    expect(unmarkSnippet(shown).highlights).toHaveLength(1);
  });

  it('keeps a sentence end inside closing quotes out of the next sentence', () => {
    const text = `He said “it is over.” The ${mark('port')} opened.`;
    expect(snippetWindow(text, 24)).toBe(`…The ${mark('port')} opened.`);
  });
});
