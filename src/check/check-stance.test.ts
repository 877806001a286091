import { describe, expect, it } from 'vitest';
import { parseBatchLine, checkText } from './batch.js';
import { verdict } from './verdict.js';

const CLAIM = 'The mayor of Ostrava resigned after the bridge scandal';

describe('checkText', () => {
  it('reads a headline that repeats the claim as agreeing', () => {
    expect(checkText(CLAIM, 'Ostrava mayor resigns over bridge scandal').stance).toBe('agree');
  });

  it('reads a denial as disagreeing', () => {
    expect(checkText(CLAIM, 'Ostrava mayor denies resignation rumours: hoax, he says').stance).toBe('disagree');
  });

  it('reads a hedged or questioning headline as discussing', () => {
    expect(checkText(CLAIM, 'Has the Ostrava mayor resigned? Reports claim he may quit over bridge scandal').stance).toBe('discuss');
  });

  it('reads a text about something else as unrelated, with no evidence', () => {
    const result = checkText(CLAIM, 'Heavy rain is expected in the north of the country on Sunday, forecasters said.');
    expect(result).toEqual({ stance: 'unrelated', score: 1, evidence: [] });
  });

  it('gives the sentences of a long article that speak to the claim as evidence, with their offsets', () => {
    const filler = 'Tourists crowded the old square on Saturday. '.repeat(8);
    const text = `${filler}The mayor of Ostrava resigned on Friday after the bridge scandal. ${filler}`;
    const result = checkText(CLAIM, text);
    expect(result.stance).toBe('agree');
    expect(result.evidence).toHaveLength(1);
    expect(text.slice(result.evidence[0]!.start, result.evidence[0]!.end)).toContain('resigned on Friday');
  });
});

describe('checkText on articles', () => {
  const filler = 'Tourists crowded the old square on Saturday, and cafes stayed open late into the night. '.repeat(4);
  const claim = 'The Brelm treaty obliges automatic military assistance';

  it('reads an article whose sentence negates the claim\'s point as disputing it, even if it restates the treaty', () => {
    const text = `${filler}The Brelm treaty was signed on Monday. The Brelm treaty does not include a clause on automatic military assistance, officials found. ${filler}`;
    const result = checkText(claim, text);
    expect(result.stance).toBe('disagree');
    expect(result.evidence.some((e) => e.text.includes('does not include'))).toBe(true);
  });

  it('reads an article that calls the point unclear as discussing it', () => {
    const text = `${filler}It is unclear whether the Brelm treaty provides automatic military assistance. ${filler}`;
    expect(checkText(claim, text).stance).toBe('discuss');
  });

  it('does not count a negation about something else as a dispute', () => {
    const text = `${filler}The Brelm treaty obliges automatic military assistance. The ministers did not rule out new talks, and no date was set for the parade. ${filler}`;
    expect(checkText(claim, text).stance).toBe('agree');
  });
});

describe('parseBatchLine', () => {
  it('accepts text or path and says what is wrong otherwise', () => {
    expect(parseBatchLine('{"claim":"c","text":"t"}')).toEqual({ claim: 'c', text: 't' });
    expect(parseBatchLine('{"claim":"c","path":"a.txt"}')).toEqual({ claim: 'c', path: 'a.txt' });
    expect(parseBatchLine('{"claim":"c"}')).toEqual({ error: 'neither "text" nor "path"' });
    expect(parseBatchLine('{"text":"t"}')).toEqual({ error: 'no "claim" string' });
    expect(parseBatchLine('not json')).toEqual({ error: 'not valid JSON' });
  });
});

describe('verdict', () => {
  it('counts a copy group once', () => {
    const v = verdict([
      { articleId: 'a', group: 'g1', stance: 'agree' },
      { articleId: 'b', group: 'g1', stance: 'agree' },
      { articleId: 'c', group: 'g2', stance: 'disagree' },
      { articleId: 'd', group: 'g3', stance: 'unrelated' },
    ]);
    expect(v).toMatchObject({ supporting: 1, disputing: 1, discussing: 0, unaddressed: 1 });
    expect(v.line).toBe('supported by 1 independent source, disputed by 1, discussed without taking a side by 0, unaddressed by 1');
  });
});
