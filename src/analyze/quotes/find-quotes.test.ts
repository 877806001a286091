import { describe, expect, it } from 'vitest';
import { findEntities } from '../entities/find-entities.js';
import { splitSentences } from '../segment/split-sentences.js';
import { findQuotes } from './find-quotes.js';

const quotesOf = (text: string) => {
  const sentences = splitSentences(text);
  return findQuotes(text, sentences, findEntities(text, sentences));
};
const quoteStarting = (text: string, words: string) => quotesOf(text).find((q) => q.text.startsWith(words));

describe('findQuotes: speakers', () => {
  it('names the speaker after the quote, with the cue, and keeps offsets on the words inside the marks', () => {
    const text = 'Flood waters fell overnight.\n\n“We will rebuild every bridge,” Mayor Ana Lopez said on Sunday.';
    const q = quoteStarting(text, 'We will rebuild');
    expect(q).toMatchObject({ speaker: 'Ana Lopez', speakerText: 'Ana Lopez', cue: 'said', kind: 'full' });
    expect(text.slice(q!.start, q!.end)).toBe('We will rebuild every bridge,');
  });

  it('reads a speaker before the quote and guillemets', () => {
    const text = 'Energy Minister Tomas Berg said: «The grid will hold this winter».';
    expect(quoteStarting(text, 'The grid')).toMatchObject({ speaker: 'Tomas Berg', cue: 'said', kind: 'full' });
  });

  it('resolves "he said" to the person it stands for', () => {
    const text = 'Union leader Tom Hale met the workers on Friday.\n\n“We are proud of this deal,” he said.';
    expect(quoteStarting(text, 'We are proud')).toMatchObject({ speaker: 'Tom Hale', speakerText: 'he' });
  });

  it('gives a quote to an institution and "the company" to the company named before', () => {
    const text = 'Acme Industries closed its plant in May.\n\n“Production will resume in June,” the company said.\n\n' +
      '“The rules were followed,” the Transport Ministry said in a statement.';
    expect(quoteStarting(text, 'Production will')).toMatchObject({ speaker: 'Acme Industries', speakerText: 'the company' });
    expect(quoteStarting(text, 'The rules')).toMatchObject({ speaker: 'Transport Ministry' });
  });

  it('takes X, not Y, in "X was quoted as saying by Y"', () => {
    const text = '“Our ties are strong,” Prime Minister Lena Ortiz was quoted as saying by the Daily Herald.';
    expect(quoteStarting(text, 'Our ties')).toMatchObject({ speaker: 'Lena Ortiz', cue: 'was quoted as saying' });
  });

  it('follows a quote over paragraphs when the next paragraph opens with a quotation mark', () => {
    const text = 'Judge Amir Khan read his ruling.\n\n“The law is clear on this point.\n\n“The appeal is rejected,” Khan said.';
    const quotes = quotesOf(text);
    expect(quotes).toHaveLength(1);
    expect(quotes[0]).toMatchObject({ speaker: 'Amir Khan' });
    expect(quotes[0]!.text).toContain('The appeal is rejected');
  });

  it('keeps a scare-quoted word as a partial quote of the speaker the sentence names', () => {
    const text = 'Senator Maria Voss called the budget “reckless” on Tuesday.';
    expect(quoteStarting(text, 'reckless')).toMatchObject({ speaker: 'Maria Voss', kind: 'partial' });
  });

  it('continues the speaker in a second quote of the same paragraph', () => {
    const text = '“It was a long night,” Coach Ben Ruiz said. “We earned this win.”';
    expect(quoteStarting(text, 'We earned')).toMatchObject({ speaker: 'Ben Ruiz' });
  });
});

describe('findQuotes: what is not a quote or has no speaker', () => {
  it('does not take a quoted book title for words spoken', () => {
    const text = 'Her memoir “The Long Road Home” sold well.';
    expect(quotesOf(text)).toEqual([]);
  });

  it('leaves a quote with no attribution without a speaker', () => {
    const text = 'The word “resilience” appears on every poster in the town.';
    expect(quoteStarting(text, 'resilience')).toMatchObject({ speaker: null, speakerText: null, cue: null, kind: 'partial' });
  });

  it('does not take apostrophes for quotation marks', () => {
    const text = 'The workers’ union rejected Lopez’s plan, and the drivers\' union did too.';
    expect(quotesOf(text)).toEqual([]);
  });

  it('does not give the quote to the listener in "X told Y"', () => {
    const text = 'Ambassador Rui Costa told reporter Jane Moss, “The visit is off.”';
    expect(quoteStarting(text, 'The visit')).toMatchObject({ speaker: 'Rui Costa' });
  });
});
