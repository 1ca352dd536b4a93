/**
 * The HTML report's stylesheet, inlined so the file stands alone: system fonts only, no
 * images, no url(). Print shows every gap report expanded, one per page.
 */
export const HTML_STYLE = `
:root {
  --fg: #1f2328; --muted: #59636e; --bg: #ffffff; --panel: #f6f8fa; --line: #d1d9e0;
  --good: #1a7f37; --fair: #9a6700; --poor: #cf222e; --accent: #0969da;
  --good-bg: #dafbe1; --fair-bg: #fff8c5; --poor-bg: #ffebe9;
  color-scheme: light dark;
}
@media (prefers-color-scheme: dark) {
  :root {
    --fg: #e6edf3; --muted: #9198a1; --bg: #0d1117; --panel: #151b23; --line: #3d444d;
    --good: #3fb950; --fair: #d29922; --poor: #f85149; --accent: #4493f8;
    --good-bg: #12261e; --fair-bg: #272115; --poor-bg: #2d1517;
  }
}
* { box-sizing: border-box; }
body {
  margin: 0; background: var(--bg); color: var(--fg);
  font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Liberation Sans", Arial, sans-serif;
}
main { max-width: 1180px; margin: 0 auto; padding: 24px 24px 48px; }
h1 { font-size: 28px; margin: 0 0 4px; line-height: 1.2; }
h2 { font-size: 19px; margin: 32px 0 12px; padding-bottom: 6px; border-bottom: 1px solid var(--line); }
h3 { font-size: 15px; margin: 20px 0 8px; }
.eyebrow { margin: 0; color: var(--muted); font-size: 12px; letter-spacing: .08em; text-transform: uppercase; }
.meta, .source, .muted { color: var(--muted); }
.meta { margin: 0; }
.table-wrap { overflow-x: auto; }
table { border-collapse: collapse; width: 100%; font-size: 14px; }
th, td { border-bottom: 1px solid var(--line); padding: 6px 10px; text-align: left; vertical-align: top; }
th { background: var(--panel); font-weight: 600; white-space: nowrap; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
a { color: var(--accent); }
/* The ranking fits its box: fixed columns, the file under the name, text wrapping anywhere. */
.ranking { table-layout: fixed; }
.ranking col.c-rank { width: 56px; } .ranking col.c-score { width: 84px; } .ranking col.c-req { width: 96px; }
.ranking col.c-pref { width: 100px; } .ranking col.c-years { width: 72px; } .ranking col.c-cand { width: 36%; }
.ranking td.cand a { font-weight: 600; }
.ranking td.cand, .ranking td.wrap { overflow-wrap: anywhere; }
.ranking .file { display: block; color: var(--muted); font-size: 12px; }
.ranking .marks { display: block; margin-top: 2px; }
.ranking tr.duplicate td { color: var(--muted); }
.legend { list-style: none; padding: 0; margin: 8px 0 0; color: var(--muted); font-size: 13px; }
mark { background: var(--fair-bg); color: inherit; font-weight: 600; padding: 0 1px; border-radius: 2px; }
.badge {
  display: inline-block; padding: 0 7px; border-radius: 999px; border: 1px solid currentColor;
  font-size: 12px; font-weight: 600; line-height: 18px; white-space: nowrap; margin: 0 4px 2px 0;
}
.badge.warn { color: var(--fair); background: var(--fair-bg); }
.badge.error, .badge.ko { color: var(--poor); background: var(--poor-bg); }
.bars { list-style: none; margin: 0; padding: 0; display: grid; gap: 6px; }
.bars li { display: grid; grid-template-columns: minmax(120px, 240px) 1fr 56px; align-items: center; gap: 12px; }
.bar-name { overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
.bar { display: block; height: 16px; border: 1px solid var(--line); border-radius: 4px; background: var(--panel); overflow: hidden; }
.fill { display: block; height: 100%; print-color-adjust: exact; -webkit-print-color-adjust: exact; }
.bar-score { text-align: right; font-variant-numeric: tabular-nums; font-weight: 600; }
.good .fill, .fill.good { background: var(--good); }
.fair .fill, .fill.fair { background: var(--fair); }
.poor .fill, .fill.poor { background: var(--poor); }
.pill { font-weight: 700; font-variant-numeric: tabular-nums; padding: 1px 8px; border-radius: 6px; }
.pill.good { color: var(--good); background: var(--good-bg); }
.pill.fair { color: var(--fair); background: var(--fair-bg); }
.pill.poor { color: var(--poor); background: var(--poor-bg); }
details.candidate { border: 1px solid var(--line); border-radius: 8px; margin: 0 0 12px; background: var(--bg); }
details.candidate > summary {
  cursor: pointer; padding: 10px 14px; display: flex; flex-wrap: wrap; gap: 10px; align-items: center;
  background: var(--panel); border-radius: 8px;
}
details.candidate[open] > summary { border-bottom: 1px solid var(--line); border-radius: 8px 8px 0 0; }
summary .rank { color: var(--muted); font-variant-numeric: tabular-nums; }
summary .cand-name { font-weight: 600; font-size: 16px; }
.gap { padding: 4px 16px 16px; }
.gap .bar { max-width: 420px; }
.requirements { table-layout: fixed; }
.requirements col.c-status { width: 92px; } .requirements col.c-weight { width: 64px; }
.requirements col.c-req { width: 20%; } .requirements col.c-evidence { width: 40%; }
.status { white-space: nowrap; font-weight: 600; }
.status.met { color: var(--good); }
.status.partial { color: var(--fair); }
.status.missing { color: var(--poor); }
.sym { display: inline-block; width: 1.1em; text-align: center; }
.evidence { margin: 0; padding: 0; list-style: none; }
.evidence li + li { margin-top: 2px; }
.where, .line-no { color: var(--muted); font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, "Liberation Mono", monospace; font-size: 12px; margin-right: 4px; white-space: nowrap; }
.why { font-style: italic; }
.warnings, .errors, .suggestions { padding-left: 20px; }
.warnings { list-style: none; padding-left: 0; }
.errors li { margin-bottom: 4px; }
details.inner { margin-top: 16px; }
details.inner > summary { cursor: pointer; font-weight: 600; }
footer { margin-top: 40px; color: var(--muted); font-size: 12px; }
@media print {
  :root { --fg: #000; --muted: #444; --bg: #fff; --panel: #fff; --line: #999; }
  body { font-size: 11pt; }
  main { max-width: none; padding: 0; }
  a { color: inherit; text-decoration: none; }
  th { background: none; }
  details > summary { list-style: none; }
  details > summary::-webkit-details-marker { display: none; }
  /* A closed <details> hides its content even in print; show it without script. */
  details::details-content { content-visibility: visible; display: block; }
  details.candidate { border: none; break-before: page; }
  details.candidate > summary { background: none; padding: 0 0 6px; border-bottom: 2px solid #000; border-radius: 0; font-size: 14pt; }
  tr, .bars li { break-inside: avoid; }
  .table-wrap { overflow: visible; }
}
`;
