/**
 * Opens the HTML report in a real headless Chromium and checks what a reader gets: it
 * renders, the ranking is in order, a gap report opens, resume markup runs nothing, and the
 * page asks for nothing but its own file. Skipped (with a line saying so) without Chromium.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type Browser, type BrowserContext, type Page, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderHtml } from '../../src/render/html.js';
import { fixture, jobfit } from '../helpers/cli.js';
import { HOSTILE_NAME, sampleReport } from '../helpers/sample-report.js';

const CHROMIUM = '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const hasChromium = existsSync(CHROMIUM);
if (!hasChromium) console.log(`SKIPPED test/browser/html-report.test.ts: ${CHROMIUM} not found (apt-get install -y chromium)`);

describe.skipIf(!hasChromium)('HTML report in headless Chromium', () => {
  let dir: string;
  let url: string;
  let browser: Browser;
  let seen = { dialogs: [] as string[], console: [] as string[], errors: [] as string[], requests: [] as string[] };

  // launch() gives every run a fresh temporary profile (Playwright refuses --user-data-dir here).
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'jobfit-html-'));
    const file = join(dir, 'report.html');
    await writeFile(file, renderHtml(sampleReport, { color: false }));
    url = pathToFileURL(file).href;
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS, headless: true });
  });

  afterAll(async () => {
    await browser?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  /** A page that records dialogs, console lines, script errors and every request. */
  async function open(context: BrowserContext): Promise<Page> {
    const page = await context.newPage();
    seen = { dialogs: [], console: [], errors: [], requests: [] };
    page.on('dialog', (d) => (seen.dialogs.push(d.message()), void d.dismiss()));
    page.on('console', (m) => seen.console.push(`${m.type()}: ${m.text()}`));
    page.on('pageerror', (e) => seen.errors.push(e.message));
    page.on('request', (r) => seen.requests.push(r.url()));
    await page.goto(url);
    return page;
  }

  it('renders the report, lists the ranking in order and opens a gap report', async () => {
    // offline: a safety net so a broken page still could not reach the network.
    const context = await browser.newContext({ offline: true, viewport: { width: 1200, height: 900 } });
    const page = await open(context);
    expect(await page.title()).toBe('Senior Backend Engineer — jobfit report');
    expect(await page.locator('h1').isVisible()).toBe(true);
    expect(await page.locator('h1').innerText()).toBe('Senior Backend Engineer');

    const names = await page.locator('table.ranking tbody tr td.cand a').allInnerTexts();
    expect(names).toEqual(['Jane Doe', 'Sam Lee', HOSTILE_NAME]);

    const evidence = page.locator('#c2 .evidence', { hasText: 'Deployed APIs to EKS clusters' });
    expect(await evidence.isVisible()).toBe(false);
    await page.locator('#c2 > summary').click();
    expect(await page.locator('#c2').getAttribute('open')).toBe('');
    expect(await evidence.isVisible()).toBe(true);
    await context.close();
  });

  it('runs no script from the resume and sends no request but its own file', async () => {
    const context = await browser.newContext({ offline: true });
    const page = await open(context);
    await page.locator('#c3 > summary').click();
    expect(await page.locator('#c3 .cand-name').innerText()).toBe(HOSTILE_NAME);
    expect(await page.evaluate("document.querySelectorAll('script').length")).toBe(0);
    expect(seen.dialogs).toEqual([]);
    expect(seen.errors).toEqual([]);
    // A CSP violation or a failed load would show up here.
    expect(seen.console).toEqual([]);
    expect(seen.requests.length).toBeGreaterThan(0);
    expect(seen.requests.every((r) => r === url)).toBe(true);
    await context.close();
  });

  it('opens gap reports without JavaScript', async () => {
    const context = await browser.newContext({ offline: true, javaScriptEnabled: false });
    const page = await open(context);
    const evidence = page.locator('#c1 .evidence', { hasText: 'Event pipeline on Kafka' });
    expect(await evidence.isVisible()).toBe(false);
    await page.locator('#c1 > summary').click();
    expect(await evidence.isVisible()).toBe(true);
    await context.close();
  });

  it('prints every gap report expanded', async () => {
    const context = await browser.newContext({ offline: true });
    const page = await open(context);
    const evidence = page.locator('#c3 .evidence');
    expect(await evidence.isVisible()).toBe(false);
    await page.emulateMedia({ media: 'print' });
    expect(await evidence.isVisible()).toBe(true);
    const pdf = await page.pdf();
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    await context.close();
  });

  it('fits the ranking of a real batch in a 1,280-px window without sideways scrolling', async () => {
    // The CLI's own report: long names and paths, copies, knock-outs and warning badges.
    const file = join(dir, 'batch.html');
    const r = jobfit(['score', fixture('jobs/senior_backend_engineer.txt'), fixture('resumes'), fixture('trust'), '--format', 'html', '--must-have', 'all', '--as-of', '2025-06', '-o', file]);
    expect(r.status).toBe(0);
    const context = await browser.newContext({ offline: true, viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(pathToFileURL(file).href);
    const sizes = await page.evaluate(`(() => {
      const wrap = document.querySelector('#ranking .table-wrap');
      return { page: document.documentElement.scrollWidth, wrap: wrap.clientWidth, table: wrap.scrollWidth, window: window.innerWidth };
    })()`) as { page: number; wrap: number; table: number; window: number };
    expect(sizes.table).toBeLessThanOrEqual(sizes.wrap);
    expect(sizes.page).toBeLessThanOrEqual(sizes.window);
    // Every column is on screen: the last header cell ends inside the window.
    const last = await page.locator('table.ranking thead th').last().boundingBox();
    expect(last!.x + last!.width).toBeLessThanOrEqual(1280);
    expect(await page.locator('table.ranking thead th').allInnerTexts()).toEqual(['#', 'Candidate / file / warnings', 'Score', 'Required', 'Preferred', 'Years', 'Top missing required']);
    // Copies are ranked once (=N under their original), knock-outs marked, every mark explained.
    expect(await page.locator('table.ranking tbody tr.duplicate').count()).toBeGreaterThan(0);
    expect(await page.locator('table.ranking .badge.ko').count()).toBeGreaterThan(0);
    expect(await page.locator('#ranking .legend li').count()).toBe(3);
    // Locators that cannot be misread ("p.1 line 10", never "p1 l10"), matched words marked.
    const where = await page.locator('.where').allTextContents();
    expect(where.length).toBeGreaterThan(0);
    for (const w of where) expect(w).toMatch(/^p\.\d+ line \d+$/);
    expect(await page.locator('.evidence mark').count()).toBeGreaterThan(0);
    await context.close();
  });
});
