#!/usr/bin/env node
/**
 * Writes data/pdf-tables.json: the standard PDF encodings, the Adobe glyph list and the
 * base-14 font widths, which the fast PDF text reader needs to turn char codes into Unicode
 * and widths. pdf.js (Apache-2.0) already carries these tables, so they are extracted from the
 * installed bundle at build time rather than typed by hand.
 * Run after upgrading pdfjs-dist: `npm run pdf-tables`.
 */
import { readFileSync, writeFileSync } from 'node:fs';

const root = new URL('../', import.meta.url);
const workerFile = new URL('node_modules/pdfjs-dist/legacy/build/pdf.worker.mjs', root);
const outFile = new URL('data/pdf-tables.json', root);
const version = JSON.parse(readFileSync(new URL('node_modules/pdfjs-dist/package.json', root), 'utf8')).version;
const lines = readFileSync(workerFile, 'utf8').split('\n');

function fail(message) {
  console.error(`build-pdf-tables: ${message}`);
  process.exit(1);
}
// Same contract as pdf.js's getLookupTableFactory: a function that builds the table once, on first call.
function getLookupTableFactory(init) {
  let table = null;
  return () => {
    if (table === null) {
      table = Object.create(null);
      init(table);
    }
    return table;
  };
}

// Evaluates `const <name> = getLookupTableFactory(function (t) { ... });` and returns its table.
function loadFactory(name) {
  const start = lines.findIndex((line) => line.startsWith(`const ${name} = getLookupTableFactory(function (t) {`));
  if (start < 0) fail(`${name} not found in ${workerFile.pathname}`);
  const end = lines.findIndex((line, i) => i > start && /^\}\);/.test(line));
  if (end < 0) fail(`no closing "});" for ${name}`);
  const source = `${lines.slice(start, end + 1).join('\n')}\nreturn ${name}();`;
  return new Function('getLookupTableFactory', source)(getLookupTableFactory);
}

const encodings = {};
for (const name of ['StandardEncoding', 'WinAnsiEncoding', 'MacRomanEncoding', 'MacExpertEncoding',
  'SymbolSetEncoding', 'ZapfDingbatsEncoding', 'ExpertEncoding']) {
  const line = lines.find((l) => l.startsWith(`const ${name} = [`));
  if (!line) fail(`${name} not found`);
  encodings[name] = new Function(`return ${line.slice(`const ${name} = `.length)}`)();
  if (encodings[name].length !== 256) fail(`${name} has ${encodings[name].length} entries, expected 256`);
}

// Glyph values are code points; a value made of several code points (array) is stored as a string.
let multiCodePoint = 0;
function unicodeTable(table) {
  const out = {};
  for (const [glyph, value] of Object.entries(table)) {
    if (typeof value === 'number') out[glyph] = value;
    else if (Array.isArray(value)) { out[glyph] = String.fromCodePoint(...value); multiCodePoint++; }
    else fail(`glyph ${glyph} has unexpected value ${JSON.stringify(value)}`);
  }
  return out;
}
const glyphs = unicodeTable(loadFactory('getGlyphsUnicode'));
const dingbats = unicodeTable(loadFactory('getDingbatsGlyphsUnicode'));
const widths = {};
for (const [font, value] of Object.entries(loadFactory('getMetrics'))) {
  widths[font] = typeof value === 'function' ? { ...value() } : value;
}
const stdFontMap = { ...loadFactory('getStdFontMap') };
const size = (table) => Object.keys(table).length;
if (size(glyphs) <= 4000) fail(`glyphs has only ${size(glyphs)} entries`);
if (glyphs.A !== 65 || glyphs.fi !== 0xfb01 || glyphs.quoteright !== 0x2019) fail('glyphs A/fi/quoteright are wrong');
for (const font of ['Courier', 'Courier-Bold', 'Courier-BoldOblique', 'Courier-Oblique', 'Helvetica', 'Helvetica-Bold',
  'Helvetica-BoldOblique', 'Helvetica-Oblique', 'Times-Roman', 'Times-Bold', 'Times-BoldItalic', 'Times-Italic',
  'Symbol', 'ZapfDingbats']) {
  if (!(font in widths)) fail(`widths has no ${font}`);
}
if (widths.Helvetica.space !== 278 || widths['Times-Roman'].a !== 444) fail('Helvetica space / Times-Roman a widths are wrong');
if (stdFontMap.Arial !== 'Helvetica' || stdFontMap.TimesNewRoman !== 'Times-Roman') fail('stdFontMap Arial/TimesNewRoman are wrong');

const source = `pdfjs-dist ${version}, Apache-2.0: src/core/encodings.js, glyphlist.js, metrics.js, standard_fonts.js`;
const json = `${JSON.stringify({ source, encodings, glyphs, dingbats, widths, stdFontMap })}\n`;
writeFileSync(outFile, json);
console.error(`wrote ${outFile.pathname}: ${size(encodings)} encodings x 256, ${size(glyphs)} glyphs, ${size(dingbats)} dingbats, `
  + `${size(widths)} width tables, ${size(stdFontMap)} std font names, ${multiCodePoint} multi-code-point glyphs, ${Buffer.byteLength(json)} bytes`);
