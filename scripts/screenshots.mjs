#!/usr/bin/env node
/**
 * Makes the README screenshots from the bundled fixtures, offline:
 *   docs/report-html.png          the HTML report (--format html) in headless Chromium
 *   docs/gap-report-terminal.png  the coloured terminal gap report, ANSI turned into HTML
 * Needs the build (`npx tsc -p tsconfig.json`) and Chromium at /usr/bin/chromium (or $CHROMIUM).
 * Usage: node scripts/screenshots.mjs
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const JOB = 'fixtures/jobs/senior_backend_engineer.txt';
const RESUME = 'fixtures/resumes/dana_okafor.pdf';
const AS_OF = '2026-11';
const TERMINAL_COLUMNS = 110;

function fail(message) {
  console.error(`screenshots: ${message}`);
  process.exit(1);
}

/** The score report for every bundled resume, as JSON from the built CLI. */
function scoreFixtures() {
  const run = spawnSync(process.execPath, ['bin/jobfit.js', 'score', JOB, 'fixtures/resumes/', '--format', 'json', '--as-of', AS_OF], { cwd: root, encoding: 'utf8', maxBuffer: 64 << 20 });
  // Exit 3 means some inputs were unreadable; the report is still whole.
  if (run.status !== 0 && run.status !== 3) fail(`jobfit score exited ${run.status}: ${run.stderr}`);
  return JSON.parse(run.stdout);
}

/** The terminal gap report with colours: run under a pseudo-terminal so the CLI sees a TTY. */
function terminalReport() {
  const command = `stty cols ${TERMINAL_COLUMNS} rows 80; node bin/jobfit.js score ${JOB} ${RESUME} --as-of ${AS_OF}`;
  const out = execFileSync('script', ['-qec', command, '/dev/null'], { cwd: root, encoding: 'utf8', env: { ...process.env, FORCE_COLOR: '1', NO_COLOR: '' } });
  return `$ jobfit score ${JOB.replace('fixtures/jobs/', '')} ${RESUME.replace('fixtures/resumes/', '')}\n${out.replace(/\r/g, '')}`;
}

// ── ANSI SGR → HTML ─────────────────────────────────────────────────────────

const PALETTE = ['#1e1e1e', '#e5534b', '#57ab5a', '#c69026', '#539bf5', '#b083f0', '#39c5cf', '#d1d7e0'];
const BRIGHT = ['#636e7b', '#ff938a', '#6bc46d', '#daaa3f', '#6cb6ff', '#dcbdfb', '#56d4dd', '#f0f6fc'];
const escapeHtml = (s) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);

function xterm256(n) {
  if (n < 8) return PALETTE[n];
  if (n < 16) return BRIGHT[n - 8];
  if (n >= 232) return `rgb(${8 + (n - 232) * 10},${8 + (n - 232) * 10},${8 + (n - 232) * 10})`;
  const v = (k) => (k === 0 ? 0 : 55 + k * 40);
  const i = n - 16;
  return `rgb(${v(Math.floor(i / 36))},${v(Math.floor(i / 6) % 6)},${v(i % 6)})`;
}

/** Applies one SGR parameter list to the current style; unknown codes are ignored. */
function applySgr(style, params) {
  const codes = params === '' ? [0] : params.split(';').map(Number);
  for (let i = 0; i < codes.length; i++) {
    const c = codes[i];
    if (c === 0) Object.assign(style, { fg: null, bg: null, bold: false, dim: false, italic: false, underline: false, inverse: false });
    else if (c === 1) style.bold = true;
    else if (c === 2) style.dim = true;
    else if (c === 3) style.italic = true;
    else if (c === 4) style.underline = true;
    else if (c === 7) style.inverse = true;
    else if (c === 22) style.bold = style.dim = false;
    else if (c === 23) style.italic = false;
    else if (c === 24) style.underline = false;
    else if (c === 27) style.inverse = false;
    else if (c >= 30 && c <= 37) style.fg = PALETTE[c - 30];
    else if (c >= 90 && c <= 97) style.fg = BRIGHT[c - 90];
    else if (c === 39) style.fg = null;
    else if (c >= 40 && c <= 47) style.bg = PALETTE[c - 40];
    else if (c >= 100 && c <= 107) style.bg = BRIGHT[c - 100];
    else if (c === 49) style.bg = null;
    else if ((c === 38 || c === 48) && codes[i + 1] === 5) {
      style[c === 38 ? 'fg' : 'bg'] = xterm256(codes[i + 2]);
      i += 2;
    } else if ((c === 38 || c === 48) && codes[i + 1] === 2) {
      style[c === 38 ? 'fg' : 'bg'] = `rgb(${codes[i + 2]},${codes[i + 3]},${codes[i + 4]})`;
      i += 4;
    }
  }
}

function css(style) {
  const fg = style.inverse ? (style.bg ?? 'var(--bg)') : style.fg;
  const bg = style.inverse ? (style.fg ?? 'var(--fg)') : style.bg;
  return [fg && `color:${fg}`, bg && `background:${bg}`, style.bold && 'font-weight:700', style.dim && 'opacity:.6', style.italic && 'font-style:italic', style.underline && 'text-decoration:underline']
    .filter(Boolean)
    .join(';');
}

/** Text with SGR escapes as HTML spans; other escape sequences are dropped. */
export function ansiToHtml(text) {
  const style = {};
  applySgr(style, '0');
  let out = '';
  const token = /\x1b\[([0-9;]*)m|\x1b\[[0-9;?]*[A-Za-z]|\x1b\][^\x07]*\x07|([^\x1b]+)/g;
  for (const m of text.matchAll(token)) {
    if (m[1] !== undefined) applySgr(style, m[1]);
    else if (m[2] !== undefined) {
      const rule = css(style);
      out += rule ? `<span style="${rule}">${escapeHtml(m[2])}</span>` : escapeHtml(m[2]);
    }
  }
  return out;
}

function terminalPage(body) {
  return `<!doctype html><html><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<style>
:root { --bg: #22272e; --fg: #adbac7; }
body { margin: 0; background: #1c2128; padding: 24px; display: inline-block; }
.window { background: var(--bg); border-radius: 10px; box-shadow: 0 8px 30px rgba(0,0,0,.45); overflow: hidden; }
.bar { height: 30px; background: #2d333b; display: flex; gap: 8px; align-items: center; padding: 0 12px; }
.bar i { width: 12px; height: 12px; border-radius: 50%; display: block; }
pre { margin: 0; padding: 14px 18px 18px; color: var(--fg); font: 13px/1.35 "DejaVu Sans Mono", "Liberation Mono", monospace; white-space: pre; }
</style></head><body><div class="window"><div class="bar"><i style="background:#ff5f57"></i><i style="background:#febc2e"></i><i style="background:#28c840"></i></div>
<pre>${body}</pre></div></body></html>`;
}

// ── main ────────────────────────────────────────────────────────────────────

async function main() {
  if (!existsSync(join(root, 'dist/render/html.js'))) fail('dist/ is missing: run `npx tsc -p tsconfig.json` first');
  if (!existsSync(CHROMIUM)) fail(`${CHROMIUM} not found (apt-get install -y chromium, or set CHROMIUM)`);
  const { renderHtml } = await import(pathToFileURL(join(root, 'dist/render/html.js')).href);

  const work = mkdtempSync(join(tmpdir(), 'jobfit-shots-'));
  const docs = join(root, 'docs');
  mkdirSync(docs, { recursive: true });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS, headless: true });
  try {
    const context = await browser.newContext({ offline: true, viewport: { width: 1200, height: 900 }, deviceScaleFactor: 1, colorScheme: 'light' });
    const page = await context.newPage();

    const reportFile = join(work, 'report.html');
    writeFileSync(reportFile, renderHtml(scoreFixtures(), { color: false }));
    await page.goto(pathToFileURL(reportFile).href);
    await page.locator('#c1 > summary').click();
    await page.screenshot({ path: join(docs, 'report-html.png'), fullPage: true });

    const terminalFile = join(work, 'terminal.html');
    writeFileSync(terminalFile, terminalPage(ansiToHtml(terminalReport())));
    await page.goto(pathToFileURL(terminalFile).href);
    await page.locator('.window').screenshot({ path: join(docs, 'gap-report-terminal.png') });
    await context.close();
  } finally {
    await browser.close();
    rmSync(work, { recursive: true, force: true });
  }
  console.log('wrote docs/report-html.png and docs/gap-report-terminal.png');
}

await main();
