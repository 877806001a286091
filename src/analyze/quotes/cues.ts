// Speech and attribution verbs: a generic list of English reporting verbs, in all their forms.
const REGULAR = `
  add note stress state declare announce explain insist argue claim warn ask respond answer continue
  recall quip tweet post remark comment acknowledge admit emphasize emphasise reiterate criticize
  criticise describe call urge suggest conclude confirm vow pledge promise predict report chant shout
  joke cite complain boast concede assert contend observe testify exclaim whisper scream yell wonder
  agree disagree dismiss mention announce repeat recount caution demand plead estimate reply deny cry
  write tell say praise accuse blast slam concur lament muse tout counter retort thunder quote toast
`;

const IRREGULAR = 'said says saying told tells telling wrote written writes writing denied denies replied replies cried cries put';

function forms(verb: string): string[] {
  if (verb.endsWith('y')) return [verb, `${verb.slice(0, -1)}ies`, `${verb.slice(0, -1)}ied`, `${verb}ing`];
  const stem = verb.endsWith('e') ? verb.slice(0, -1) : verb;
  const s = /(s|sh|ch|x|z)$/.test(verb) ? `${verb}es` : `${verb}s`;
  return [verb, s, `${stem}ed`, `${stem}ing`];
}

const VERBS = [...new Set([...REGULAR.split(/\s+/).filter(Boolean).flatMap(forms), ...IRREGULAR.split(' ')])]
  .sort((a, b) => b.length - a.length);

/**
 * A cue: "was quoted as saying" and "according to" first (longest match wins), then the verbs,
 * then "in a statement". Lower case only, so "United States" is no cue; "According to" opens sentences.
 */
export const CUE = new RegExp(
  `(?<![\\p{L}-])(?:(?:was|were|is|are|has been|have been|had been) quoted as saying|[Aa]ccording to|pointed out|went on|${VERBS.join('|')})(?![\\p{L}-])`,
  'gu',
);

/** Words that may stand between a speaker and the cue: "Putin also said", "he has repeatedly warned". */
export const BETWEEN_SPEAKER_AND_CUE = /^(?:\s+(?:also|later|then|further|again|once|earlier|previously|has|have|had|was|were|is|would|will|could|had|did|does|do|not|never|\p{Ll}+ly))*\s*$/u;

/** Cues whose speaker comes after them: "said Doo", "according to the institute". */
export const SPEAKER_FOLLOWS = /^(?:[Aa]ccording to|quoted)/;

/** Participles that continue the previous speaker: "..., adding, “...”". */
export const CONTINUING = /ing$/;
