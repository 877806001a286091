import { describe, expect, it } from 'vitest';
import { findChanges } from './find-changes.js';
import { prepareSentence } from './sentence-features.js';

function changes(a: string, b: string, isRare?: (stem: string) => boolean): string[] {
  return findChanges(prepareSentence(a, 0, a.length), prepareSentence(b, 0, b.length), a, b, isRare).map((c) => `${c.kind}: ${c.from} -> ${c.to}`);
}

describe('findChanges', () => {
  it('reports a hedge removed and a hedge added', () => {
    expect(changes('The plan could cut costs by half.', 'The plan cuts costs by half.')).toEqual(['hedge-removed: could cut -> cuts']);
    expect(changes('The plan cuts costs by half.', 'The plan may cut costs by half.')).toEqual(['hedge-added: cuts -> may cut']);
  });

  it('does not report a hedge that is only reworded', () => {
    expect(changes('The plan could cut costs.', 'The plan might cut costs.')).toEqual([]);
  });

  it('reports a changed number but not a number that only moved', () => {
    expect(changes('Police said 40 people were hurt.', 'Police said 45 people were hurt.')).toEqual(['number-changed: 40 -> 45']);
    expect(changes('In 2019, 40 people were hurt.', '40 people were hurt in 2019.')).toEqual([]);
  });

  it('reports a negation added', () => {
    expect(changes('The minister will resign.', 'The minister will not resign.')).toEqual(['negation-added:  -> not']);
  });

  it('reports a word swapped in the same slot, unless the corpus finds it common', () => {
    expect(changes('It was the closest connection in years.', 'It was the closest alliance in years.')).toEqual(['word-changed: connection -> alliance']);
    expect(changes('It was the closest connection in years.', 'It was the closest alliance in years.', () => false)).toEqual([]);
  });

  it('does not report a rephrased stretch or a change of inflection', () => {
    expect(changes('Details of the deal were kept secret by both sides.', 'Both sides kept the details of the deal secret.')).toEqual([]);
    expect(changes('The leaders signed the treaty.', 'The leaders sign the treaty.')).toEqual([]);
  });

  it('reports a quote shortened and a quote altered, not a quote repunctuated', () => {
    expect(changes('He said "we will win this war and rebuild."', 'He said "we will win this war."')).toContainEqual(
      'quote-shortened: we will win this war and rebuild. -> we will win this war.',
    );
    expect(changes('He said "we will win this war soon."', 'He said "we shall win this war soon."')).toContainEqual(
      'quote-altered: we will win this war soon. -> we shall win this war soon.',
    );
    expect(changes('She called it a "strongest-ever treaty," he said.', 'She called it a "strongest ever treaty." he said.')).toEqual([]);
  });
});
