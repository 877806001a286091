// Speech and attribution verbs: a generic list of English reporting verbs, in all their forms.
const REGULAR = `
  add stress declare announce explain insist argue warn ask respond
  recall quip acknowledge admit emphasize emphasise reiterate criticize
  criticise describe urge suggest conclude confirm vow predict shout
  cite complain boast concede assert contend observe testify exclaim whisper scream yell wonder
  agree disagree dismiss mention repeat recount caution plead reply deny cry
  write tell say praise accuse concur lament muse tout retort dub decry thank refer
`;

// Verbs that are also common nouns ("the states", "a report", "his answer"): only their -ed and -ing forms cue.
const NOUN_LIKE = `
  note state claim answer tweet post remark comment call pledge promise report chant joke demand estimate
  quote toast echo label brand blast slam counter thunder charge
`;

const IRREGULAR = 'said says saying told tells telling wrote written writes writing denied denies replied replies cried cries put read reads';

function forms(verb: string): string[] {
  if (verb.endsWith('y')) return [verb, `${verb.slice(0, -1)}ies`, `${verb.slice(0, -1)}ied`, `${verb}ing`];
  const stem = verb.endsWith('e') ? verb.slice(0, -1) : verb;
  const s = /(s|sh|ch|x|z)$/.test(verb) ? `${verb}es` : `${verb}s`;
  return [verb, s, `${stem}ed`, `${stem}ing`];
}

const list = (s: string) => s.split(/\s+/).filter(Boolean);
const VERBS = [...new Set([...list(REGULAR).flatMap(forms), ...list(NOUN_LIKE).flatMap((v) => forms(v).slice(2)), ...IRREGULAR.split(' ')])]
  .sort((a, b) => b.length - a.length);

/**
 * A cue: "was quoted as saying" and "according to" first (longest match wins), then the verbs,
 * then "in a statement". Lower case only, so "United States" is no cue; "According to" opens sentences.
 */
export const CUE = new RegExp(
  `(?<![\\p{L}-])(?:(?:was|were|is|are|has been|have been|had been) quoted as saying|[Aa]ccording to|pointed out|went on|(?:shot|fired|hit) back|Said|Says|Added|Continued|Wrote|${VERBS.join('|')})(?![\\p{L}-])`,
  'gu',
);

/** Words that may stand between a speaker and the cue: "Putin also said", "he has repeatedly warned". */
export const BETWEEN_SPEAKER_AND_CUE = /^(?:\s+(?:also|later|then|further|again|once|earlier|previously|has|have|had|was|were|is|would|will|could|had|did|does|do|not|never|\p{Ll}+ly))*\s*$/u;

/** Cues whose speaker comes after them: "said Doo", "according to the institute". */
export const SPEAKER_FOLLOWS = /^(?:[Aa]ccording to|quoted|Said|Says|Added|Continued|Wrote)/;

/** Participles that continue the previous speaker: "..., adding, “...”". */
export const CONTINUING = /ing$/;
