import { describe, expect, it } from 'vitest';
import { RecentValues } from './recent-values.js';

describe('RecentValues', () => {
  it('pushes out the least recently used value, and hands it over', () => {
    const evicted: string[] = [];
    const recent = new RecentValues<number>(2, (key) => evicted.push(key));
    recent.set('a', 1);
    recent.set('b', 2);
    expect(recent.get('a')).toBe(1);
    recent.set('c', 3);
    expect(evicted).toEqual(['b']);
    expect(recent.get('b')).toBeUndefined();
    expect(recent.get('a')).toBe(1);
  });

  it('forgets a deleted value without handing it over', () => {
    const evicted: string[] = [];
    const recent = new RecentValues<number>(1, (key) => evicted.push(key));
    recent.set('a', 1);
    recent.delete('a');
    recent.set('b', 2);
    expect(recent.get('a')).toBeUndefined();
    expect(evicted).toEqual([]);
  });
});
