import type { EntityMention } from '../../core/types.js';
import { FUNCTION_WORDS, ORG_WORDS, ROLE_NOUNS } from '../entities/lexicon.js';
import type { MentionIndex } from './mention-index.js';

/** Who a quote is given to: the canonical name (or null), and the words in the text that say so. */
export interface Speaker {
  name: string | null;
  text: string;
  start: number;
  end: number;
}

const PRONOUN = /^(?:he|she|He|She)$/;
const OTHER_PRONOUN = /^(?:they|They|we|We|I|it|It|one|One|another|Another|others|Others|some|Some|many|Many|several|Several|both|Both)$/;
const DETERMINER = /^(?:the|a|an|his|her|their|its|our|one|another|some|two|three|several|many|other|The|A|An|His|Her|Their|Its|One|Another|Some|Two|Several|Many)$/;
const SPEAKING_TYPES = new Set<EntityMention['type']>(['person', 'organization']);

function fromMention(m: EntityMention): Speaker {
  return { name: m.name, text: m.text, start: m.start, end: m.end };
}

/** The speaker that ends at `end` (a subject before its cue): a name, a pronoun, or a noun phrase. */
export function speakerEndingAt(text: string, from: number, end: number, index: MentionIndex): Speaker | undefined {
  while (end > from && /\s/.test(text[end - 1]!)) end--;
  // A parenthesis or an appositive before the cue: "X (the equivalent of Y) reported", "X, a fellow at Y, said".
  if (text[end - 1] === ')') {
    const open = text.lastIndexOf('(', end);
    if (open > from) return speakerEndingAt(text, from, open, index);
  }
  if (text[end - 1] === ',') {
    // Comma pieces from the cue back: the latest that opens with a name (after any title words) is the
    // speaker ("her adviser, Jake Sullivan, said"); else the first piece ("Hyun, a Russia expert at X, said").
    let pieceEnd = end - 1;
    while (pieceEnd > from) {
      const pieceStart = Math.max(from, text.lastIndexOf(',', pieceEnd - 1) + 1);
      const m = index.within(pieceStart, pieceEnd)[0];
      if (m && SPEAKING_TYPES.has(m.type) && /^[\s\p{Lu}.'’-]*(?:\s*\p{Lu}[\p{L}.'’-]*)*\s*$/u.test(text.slice(pieceStart, m.start))) return fromMention(m);
      if (pieceStart === from) break;
      pieceEnd = pieceStart - 1;
    }
    const firstComma = text.indexOf(',', from);
    if (firstComma >= from && firstComma < end - 1) return speakerEndingAt(text, from, firstComma, index);
    end--;
    while (end > from && /\s/.test(text[end - 1]!)) end--;
  }
  if (end <= from) return undefined;
  const mentions = index.within(from, end);
  const last = mentions[mentions.length - 1];
  if (last && last.end >= end - 2 && SPEAKING_TYPES.has(last.type)) return fromMention(last);
  const words = [...text.slice(from, end).matchAll(/[\p{L}\p{N}][\p{L}\p{N}.'’-]*/gu)];
  const lastWord = words[words.length - 1];
  if (!lastWord || lastWord.index + from + lastWord[0].length < end - 2) return undefined;
  const wordStart = from + lastWord.index;
  if (PRONOUN.test(lastWord[0])) return pronoun(wordStart, lastWord[0], index);
  if (FUNCTION_WORDS.has(lastWord[0].toLowerCase()) && !OTHER_PRONOUN.test(lastWord[0])) {
    // "a proverb that said": the relative pronoun stands for the noun before it.
    if (!/^(?:that|which|who)$/i.test(lastWord[0]) || words.length < 2) return undefined;
    return speakerEndingAt(text, from, wordStart, index);
  }
  if (OTHER_PRONOUN.test(lastWord[0])) return { name: null, text: lastWord[0], start: wordStart, end: wordStart + lastWord[0].length };
  // A noun phrase back to its determiner: "the spokesperson", "a U.S. State Department spokesman", "sources".
  let k = words.length - 1;
  while (k > 0 && words.length - k < 6 && !DETERMINER.test(words[k]![0])) {
    const prev = words[k - 1]!;
    const gap = text.slice(from + prev.index + prev[0].length, from + words[k]!.index);
    if (gap.trim() !== '' || (FUNCTION_WORDS.has(prev[0].toLowerCase()) && !DETERMINER.test(prev[0]))) break;
    k--;
  }
  const start = from + words[k]!.index;
  if (last && last.end >= end - 2) return fromMention(last); // a place as its government: "Pyongyang said"
  const phrase = text.slice(start, end);
  // A capitalised name the entity stage did not keep ("Trump" in an article that never gives his full name).
  if (/^\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2}$/u.test(phrase) && !FUNCTION_WORDS.has(phrase.toLowerCase())) return { name: phrase, text: phrase, start, end };
  return byDescription(phrase, start, end, lastWord[0].toLowerCase(), index);
}

/** The speaker that starts at `start` (after "said" or "according to"). */
export function speakerStartingAt(text: string, start: number, to: number, index: MentionIndex): Speaker | undefined {
  while (start < to && /\s/.test(text[start]!)) start++;
  // The name inside the phrase that follows: "said United Steelworkers Political Director Tim Waters".
  const stop = /[,.;:!?()"“”«»\n]|\s(?:who|which|that|in|on|at|of|for|to|with|after|before|during|when|as|but)\s/.exec(text.slice(start, Math.min(to, start + 120)).replace(/\b\p{Lu}[\p{L}-]{0,4}\./gu, (m) => 'x'.repeat(m.length)));
  const inPhrase = index.within(start, stop ? start + stop.index : to);
  const first = inPhrase.find((m) => m.type === 'person') ?? inPhrase.find((m) => SPEAKING_TYPES.has(m.type));
  if (first && (first.type === 'person' || first.start <= start + 4)) return fromMention(first);
  const phrase = /^[\p{L}\p{N}][\p{L}\p{N}.'’ -]*?(?=\s*(?:[,.;:!?()"“”«»]|$|\s(?:in|on|at|that|who|which|during|after|before|when|as|to|for|with)\s))/u.exec(text.slice(start, Math.min(to, start + 80)));
  if (!phrase) return undefined;
  const word = phrase[0].trim();
  if (PRONOUN.test(word)) return pronoun(start, word, index);
  const end = start + phrase[0].length;
  const head = /([\p{L}-]+)$/u.exec(word)?.[1]?.toLowerCase() ?? '';
  return byDescription(word, start, end, head, index);
}

function pronoun(start: number, word: string, index: MentionIndex): Speaker {
  const m = index.personBefore(start);
  return { name: m?.name ?? null, text: word, start, end: start + word.length };
}

/** "the spokesperson": the latest person with that role; "the company", "the ministry": the latest body. */
function byDescription(phrase: string, start: number, end: number, head: string, index: MentionIndex): Speaker {
  let name: string | null = null;
  const singular = head.replace(/s$/, '');
  if (ROLE_NOUNS.has(head)) name = index.latest(start, 'person', head)?.name ?? null;
  else if (ORG_WORDS.has(head) || ['company', 'firm', 'government', 'institute', 'ministry'].includes(singular)) {
    name = (index.latest(start, 'organization', singular) ?? index.latest(start, 'organization'))?.name ?? null;
  }
  return { name, text: phrase, start, end };
}
