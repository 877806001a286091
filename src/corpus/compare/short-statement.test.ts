import { describe, expect, it } from 'vitest';
import { shortStatement } from './short-statement.js';

describe('shortStatement', () => {
  it('drops a leading "according to" and a trailing attribution', () => {
    expect(shortStatement('According to the ministry, the port of Mirel reopened on Monday.')).toBe('The port of Mirel reopened on Monday.');
    expect(shortStatement('The port of Mirel reopened on Monday, the harbour master said.')).toBe('The port of Mirel reopened on Monday.');
  });

  it('keeps a trailing clause that is not an attribution, and cuts long text at a word', () => {
    expect(shortStatement('The port reopened on Monday, two days after the storm.')).toBe('The port reopened on Monday, two days after the storm.');
    const long = shortStatement(`The port reopened ${'and the ships came back '.repeat(12)}on Monday.`);
    expect(long.length).toBeLessThanOrEqual(200);
    expect(long).toMatch(/back\.\.\.$|came\.\.\.$|ships\.\.\.$|the\.\.\.$|and\.\.\.$/);
  });
});
