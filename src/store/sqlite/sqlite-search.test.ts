import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sampleArticle } from '../store-suite.js';
import { migrateDatabase, openDatabase, type SqliteDatabase, statementCache } from './open-database.js';
import { dayRangeTokens, outletToken } from './search-facets.js';
import { createSqliteStore } from './sqlite-store.js';
import { searchSqlite } from './sqlite-search.js';

describe('search facets', () => {
  it('covers a day range with whole years and months where it can, days elsewhere', () => {
    expect(dayRangeTokens('2024-05-30', '2024-06-02')).toEqual(['d20240530', 'd20240531', 'd20240601', 'd20240602']);
    expect(dayRangeTokens('2023-12-31', '2025-02-01')).toEqual(['d20231231', 'y2024', 'm202501', 'd20250201']);
    expect(dayRangeTokens('2024-02-01', '2024-02-29')).toEqual(['m202402']);
    expect(dayRangeTokens('2024-03-02', '2024-03-01')).toEqual([]);
  });

  it('gives an outlet one token whatever its ASCII case, and different outlets different tokens', () => {
    expect(outletToken('Bay Herald')).toBe(outletToken('bay herald'));
    expect(outletToken('Bay Herald')).not.toBe(outletToken('Bay Heralds'));
    expect(outletToken('Bay Herald')).toMatch(/^o[0-9a-f]+x$/);
  });
});

describe('SQLite search over many matches', () => {
  const dir = mkdtempSync(join(tmpdir(), 'corroborate-search-'));
  const path = join(dir, 'search.sqlite');
  let db: SqliteDatabase;
  // 40 articles mention the harbour; outlets and days alternate; one has only a month as its date.
  beforeAll(async () => {
    const store = await createSqliteStore(path);
    await store.putArticles(
      Array.from({ length: 40 }, (_, i) =>
        sampleArticle(`h${i}`, {
          outlet: i % 2 ? 'Bay Herald' : 'Coast Daily',
          publishedOn: i === 39 ? '2024-05' : `2024-05-${String(1 + (i % 20)).padStart(2, '0')}`,
          text: `Report ${i}: the harbour ${i % 5 === 0 ? 'harbour harbour ' : ''}reopened after the storm.`,
          title: i === 7 ? 'Harbour news' : `Storm day ${i}`,
        }),
      ),
    );
    await store.close();
    db = openDatabase(path);
    migrateDatabase(db);
  });
  afterAll(() => {
    db.close();
    rmSync(dir, { recursive: true, force: true });
  });
  const search = (query: Parameters<typeof searchSqlite>[1], window: number) => searchSqlite(statementCache(db), query, window);

  it('ranks every match up to the window; beyond it, the newest first, counted to the window, each hit its own snippet', () => {
    const ranked = search({ text: 'harbour', limit: 40 }, 1000);
    expect([ranked.total, ranked.totalExact, ranked.items.length]).toEqual([40, true, 40]);
    // bm25: the title match and the articles that repeat the word come first.
    expect(ranked.items.slice(0, 9).map((hit) => hit.articleId).sort()).toEqual(['h0', 'h10', 'h15', 'h20', 'h25', 'h30', 'h35', 'h5', 'h7']);
    const broad = search({ text: 'harbour', limit: 5 }, 10);
    expect([broad.total, broad.totalExact]).toEqual([10, false]);
    expect(broad.items.map((hit) => hit.articleId)).toEqual(['h39', 'h38', 'h37', 'h36', 'h35']);
    for (const hit of broad.items) {
      expect(hit.snippet).toContain(`Report ${hit.articleId.slice(1)}:`);
      expect(hit.highlights.length).toBeGreaterThan(0);
      expect(hit.snippet.slice(hit.highlights[0]!.start, hit.highlights[0]!.end).toLowerCase()).toBe('harbour');
    }
    // Paging past the window widens it.
    const deep = search({ text: 'harbour', limit: 5, offset: 20 }, 10);
    expect(deep.items.map((hit) => hit.articleId)).toEqual(['h19', 'h18', 'h17', 'h16', 'h15']);
    expect([deep.total, deep.totalExact]).toEqual([25, false]);
  });

  it('takes a title snippet when only the title has the words', () => {
    const hits = search({ text: 'news', limit: 5 }, 1).items;
    expect(hits.map((hit) => [hit.articleId, hit.snippet])).toEqual([['h7', 'Harbour news']]);
  });

  it('filters by outlet (any case) and days through the facets, exactly as the SQL conditions do', () => {
    for (const window of [1000, 3]) {
      const hits = search({ text: 'harbour', outlet: 'bay HERALD', from: '2024-05-03', to: '2024-05-04', limit: 40 }, window);
      // Days 3 and 4 are i = 2, 3, 22, 23; Bay Herald is odd i.
      expect(hits.items.map((hit) => hit.articleId).sort()).toEqual(['h23', 'h3']);
      expect(hits.total).toBe(2);
    }
    // An open range is closed at the collection's first or last day; a month-only date is tested by SQL.
    expect(search({ text: 'harbour', from: '2024-05-20', limit: 40 }, 1000).items.map((hit) => hit.articleId).sort()).toEqual(['h19']);
    expect(search({ text: 'harbour', to: '2024-05-01', limit: 40 }, 1000).items.map((hit) => hit.articleId).sort()).toEqual(['h0', 'h20', 'h39']);
    expect(search({ text: 'harbour', outlet: 'Nowhere News' }, 1000).total).toBe(0);
    // A range far wider than the collection is clipped to its days.
    expect(search({ text: 'harbour', from: '0001-01-01', to: '2024-05-01', limit: 40 }, 3).items.map((hit) => hit.articleId).sort()).toEqual(['h0', 'h20', 'h39']);
    expect(search({ text: 'harbour', from: '2030-01-01', limit: 40 }, 3).total).toBe(0);
  });
});
