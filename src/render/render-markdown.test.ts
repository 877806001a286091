import { describe, expect, it } from 'vitest';
import { sampleDossier } from '../../test/fixtures/dossier/sample-dossier.js';
import { escapeMarkdown } from './escape-markdown.js';
import { renderMarkdown } from './markdown/render-markdown.js';

describe('renderMarkdown', () => {
  const md = renderMarkdown(sampleDossier());

  it('leads each story with the summary, then the evidence sections, then the articles', () => {
    const order = ['## Northport harbour bridge closure', '### Summary', '**Established**', '**Rests on one source**', '**Disputed**',
      '### Timeline', '### Quotes by speaker', '### People and organisations', '### Copies and rewrites', '#### What the rewrite changed', '### All claims', '### Articles'];
    const positions = order.map((s) => md.indexOf(s));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  it('states source counts, both sides of a conflict with their outlets, copy groups and drift', () => {
    expect(md).toContain('The bridge closes from March 3, 2025 (2 independent sources: Northport Herald, Coastal Wire, Daily Ledger)');
    expect(md).toContain('Engineers found corrosion (only Northport Herald, Coastal Wire)');
    expect(md).toMatch(/Northport Herald: “will close for 14 days”\n {2}- Daily Ledger: “for 21 days”/);
    expect(md).toContain('1 original + 1 rewrite: original Northport Herald');
    expect(md).toContain('hedge-removed: “could fail” became “will fail”');
    expect(md).toContain('Coastal Wire has: “The cables will fail within a year”');
    expect(md).toContain('**Tomas Varga**, council engineer');
    expect(md).toContain('_Background:_');
  });

  it('keeps article markup literal', () => {
    expect(md).not.toMatch(/(^|[^\\])<script>/);
    expect(md).toContain('\\<script\\>');
    expect(md).toContain('\\<b\\>Eve\\</b\\>');
  });

  it('shows an empty section as such instead of leaving it out', () => {
    const dossier = sampleDossier();
    const story = dossier.stories[0]!;
    Object.assign(story, { claims: [], conflicts: [], quotes: [], entities: [], timeline: [], copyGroups: [] });
    dossier.links = [];
    const empty = renderMarkdown(dossier);
    for (const s of ['Nothing is confirmed', 'No conflicts found', 'No dated events yet', 'No quotes found', 'No named entities', 'independent report', 'No rewrite changed']) {
      expect(empty).toContain(s);
    }
  });
});

describe('escapeMarkdown', () => {
  it('escapes what would start markup and leaves plain words alone', () => {
    expect(escapeMarkdown('# Title\n1. item\n[x](javascript:1) *a* <b>')).toBe('\\# Title\n1\\. item\n\\[x\\](javascript:1) \\*a\\* \\<b\\>');
    expect(escapeMarkdown('Plain words, 2024 numbers.')).toBe('Plain words, 2024 numbers.');
  });
});
