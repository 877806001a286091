import { describe, expect, it } from 'vitest';
import { analyzedArticle } from '../../../test/analyzed-article.js';

const claimsOf = (text: string) => analyzedArticle('a', text).claims;
const claimWith = (text: string, part: string) => claimsOf(text).find((c) => c.text.includes(part));

describe('findClaims', () => {
  it('reads a figure with what it counts', () => {
    const c = claimWith('The flood in Valdoria killed 12 people on the coast.', 'killed');
    expect(c?.quantities).toMatchObject([{ value: 12, noun: 'people', kind: 'count' }]);
    expect(c?.polarity).toBe('positive');
    expect(c?.mode).toBe('fact');
  });

  it('does not take a label or a year for a figure', () => {
    const c = claimWith('According to Article 9 of the charter, members meet in 2031 at the capital.', 'Article 9');
    expect(c?.quantities).toEqual([]);
  });

  it('finds the negation and what it reaches', () => {
    const c = claimWith('The new charter does not include a clause on automatic tariff cuts, officials in Brelm found.', 'charter');
    expect(c?.polarity).toBe('negative');
    expect(c?.focus).toEqual(expect.arrayContaining(['clause', 'automatic', 'tariff', 'cut']));
    expect(c?.focus).not.toContain('official');
  });

  it('keeps hedges and reads "not clear" and "did not specify" as open, not negative', () => {
    expect(claimWith('The merger could mark the largest deal in the Ostrava region.', 'merger')?.hedges).toEqual(['could']);
    const open = claimWith('It was not immediately clear whether the Brelm pact covers fishing rights.', 'pact');
    expect(open?.mode).toBe('open');
    expect(open?.polarity).toBe('positive');
    expect(claimWith('The ministers did not specify what the Brelm pact covers at sea.', 'ministers')?.mode).toBe('open');
  });

  it('reads a negated denial ("did not rule out") as an affirmation', () => {
    expect(claimWith('The minister did not rule out new tariffs on Ostrava steel.', 'minister')?.polarity).toBe('positive');
  });

  it('reads a conditional or future main clause as hypothetical', () => {
    expect(claimWith('If the two mayors meet again in Ostrava, it will be their fourth meeting.', 'mayors')?.mode).toBe('hypothetical');
    expect(claimWith('The mayors signed a water accord that applies if the river floods.', 'signed')?.mode).toBe('fact');
  });

  it("leaves a person's quoted words out of the outlet's claim, keeps a quoted document's words", () => {
    const said = claimWith('Mayor Anna Weiss said: "The bridge will never be tolled by the city council."', 'Weiss');
    expect(said?.kind).toBe('attribution');
    expect(said?.concepts).not.toContain('bridge');
    const doc = claimWith('According to Article 2 of the charter, «each city shall immediately send rescue boats»', 'Article 2');
    expect(doc?.concepts).toEqual(expect.arrayContaining(['boat', 'automatic']));
  });

  it('skips questions and first-person opinion', () => {
    expect(claimsOf('Will the Brelm pact survive the winter session?')).toEqual([]);
    expect(claimsOf('We think the Brelm pact is a terrible idea for farmers.')).toEqual([]);
  });
});
