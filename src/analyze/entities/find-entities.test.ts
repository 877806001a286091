import { describe, expect, it } from 'vitest';
import { splitSentences } from '../segment/split-sentences.js';
import { findEntities } from './find-entities.js';

const entitiesOf = (text: string) => findEntities(text, splitSentences(text));
const named = (text: string, mentionText: string) => entitiesOf(text).find((e) => e.text === mentionText);

describe('findEntities', () => {
  it('keeps a title apart from the name and merges the surname with the full name', () => {
    const text = 'French Defence Minister Marie Dubois arrived on Monday. Dubois said the talks went well.';
    const full = named(text, 'Marie Dubois');
    expect(full).toMatchObject({ name: 'Marie Dubois', type: 'person', role: 'Defence Minister' });
    expect(text.slice(full!.start, full!.end)).toBe('Marie Dubois');
    expect(named(text, 'Dubois')).toMatchObject({ name: 'Marie Dubois', type: 'person' });
  });

  it('merges hyphenated and spaced spellings, and a lone family name, into one person', () => {
    const text = 'Park Min-jun met the press. Later, Park Min Jun spoke again. Park left at noon.';
    const names = entitiesOf(text).filter((e) => e.type === 'person').map((e) => e.name);
    expect(names).toEqual(['Park Min-jun', 'Park Min-jun', 'Park Min-jun']);
  });

  it('resolves "the <nationality> <role>" to the person who holds that role', () => {
    const text = 'Brazilian President Joana Silva met investors. The Brazilian president later flew home.';
    expect(named(text, 'The Brazilian president')).toMatchObject({ name: 'Joana Silva', type: 'person' });
  });

  it('links a capital to its country and knows other names of countries', () => {
    const text = 'Officials in Paris answered quickly. The DPRK and the U.S. did not comment.';
    expect(named(text, 'Paris')).toMatchObject({ type: 'place', linkedTo: 'France' });
    expect(named(text, 'DPRK')).toMatchObject({ type: 'country', name: 'North Korea' });
    expect(named(text, 'U.S.')).toMatchObject({ type: 'country', name: 'United States' });
  });

  it('knows cities and states of several words, but not one-word towns that are also first names', () => {
    const text = 'Flights from Los Angeles to New Hampshire were cut. Madison Reed said the delays would end. Madison left.';
    expect(named(text, 'Los Angeles')).toMatchObject({ type: 'place', linkedTo: 'United States' });
    expect(named(text, 'New Hampshire')).toMatchObject({ type: 'place', linkedTo: 'United States' });
    expect(named(text, 'Madison')).toMatchObject({ type: 'person', name: 'Madison Reed' });
  });

  it('finds organisations and merges an acronym defined in parentheses', () => {
    const text = 'The Northern Rail Workers Union (NRWU) called a strike. NRWU leaders met on Friday.';
    expect(named(text, 'Northern Rail Workers Union')).toMatchObject({ type: 'organization' });
    expect(named(text, 'NRWU')).toMatchObject({ type: 'organization', name: 'Northern Rail Workers Union' });
  });

  it('does not take sentence openers, months, adjectives or eras for names', () => {
    const text = 'Later the plan changed. In March the Russian-made trucks arrived, as in the Cold War. later, again.';
    const texts = entitiesOf(text).map((e) => e.text);
    expect(texts).not.toContain('Later');
    expect(texts).not.toContain('March');
    expect(texts.some((t) => t.includes('Russian-made'))).toBe(false);
    expect(texts).not.toContain('Cold War');
  });

  it('ignores title-case headlines except for countries', () => {
    const text = 'Protection Promise Or Political Posturing In Brazil\n\nThe minister spoke.';
    const found = entitiesOf(text);
    expect(found.map((e) => e.text)).toEqual(['Brazil']);
  });
});

describe('findEntities on names of two unknown words', () => {
  const typeOf = (text: string, name: string) => entitiesOf(text).filter((e) => e.name === name).map((e) => e.type);

  it('types a company as a body by its pronoun and by its first word standing alone', () => {
    const text = 'Halvorsen Brekke cut 400 jobs at its plant in Oslo. Analysts expect Halvorsen to recover.';
    expect(typeOf(text, 'Halvorsen Brekke')).toEqual(['organization', 'organization']);
  });

  it('types a body by the kind of body before it, its possessions and "which"', () => {
    const text = 'The retailer Marlow Finch reported a loss. Marlow Finch, which has 40 stores, said Marlow Finch’s shares fell.';
    expect(typeOf(text, 'Marlow Finch')).toEqual(['organization', 'organization', 'organization']);
  });

  it('types a body whose first word stands alone in an article about "the company"', () => {
    const text = 'Quillon Avery opened a depot in Leeds. The company said Quillon expects to hire 200 people.';
    expect(typeOf(text, 'Quillon Avery')).toEqual(['organization', 'organization']);
  });

  it('keeps a person with an unusual name a person: an age, "who", "she" and the surname alone', () => {
    const text = 'Tavita Ngata, 34, said she had never seen such a crowd. Ngata, who runs a bakery, said her shop was full.';
    expect(typeOf(text, 'Tavita Ngata')).toEqual(['person', 'person']);
  });

  it('keeps a person named family name first a person when a pronoun says so', () => {
    const text = 'Wang Lei said he would visit the port. Wang told reporters his plan was ready.';
    expect(typeOf(text, 'Wang Lei')).toEqual(['person', 'person']);
  });

  it('counts a first name standing alone as a body\'s short name only outside quotations', () => {
    const text = 'Nadia Okafor will lead the company from May. “Nadia knows every plant we run,” the chairman said.';
    expect(typeOf(text, 'Nadia Okafor')).toEqual(['person', 'person']);
    const guillemets = 'Nadia Okafor will lead the company from May. «Nadia knows every plant we run», the chairman said.';
    expect(typeOf(guillemets, 'Nadia Okafor')).toEqual(['person', 'person']);
  });

  it('types a body by what it makes, but not a person by a trade', () => {
    const text = 'The electronics maker Quorra Vale sued its rival. Later, manufacturer Edwin Marsh won a seat.';
    expect(typeOf(text, 'Quorra Vale')).toEqual(['organization']);
    expect(typeOf(text, 'Edwin Marsh')).toEqual(['person']);
  });

  it('keeps a person a person in "the <name> campaign", with a middle initial or an abbreviated title, or before a ", which" about something else', () => {
    const text = 'Voters praised the Rosa Lindqvist campaign. Critics attacked a plan of the candidate, Teodor B. Hale, which would cost $1 billion. The Rev. Amos Whitlock, a pastor, spoke.';
    expect(typeOf(text, 'Rosa Lindqvist')).toEqual(['person']);
    expect(typeOf(text, 'Teodor B. Hale')).toEqual(['person']);
    expect(entitiesOf(text).find((e) => e.text.includes('Amos Whitlock'))?.type).toBe('person');
  });

  it('keeps a person a person when a kin noun stands before the first name alone', () => {
    const text = 'The airline named Karim Nassar among the passengers. His son Karim was also aboard.';
    expect(typeOf(text, 'Karim Nassar')).toEqual(['person', 'person']);
  });

  it('types a body whose every word the text also writes in lower case, in prose but not in a link', () => {
    const text = 'Diners queued at Silver Spoon. They praised the silver cutlery and the spoon rests.';
    expect(typeOf(text, 'Silver Spoon')).toEqual(['organization']);
    const linked = 'On Sunday, Mira Holt won the race.\n\nPhotos: example.org / 2024 / mira - holt - wins - race';
    expect(typeOf(linked, 'Mira Holt')).toEqual(['person']);
  });

  it('leaves a name with no evidence either way a person', () => {
    const text = 'Odile Marchetti arrived on Monday and left the next day.';
    expect(typeOf(text, 'Odile Marchetti')).toEqual(['person']);
  });
});

describe('findEntities on names made of initials', () => {
  it('does not fail on a person named only by initials, and still finds the others', () => {
    const text = 'The report was written by J. R. and reviewed by Maria Lopez. Lopez said it was late.';
    const names = findEntities(text, splitSentences(text)).map((m) => m.name);
    expect(names).toContain('Maria Lopez');
    expect(names.filter((n) => n === 'Maria Lopez')).toHaveLength(2);
  });
});
