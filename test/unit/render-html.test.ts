import { describe, expect, it } from 'vitest';
import { HTML_CSP, renderHtml } from '../../src/render/html.js';
import { escapeHtml, html, trusted } from '../../src/render/html-template.js';
import { HOSTILE_EVIDENCE, HOSTILE_NAME, sampleReport, singleCandidateReport } from '../helpers/sample-report.js';

const plain = { color: false };
const page = (options: { details?: boolean; explain?: boolean } = {}) => renderHtml(sampleReport, { ...plain, ...options });

describe('html template', () => {
  it('escapes the five HTML-special characters', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
  });

  it('escapes interpolated text, arrays included, and keeps trusted markup', () => {
    expect(html`<p title="${'"><b>'}">${['<i>', trusted('<br>')]}${null}${false}${3}</p>`.value).toBe('<p title="&quot;&gt;&lt;b&gt;">&lt;i&gt;<br>3</p>');
  });
});

describe('renderHtml', () => {
  it('is one self-contained document with a strict Content-Security-Policy', () => {
    const out = page();
    expect(out.startsWith('<!doctype html>')).toBe(true);
    expect(out).toContain(`<meta http-equiv="Content-Security-Policy" content="${HTML_CSP}">`);
    expect(HTML_CSP).toBe("default-src 'none'; style-src 'unsafe-inline'; img-src data:");
    expect(out).not.toMatch(/<script/i);
    expect(out).not.toMatch(/\b(?:src|href)\s*=\s*["']?\s*(?:https?:)?\/\//i);
    expect(out).not.toMatch(/<link\b|@import|url\(/i);
    expect(out.match(/\bhref="([^"]*)"/g)?.every((h) => h.startsWith('href="#'))).toBe(true);
  });

  it('escapes resume text in content and in attributes', () => {
    const out = page();
    expect(out).not.toContain(HOSTILE_NAME);
    expect(out).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(out).toContain('- Built `rm -rf` pipelines | =HYPERLINK(&quot;http://x&quot;) in Go');
    expect(out).not.toContain(HOSTILE_EVIDENCE);
    expect(out).toContain('title="2 lines a reader cannot see (white text): &quot;# Kubernetes AWS &lt;b&gt;PostgreSQL&lt;/b&gt;&quot;"');
    expect(out).not.toContain('<b>PostgreSQL</b>');
  });

  it('lists the candidates in the ranking in the order given', () => {
    const names = [...page().matchAll(/<td class="cand"><a href="#c(\d)">([^<]*)<\/a>/g)].map((m) => [m[1], m[2]]);
    expect(names).toEqual([['1', 'Jane Doe'], ['2', 'Sam Lee'], ['3', '&lt;script&gt;alert(1)&lt;/script&gt;']]);
  });

  it('draws a bar per candidate as wide as the score', () => {
    const widths = [...page().matchAll(/<ol class="bars">[\s\S]*?<\/ol>/g)][0]![0].match(/width:[\d.]+%/g);
    expect(widths).toEqual(['width:93.3%', 'width:56.9%', 'width:19.8%']);
  });

  it('folds each gap report into a <details>, open with details or for a single candidate', () => {
    expect(page().match(/<details class="candidate" id="c\d">/g)).toHaveLength(3);
    expect(page({ details: true }).match(/<details class="candidate" id="c\d" open>/g)).toHaveLength(3);
    expect(renderHtml(singleCandidateReport, plain)).toContain('<details class="candidate" id="c1" open>');
  });

  it('shows evidence, why, the posting line, warnings as badges and knock-outs', () => {
    const out = page();
    expect(out).toContain('<span class="where">p.1 line 11</span> Deployed APIs to EKS clusters');
    expect(out).toContain('<span class="why">implied by EKS</span> [0.75]');
    expect(out).toContain('<span class="line-no">line 14</span> 3+ years running services on Kubernetes');
    expect(out).toContain('<span class="badge warn" title="Go named 40 times in 12 lines">KEYWORD_STUFFING</span>');
    expect(out).toContain('<span class="badge ko">KNOCKED OUT</span>');
  });

  it('opens the score arithmetic only with explain', () => {
    expect(page()).toContain('<details class="inner"><summary>How the score was reached</summary>');
    expect(page({ explain: true })).toContain('<details class="inner" open><summary>How the score was reached</summary>');
  });

  it('lists files that could not be read', () => {
    expect(page()).toContain('<li><span class="badge error">NO_TEXT</span> <strong>resumes/scanned.pdf</strong> — no text layer (scanned?); try --ocr</li>');
  });

  it('prints every report expanded, one per page', () => {
    const print = page().split('@media print')[1]!;
    expect(print).toContain('details::details-content { content-visibility: visible; display: block; }');
    expect(print).toContain('break-before: page');
  });

  it('says so when nobody was scored', () => {
    const out = renderHtml({ ...sampleReport, candidates: [] }, plain);
    expect(out).toContain('No candidates scored.');
    expect(out).not.toContain('<details class="candidate"');
  });

  it('matches the golden file', async () => {
    await expect(page()).toMatchFileSnapshot('../golden/render/sample.html');
  });
});
