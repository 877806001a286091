import { REPORTING_VERBS } from '../../analyze/claims/cue-words.js';

const MAX = 200;

/**
 * A claim's sentence as a short statement: without a leading "According to X," or a trailing
 * ", X said.", and cut at a word boundary past 200 characters. The passages keep the full wording.
 */
export function shortStatement(sentence: string): string {
  let text = sentence.trim().replace(/^according to [^,]{1,80},\s*/i, '');
  const tail = /,\s*([^,]{1,60})$/.exec(text);
  if (tail && tail[1]!.split(/\s+/).some((w) => REPORTING_VERBS.has(w.toLowerCase().replace(/[.”"’]+$/, '')))) {
    text = text.slice(0, tail.index).replace(/[”"’]$/, '') + '.';
  }
  text = text.charAt(0).toUpperCase() + text.slice(1);
  if (text.length <= MAX) return text;
  return `${text.slice(0, text.lastIndexOf(' ', MAX - 3))}...`;
}
