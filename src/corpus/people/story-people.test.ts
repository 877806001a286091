import { describe, expect, it } from 'vitest';
import type { EntityMention, Quote } from '../../core/types.js';
import { storyEntities } from './story-entities.js';
import { storyQuotes } from './story-quotes.js';

const person = (name: string, text = name, role?: string): EntityMention => ({ name, type: 'person', start: 0, end: text.length, text, ...(role ? { role } : {}) });
const quote = (text: string, speaker: string | null): Quote => ({ text, start: 10, end: 10 + text.length, speaker, speakerText: speaker, cue: 'said', kind: 'full' });

describe('storyEntities', () => {
  it('merges spellings and a lone surname across articles, with aliases, roles and articles', () => {
    const entities = storyEntities([
      { id: 'a1', entities: [person('Park Min-jun', 'Park Min-jun', 'Mayor'), person('Park Min-jun', 'Park')], quotes: [] },
      { id: 'a2', entities: [person('Park Min Jun')], quotes: [] },
      { id: 'a3', entities: [person('Park')], quotes: [] },
    ]);
    expect(entities).toHaveLength(1);
    expect(entities[0]).toMatchObject({ type: 'person', mentions: 4, roles: ['Mayor'], articleIds: ['a1', 'a2', 'a3'] });
    expect(entities[0]!.aliases).toEqual(expect.arrayContaining(['Park']));
  });

  it('keeps different people with the same surname apart when both have full names', () => {
    const entities = storyEntities([
      { id: 'a1', entities: [person('Ana Lopez'), person('Carlos Lopez')], quotes: [] },
    ]);
    expect(entities.map((e) => e.name).sort()).toEqual(['Ana Lopez', 'Carlos Lopez']);
  });
});

describe('storyQuotes', () => {
  it('groups one quotation carried in slightly different wordings, each variant with its article', () => {
    const quotes = storyQuotes([
      { id: 'a1', entities: [person('Ana Lopez')], quotes: [quote('We will rebuild every bridge in this city before winter comes.', 'Ana Lopez')] },
      { id: 'a2', entities: [person('Ana Lopez', 'Lopez')], quotes: [quote('We will rebuild every bridge in this city before the winter comes,', 'Ana Lopez')] },
      { id: 'a3', entities: [], quotes: [quote('Prices for bread rose again in the northern towns this week.', null)] },
    ]);
    expect(quotes).toHaveLength(2);
    const bridge = quotes.find((q) => q.text.includes('bridge'))!;
    expect(bridge.speaker).toBe('Ana Lopez');
    expect(bridge.variants.map((v) => v.articleId)).toEqual(['a1', 'a2']);
  });

  it('groups a scare-quoted word only with the same word from the same speaker', () => {
    const quotes = storyQuotes([
      { id: 'a1', entities: [], quotes: [{ ...quote('reckless', 'Maria Voss'), kind: 'partial' }] },
      { id: 'a2', entities: [], quotes: [{ ...quote('reckless', 'Tom Hale'), kind: 'partial' }, { ...quote('reckless', 'Maria Voss'), kind: 'partial' }] },
    ]);
    expect(quotes.map((q) => [q.speaker, q.variants.length])).toEqual([['Maria Voss', 2], ['Tom Hale', 1]]);
  });
});
