import { cityCountry, demonymCountry, lookupPlace } from './gazetteer.js';
import { HONORIFICS, NAME_CONNECTORS, ORG_WORDS, OTHER_WORDS, PLACE_WORDS, ROLE_MODIFIERS, ROLE_NOUNS } from './lexicon.js';
import type { NameRun } from './name-runs.js';
import type { Token } from './tokens.js';

const COMPASS = /^(North|South|East|West|Central)(east|west)?(ern)?$/;
const BARE_COMPASS = /^(North|South|East|West)(east|west)?$/;

export type RunKind = 'person' | 'organization' | 'place' | 'country' | 'single' | 'demonym' | 'role' | 'other';

/** What a capitalised run is, with the name part kept apart from a title before it. */
export interface ClassifiedRun {
  kind: RunKind;
  /** Token indexes of the name itself (without title or demonym). */
  first: number;
  last: number;
  name: string;
  role?: string;
  /** Country (or organisation) the title ties the person to: "Russian President" → Russia. */
  affiliation?: string;
  /** For a capital: its country. */
  linkedTo?: string;
  definite: boolean;
}

const joinTokens = (tokens: Token[], a: number, b: number, text: string): string =>
  text.slice(tokens[a]!.start, tokens[b]!.end);

const isRoleWord = (t: Token) => ROLE_NOUNS.has(t.lower) || ROLE_MODIFIERS.has(t.lower);

/** A 1- or 2-word demonym at token i ("Russian", "North Korean"): [country, words used]. */
export function demonymAt(tokens: Token[], i: number, last: number): [string, number] | undefined {
  const t = tokens[i];
  if (!t?.cap) return undefined;
  const next = tokens[i + 1];
  if (i + 1 <= last && next && !next.breakBefore) {
    const two = demonymCountry(`${t.text} ${next.text}`) ?? demonymCountry(`${t.text} ${next.text.replace(/s$/, '')}`);
    if (two) return [two, 2];
  }
  const one = demonymCountry(t.text) ?? demonymCountry(t.text.replace(/s$/, ''));
  return one ? [one, 1] : undefined;
}

// "Russian-made", "War-style" are adjectives; "Jong-un", "Seung-soo" are names.
function isCompoundAdjective(t: Token): boolean {
  const head = t.text.split('-')[0]!;
  return head !== t.text && Boolean(demonymCountry(head) || lookupPlace(head) || OTHER_WORDS.has(head.toLowerCase()));
}

function isNameWord(t: Token): boolean {
  const lower = t.lower;
  if (isCompoundAdjective(t)) return false;
  return (
    t.cap &&
    !ORG_WORDS.has(lower) && !OTHER_WORDS.has(lower) && !isRoleWord(t) &&
    !lookupPlace(t.text) && !demonymCountry(t.text) && /^[\p{L}][\p{L}\p{M}'’.-]*$/u.test(t.text)
  );
}

/** Decides what one run names. Pure; looks only at the run's own words. */
export function classifyRun(tokens: Token[], run: NameRun, text: string): ClassifiedRun {
  const { first, last, definite } = run;
  const whole = joinTokens(tokens, first, last, text);
  const base = { first, last, name: whole, definite };
  // Leading nationality: "Russian Deputy Foreign Minister ...", "U.S. Secretary of State ...".
  let f = first;
  let affiliation: string | undefined;
  for (;;) {
    const d = demonymAt(tokens, f, last);
    if (d && f + d[1] <= last) {
      affiliation = d[0];
      f += d[1];
      continue;
    }
    const place = f < last ? lookupPlace(tokens[f]!.text) : undefined;
    if (place?.kind === 'country' && isRoleWord(tokens[f + 1]!)) {
      affiliation = place.country;
      f++;
      continue;
    }
    break;
  }
  const titled = splitTitle(tokens, f, last, text);
  if (titled) return { ...base, kind: 'person', ...titled, ...(affiliation ? { affiliation } : {}) };

  // Runs of capitals ("CARE MORE ABOUT CANDIDATES") are headlines, not names.
  if (last > first && tokens.slice(first, last + 1).every((t) => /^[\p{Lu}\p{N}'’.&-]+$/u.test(t.text)) && tokens.slice(first, last + 1).some((t) => t.text.length > 4)) return { ...base, kind: 'other' };
  const place = lookupPlace(whole);
  if (place) return { ...base, kind: place.kind === 'country' ? 'country' : 'place', name: place.kind === 'country' ? place.country : whole, ...(place.kind === 'capital' ? { linkedTo: place.country } : {}) };
  const city = cityCountry(whole);
  if (city) return { ...base, kind: 'place', linkedTo: city };
  const words = tokens.slice(first, last + 1);
  const of = words.findIndex((t) => t.lower === 'of');
  if (of > 0 && words.slice(0, of).every(isRoleWord) && words.slice(0, of).some((t) => ROLE_NOUNS.has(t.lower))) {
    // "Deputy Chairman of the Security Council": the title goes to a name nearby, the body is named here.
    const bodyFirst = first + of + (words[of + 1]?.lower === 'the' ? 2 : 1);
    if (bodyFirst <= last) return classifyRun(tokens, { first: bodyFirst, last, definite: true }, text);
  }
  if (isRoleWord(words[0]!) && words.some((t) => ROLE_NOUNS.has(t.lower)) && !words.some((t) => ORG_WORDS.has(t.lower) && t !== words[words.length - 1])) {
    // "Deputy Chairman", "President": a title with no name after it.
    if (words.every((t) => isRoleWord(t) || NAME_CONNECTORS.has(t.lower))) return { ...base, kind: 'role' };
  }
  if (words.some((t) => ORG_WORDS.has(t.lower))) return { ...base, kind: 'organization', ...(affiliation ? { affiliation } : {}) };
  if (demonymAt(tokens, first, last)?.[1] === last - first + 1) {
    return { ...base, kind: 'demonym', ...(affiliation ? { affiliation } : {}) };
  }
  // "Korean Peninsula", "Northeast Asia": a place by its head word or its compass point.
  if (PLACE_WORDS.has(words[words.length - 1]!.lower) || (words.length > 1 ? COMPASS : BARE_COMPASS).test(words[0]!.text)) return { ...base, kind: 'place' };
  if (words.some((t) => OTHER_WORDS.has(t.lower))) return { ...base, kind: 'other' };
  const rest = tokens.slice(f, last + 1);
  if (rest.length === 1) {
    const t = rest[0]!;
    // All-capitals acronyms are bodies ("KCNA", "NATO"); countries were found above.
    const titled = t.text.charAt(0) + t.text.slice(1).toLowerCase();
    // A dateline in capitals ("WASHINGTON") is the place.
    const dateline = /^\p{Lu}{3,}$/u.test(t.text) ? lookupPlace(titled) : undefined;
    if (dateline) return { ...base, first: f, name: dateline.kind === 'country' ? dateline.country : titled, kind: dateline.kind === 'country' ? 'country' : 'place', ...(dateline.kind === 'capital' ? { linkedTo: dateline.country } : {}) };
    if (/^[\p{Lu}&.]{2,}$/u.test(t.text)) return { ...base, first: f, name: t.text, kind: 'organization' };
    if (isCompoundAdjective(t)) return { ...base, kind: 'other' };
    return { ...base, first: f, name: t.text, kind: 'single', ...(affiliation ? { affiliation } : {}) };
  }
  // A place word may open a name ("Park Min-jun") but not close it ("Central Park").
  if (rest.length <= 5 && !PLACE_WORDS.has(rest[rest.length - 1]!.lower) && rest.every((t) => isNameWord(t) || PLACE_WORDS.has(t.lower) || /^\p{Lu}\.$/u.test(t.text))) {
    return { ...base, kind: 'person', first: f, name: joinTokens(tokens, f, last, text), ...(affiliation ? { affiliation } : {}) };
  }
  return { ...base, kind: 'other' };
}

/** "Deputy Foreign Minister Andrey Rudenko" → role and name; "Secretary of State Antony Blinken" too. */
function splitTitle(tokens: Token[], f: number, last: number, text: string): { first: number; last: number; name: string; role?: string } | undefined {
  for (let r = last - 1; r >= f; r--) {
    if (!ROLE_NOUNS.has(tokens[r]!.lower)) continue;
    let n = r + 1;
    // "Secretary of State X", "Head of Roscosmos X": one capitalised word after "of" still belongs to the title.
    if (tokens[n]?.lower === 'of' && n + 1 < last) n += 2;
    const nameLength = last - n + 1;
    if (nameLength < 1 || nameLength > 4) continue;
    if (!tokens.slice(n, last + 1).every((t) => isNameWord(t) || /^\p{Lu}\.$/u.test(t.text))) continue;
    // A one-word name needs the title to be a title, not an organisation: "Defense Minister Belousov".
    if (!tokens.slice(f, r + 1).every((t) => isRoleWord(t) || t.cap)) continue;
    const role = joinTokens(tokens, f, n - 1, text);
    return { first: n, last, name: joinTokens(tokens, n, last, text), ...(HONORIFICS.has(role.toLowerCase().replace(/\.$/, '')) ? {} : { role }) };
  }
  return undefined;
}
