// The web UI in real headless Chromium against the real server: story page, search, screenshots
// at laptop and phone width, and proof that article payloads execute nothing.
import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderHtml } from '../../src/render/html/render-html.js';
import { type RunningServer, startServer } from '../../src/server/start-server.js';
import { sampleDossier } from '../fixtures/dossier/sample-dossier.js';
import { type SeededStore, seededStore } from '../fixtures/dossier/seed-store.js';
import { chromiumAvailable, chromiumPath, launchChromium } from './chromium.js';

const viewports = { laptop: { width: 1366, height: 900 }, phone: { width: 390, height: 844 } } as const;
const shots = 'test-results';

if (!chromiumAvailable && !process.env.CI) console.warn(`UI tests skipped: no Chromium at ${chromiumPath} (they fail instead when CI is set)`);

describe.skipIf(!chromiumAvailable && !process.env.CI)('web UI in headless Chromium', () => {
  let seeded: SeededStore;
  let server: RunningServer;
  let browser: Browser;

  beforeAll(async () => {
    mkdirSync(shots, { recursive: true });
    seeded = await seededStore();
    server = await startServer({ store: seeded.store, host: '127.0.0.1', port: 0, allowPrivateUrls: false });
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await seeded?.cleanup();
  });

  /** A page that records every dialog and script error: the payload tests assert there are none. */
  async function openPage(viewport: (typeof viewports)[keyof typeof viewports]) {
    const page = await browser.newPage({ viewport });
    const dialogs: string[] = [];
    const errors: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    page.on('pageerror', (error) => errors.push(error.message));
    return { page, dialogs, errors };
  }

  const pwned = (page: Page) => page.evaluate(() => ({ flag: (window as unknown as { __pwned?: boolean }).__pwned ?? false, title: document.title }));

  for (const [name, viewport] of Object.entries(viewports)) {
    it(`renders the story page at ${name} width: summary, timeline, quotes, conflicts, highlighted text`, async () => {
      const { page, dialogs } = await openPage(viewport);
      await page.goto(`${server.url}/stories/story-bridge`);
      expect(await page.locator('h2').first().textContent()).toBe('Northport harbour bridge closure');
      expect(await page.locator('.summary .established li').first().textContent()).toContain('2 independent sources');
      expect(await page.locator('svg.timeline-chart g.event circle').count()).toBe(3);
      expect(await page.locator('svg.timeline-chart text').allTextContents()).toEqual(['2024-09', '2025-02-24', '2025-03-03']);
      expect(await page.locator('.speaker h4').allTextContents()).toEqual(['Lena Brandt', 'Tomas Varga']);
      expect(await page.locator('.speaker').first().textContent()).toContain('Coastal Wire has: The cables will fail within a year');
      expect(await page.locator('svg.copy-graph .node').count()).toBe(2);
      const sides = page.locator('.conflict .sides blockquote');
      expect(await sides.allTextContents()).toEqual(['“will close for 14 days”Northport Herald', '“for 21 days”Daily Ledger']);
      const [a, b] = [await sides.nth(0).boundingBox(), await sides.nth(1).boundingBox()];
      if (!a || !b) throw new Error('conflict sides not laid out');
      // Side by side on a laptop, one above the other on a phone.
      if (name === 'laptop') expect(Math.abs(a.y - b.y)).toBeLessThan(2);
      else expect(b.y).toBeGreaterThanOrEqual(a.y + a.height);
      expect(await page.locator('#article-art-herald .text mark.hl-quote').textContent()).toBe('The cables could fail within a year');
      expect(await page.locator('#article-art-herald .text mark.hl-date').count()).toBe(2);
      // Nothing wider than the screen: no sideways scrolling on a phone.
      expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(1);
      await page.screenshot({ path: `${shots}/ui-story-${name}.png`, fullPage: true });
      expect(dialogs).toEqual([]);
      await page.close();
    });

    it(`lists stories and searches at ${name} width`, async () => {
      const { page } = await openPage(viewport);
      await page.goto(`${server.url}/`);
      expect(await page.locator('table.stories .conflict-badge').textContent()).toBe('1 conflict');
      await page.screenshot({ path: `${shots}/ui-stories-${name}.png`, fullPage: true });
      await page.locator('header.site input[name=q]').fill('cables');
      await Promise.all([page.waitForURL(/\/search\?q=cables/), page.locator('header.site button').click()]);
      expect(await page.locator('.hit').count()).toBeGreaterThanOrEqual(2);
      expect(await page.locator('.hit mark').first().textContent()).toBe('cables');
      await page.screenshot({ path: `${shots}/ui-search-${name}.png`, fullPage: true });
      await page.locator('.hit a').first().click();
      await page.waitForURL(/\/stories\/story-bridge#article-/);
      await page.close();
    });
  }

  it('executes nothing from an article with <script> and onerror= payloads (web UI and dossier file)', async () => {
    const { page, dialogs, errors } = await openPage(viewports.laptop);
    const violations: string[] = [];
    page.on('console', (message) => violations.push(message.text()));
    await page.goto(`${server.url}/stories/story-bridge#article-art-payload`);
    await page.waitForTimeout(300); // give an image error handler time to fire, were there one
    const text = await page.locator('#article-art-payload .text').textContent();
    expect(text).toContain('<script>window.__pwned = true; document.title = "pwned"</script>');
    expect(text).toContain('<img src=x onerror="window.__pwned=true;alert(1)">');
    expect(await page.locator('#article-art-payload h4').textContent()).toBe(`Bridge <img src=x onerror="document.title='pwned'">`);
    expect(await page.locator('main script, main img, article svg[onload]').count()).toBe(0);
    expect(await pwned(page)).toEqual({ flag: false, title: 'Northport harbour bridge closure · Corroborate' });
    await page.screenshot({ path: `${shots}/ui-payload-article.png`, fullPage: false });

    // The self-contained HTML dossier, opened as a document, is inert too.
    await page.setContent(renderHtml(sampleDossier()));
    await page.waitForTimeout(300);
    expect(await page.locator('main script, main img').count()).toBe(0);
    expect(await pwned(page)).toEqual({ flag: false, title: 'Corroborate: Northport harbour bridge closure' });
    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});
