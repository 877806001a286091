import { stem } from './words.js';

// Words that news reports use interchangeably for one thing, so that "signed a pact" and "inked a
// treaty" line up. A small hand-made thesaurus of generic news vocabulary (the role PPDB plays in
// Ferreira & Vlachos 2016): general English, nothing about any one story.
const GROUPS = [
  'agreement treaty deal pact accord document',
  'assistance assist aid support help intervention intervene protection protect',
  'attack invasion invade aggression assault strike',
  'automatic automatically immediate immediately',
  'clause article provision section',
  'meeting meet summit talks',
  'sign ink conclude',
  'kill die dead death toll',
  'injure wound hurt',
  'arrest detain',
  'increase rise grow climb',
  'decrease fall drop decline',
  'buy purchase acquire',
  'visit trip travel',
  'country nation state',
  'leader president',
  'weapon munition',
  'war conflict',
];

const CONCEPT = new Map<string, string>();
for (const group of GROUPS) {
  const members = group.split(' ');
  for (const word of members) CONCEPT.set(stem(word), members[0]!);
}

/** The concept a word stem stands for: its thesaurus group, or the stem itself. */
export function concept(wordStem: string): string {
  return CONCEPT.get(wordStem) ?? wordStem;
}
