#!/usr/bin/env node
/**
 * Regenerates every binary fixture (PDF, DOCX, bad files) from the text sources in
 * fixtures/src/. Run: `node scripts/make-fixtures.mjs [--out DIR]` (default: fixtures/).
 *
 * Output is deterministic byte for byte:
 * - pdfkit: fixed CreationDate/ModDate (the trailer /ID is an MD5 of the info dict, so it is
 *   fixed too) and `compress: false`, so no bytes depend on the local zlib build;
 * - encrypted.pdf uses RC4-128 (pdfVersion 1.4), whose key derives from the password and the
 *   fixed /ID; AES modes would add random IVs, so they are avoided;
 * - jszip: a fixed `date` on every entry, entries added in a fixed order, DEFLATE via pako
 *   (pure JS, same output everywhere);
 * - the PNG in scanned.pdf and the "random" junk bytes come from a seeded PRNG and stored
 *   (uncompressed) deflate blocks.
 * Text fixtures (.txt, .md, expect.yaml) are written by hand and not touched here.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import PDFDocument from 'pdfkit';
import JSZip from 'jszip';
import { parse as parseYaml } from 'yaml';
import { prng } from './prng.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const SRC = join(ROOT, 'fixtures', 'src');
const FIXED_DATE = new Date(Date.UTC(2025, 0, 15, 12, 0, 0));
const DEJAVU = '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf';

// ── small utilities ─────────────────────────────────────────────────────────

function parseArgs(argv) {
  const i = argv.indexOf('--out');
  if (i >= 0 && !argv[i + 1]) throw new Error('--out needs a directory');
  return { out: resolve(i >= 0 ? argv[i + 1] : join(ROOT, 'fixtures')) };
}

function readSrc(rel) {
  return readFileSync(join(SRC, rel), 'utf8');
}

function readYaml(rel) {
  return parseYaml(readSrc(rel));
}

function seededBytes(seed, length) {
  const rand = prng(seed);
  const buf = Buffer.alloc(length);
  for (let i = 0; i < length; i++) buf[i] = Math.floor(rand() * 256);
  return buf;
}

function xmlEscape(s) {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

// ── PNG (no zlib: stored deflate blocks keep it independent of the zlib build) ──

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function zlibStored(data) {
  const parts = [Buffer.from([0x78, 0x01])];
  for (let off = 0; off < data.length || off === 0; off += 65535) {
    const chunk = data.subarray(off, off + 65535);
    const last = off + 65535 >= data.length ? 1 : 0;
    const hdr = Buffer.alloc(5);
    hdr[0] = last;
    hdr.writeUInt16LE(chunk.length, 1);
    hdr.writeUInt16LE(~chunk.length & 0xffff, 3);
    parts.push(hdr, chunk);
    if (last) break;
  }
  let a = 1;
  let b = 0;
  for (const byte of data) {
    a = (a + byte) % 65521;
    b = (b + a) % 65521;
  }
  const adler = Buffer.alloc(4);
  adler.writeUInt32BE(((b << 16) | a) >>> 0);
  parts.push(adler);
  return Buffer.concat(parts);
}

function pngChunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

/**
 * A 1-bit page image with dark bars where lines of text would be: a "scan" with no text
 * layer. 1-bit keeps the stored (uncompressed) IDAT small.
 */
function makeScanPng(width, height) {
  const rand = prng(7);
  const stride = Math.ceil(width / 8);
  const rows = [];
  for (let y = 0; y < height; y++) {
    const row = Buffer.alloc(stride + 1, 0xff); // white
    row[0] = 0; // filter: none
    const line = Math.floor((y - 40) / 24);
    if (y >= 40 && (y - 40) % 24 < 10 && line < 15) {
      const end = line === 0 ? width * 0.45 : width * (0.6 + (0.3 * ((line * 37) % 10)) / 10);
      for (let x = 50; x < end; x++) if (rand() < 0.75) row[1 + (x >> 3)] &= ~(0x80 >> (x & 7));
    }
    rows.push(row);
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 1; // bit depth
  ihdr[9] = 0; // greyscale
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', ihdr),
    pngChunk('IDAT', zlibStored(Buffer.concat(rows))),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}

// ── PDF ─────────────────────────────────────────────────────────────────────

/** Runs `draw(doc)` on a fresh pdfkit document with fixed metadata; resolves to the bytes. */
function makePdf(title, draw, extra = {}) {
  const doc = new PDFDocument({
    size: 'LETTER',
    margin: 54,
    compress: false,
    info: {
      Title: title,
      Author: 'jobfit fixtures',
      Creator: 'jobfit scripts/make-fixtures.mjs',
      Producer: 'pdfkit',
      CreationDate: FIXED_DATE,
      ModDate: FIXED_DATE,
    },
    ...extra,
  });
  const chunks = [];
  doc.on('data', (c) => chunks.push(c));
  const done = new Promise((res, rej) => {
    doc.on('end', () => res(Buffer.concat(chunks)));
    doc.on('error', rej);
  });
  draw(doc);
  doc.end();
  return done;
}

const isHeading = (line) => /^[A-Z][A-Z &/]+$/.test(line.trim()) && line.trim().length > 2;

/**
 * Draws a resume written in the fixtures/src text convention:
 * line 1 name, line 2 contact, ALL-CAPS lines are section headings, `## Title — Org | Dates`
 * is a position line (dates right-aligned), `- ` is a bullet, anything else a paragraph.
 */
function drawResume(doc, text, { font = 'Helvetica', bold = 'Helvetica-Bold', x = 54, width = 504, features } = {}) {
  const textOpts = features ? { features } : {};
  const lines = text.replace(/\r/g, '').split('\n');
  const [name, contact, ...rest] = lines;
  doc.font(bold).fontSize(18).text(name, x, doc.y, { width, ...textOpts });
  doc.font(font).fontSize(9.5).text(contact, x, doc.y, { width, ...textOpts });
  for (const line of rest) {
    if (line.trim() === '') {
      doc.moveDown(0.4);
    } else if (isHeading(line)) {
      doc.moveDown(0.3);
      doc.font(bold).fontSize(11).text(line.trim(), x, doc.y, { width, ...textOpts });
      doc.moveTo(x, doc.y).lineTo(x + width, doc.y).lineWidth(0.5).stroke();
      doc.moveDown(0.2);
    } else if (line.startsWith('## ')) {
      const [left, dates] = line.slice(3).split(' | ');
      const y = doc.y + 2;
      doc.font(font).fontSize(10).text(dates ?? '', x, y, { width, align: 'right', ...textOpts });
      doc.font(bold).fontSize(10).text(left, x, y, { width: width - 140, ...textOpts });
    } else if (line.startsWith('- ')) {
      doc.font(font).fontSize(10).text(`\u2022  ${line.slice(2)}`, x + 8, doc.y, { width: width - 8, ...textOpts });
    } else {
      doc.font(font).fontSize(10).text(line, x, doc.y, { width, ...textOpts });
    }
  }
}

const resumePdf = (title, text) => makePdf(title, (doc) => drawResume(doc, text));

/** Left sidebar (skills, contact) and right main column starting at the same height. */
function twoColumnPdf(src) {
  return makePdf('Two-column resume', (doc) => {
    doc.rect(0, 0, 200, 792).fill('#eef1f5').fillColor('black');
    const top = 54;
    doc.y = top;
    for (const line of src.sidebar.split('\n')) {
      if (line === '') doc.moveDown(0.5);
      else if (isHeading(line)) doc.font('Helvetica-Bold').fontSize(10.5).text(line, 30, doc.y, { width: 150 });
      else doc.font('Helvetica').fontSize(9.5).text(line, 30, doc.y, { width: 150 });
    }
    doc.y = top;
    drawResume(doc, src.main, { x: 225, width: 335 });
  });
}

function ligaturesPdf(text) {
  return makePdf('Ligatures', (doc) => {
    doc.registerFont('DejaVu', DEJAVU);
    // Automatic ligatures off: only the literal U+FB01/U+FB02 in the source become ligature
    // glyphs, and their ToUnicode entries stay U+FB01/U+FB02 (what real exports often carry).
    drawResume(doc, text, { font: 'DejaVu', bold: 'DejaVu', features: { liga: false, clig: false, calt: false } });
  });
}

/** Every source line is one PDF line, so the hyphen breaks land exactly where written. */
function fixedLinesPdf(title, text) {
  return makePdf(title, (doc) => {
    let y = 54;
    for (const line of text.replace(/\r/g, '').split('\n')) {
      const heading = isHeading(line);
      doc.font(heading ? 'Helvetica-Bold' : 'Helvetica').fontSize(heading ? 11 : 10.5);
      if (line !== '') doc.text(line, 54, y, { lineBreak: false });
      y += line === '' ? 8 : 15;
    }
  });
}

/** A visible resume plus a white 1-pt keyword list in the top and bottom margins. */
function hiddenKeywordsPdf(src) {
  return makePdf('Resume', (doc) => {
    const hide = () => doc.font('Helvetica').fontSize(1).fillColor('#FFFFFF');
    hide().text(src.hidden, 54, 20, { lineBreak: false });
    doc.fillColor('black');
    doc.y = 54;
    drawResume(doc, src.resume);
    hide().text(src.hidden, 54, 770, { lineBreak: false });
    doc.fillColor('black');
  });
}

function scannedPdf() {
  const png = makeScanPng(612, 792); // a letter page at 72 dpi
  return makePdf('Scan', (doc) => doc.image(png, 0, 0, { width: 612 }), { margin: 0 });
}

function letterPdf(text) {
  return makePdf('Cover letter', (doc) => {
    doc.font('Helvetica').fontSize(11);
    for (const para of text.trim().split(/\n\n/)) {
      doc.text(para, { width: 504 });
      doc.moveDown(0.8);
    }
  });
}

// ── DOCX (OOXML written by hand) ────────────────────────────────────────────

const W_NS =
  'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" ' +
  'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" ' +
  'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" ' +
  'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" ' +
  'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" ' +
  'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" ' +
  'xmlns:v="urn:schemas-microsoft-com:vml" ' +
  'mc:Ignorable="wps"';
const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const CT_WML = 'application/vnd.openxmlformats-officedocument.wordprocessingml';

/** One run; opts: bold, size (half-points), color, vanish. */
function run(text, opts = {}) {
  const props = [
    opts.bold ? '<w:b/>' : '',
    opts.color ? `<w:color w:val="${opts.color}"/>` : '',
    opts.size ? `<w:sz w:val="${opts.size}"/><w:szCs w:val="${opts.size}"/>` : '',
    opts.vanish ? '<w:vanish/>' : '',
  ].join('');
  return `<w:r>${props ? `<w:rPr>${props}</w:rPr>` : ''}<w:t xml:space="preserve">${xmlEscape(text)}</w:t></w:r>`;
}

function para(runs, pPr = '') {
  return `<w:p>${pPr ? `<w:pPr>${pPr}</w:pPr>` : ''}${Array.isArray(runs) ? runs.join('') : runs}</w:p>`;
}

const TAB_RIGHT = '<w:tabs><w:tab w:val="right" w:pos="9360"/></w:tabs>';
const BULLET = '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>';
const HEADING_BORDER = '<w:pBdr><w:bottom w:val="single" w:sz="4" w:space="1" w:color="444444"/></w:pBdr><w:spacing w:before="200"/>';

/** Same text convention as drawResume, as Word paragraphs (real numbered bullets, tab-aligned dates). */
function resumeParagraphs(text, { headingText = (h) => h } = {}) {
  const lines = text.replace(/\r/g, '').split('\n');
  const [name, contact, ...rest] = lines;
  const out = [para(run(name, { bold: true, size: 36 })), para(run(contact, { size: 19 }))];
  for (const line of rest) {
    if (line.trim() === '') continue;
    if (isHeading(line)) out.push(para(run(headingText(line.trim()), { bold: true, size: 22 }), HEADING_BORDER));
    else if (line.startsWith('## ')) {
      const [left, dates] = line.slice(3).split(' | ');
      out.push(para([run(left, { bold: true }), '<w:r><w:tab/></w:r>', run(dates ?? '')], TAB_RIGHT));
    } else if (line.startsWith('- ')) out.push(para(run(line.slice(2)), BULLET));
    else out.push(para(run(line)));
  }
  return out;
}

const NUMBERING_XML =
  XML_HEAD +
  `<w:numbering ${W_NS}><w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/>` +
  '<w:numFmt w:val="bullet"/><w:lvlText w:val="\u2022"/><w:lvlJc w:val="left"/>' +
  '<w:pPr><w:ind w:left="360" w:hanging="360"/></w:pPr></w:lvl></w:abstractNum>' +
  '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>';

const STYLES_XML =
  XML_HEAD +
  `<w:styles ${W_NS}><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Calibri" w:hAnsi="Calibri"/>` +
  '<w:sz w:val="21"/></w:rPr></w:rPrDefault></w:docDefaults>' +
  '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style></w:styles>';

/**
 * Zips a WordprocessingML package. `body` is an array of block XML strings; `header` and
 * `footer` likewise; `mainPart` lets a case rename word/document.xml.
 */
async function makeDocx({ body, header, footer, mainPart = 'word/document.xml', title = 'Resume' }) {
  const mainDir = dirname(mainPart);
  const mainName = mainPart.slice(mainDir.length + 1);
  const rels = [
    ['rIdStyles', 'styles', 'styles.xml'],
    ['rIdNumbering', 'numbering', 'numbering.xml'],
  ];
  let sectPr = '<w:pgSz w:w="12240" w:h="15840"/><w:pgMar w:top="1080" w:right="1080" w:bottom="1080" w:left="1080" w:header="540" w:footer="540"/>';
  const overrides = [
    [`/${mainPart}`, `${CT_WML}.document.main+xml`],
    [`/${mainDir}/styles.xml`, `${CT_WML}.styles+xml`],
    [`/${mainDir}/numbering.xml`, `${CT_WML}.numbering+xml`],
    ['/docProps/core.xml', 'application/vnd.openxmlformats-package.core-properties+xml'],
  ];
  const parts = [];
  if (header) {
    rels.push(['rIdHeader1', 'header', 'header1.xml']);
    overrides.push([`/${mainDir}/header1.xml`, `${CT_WML}.header+xml`]);
    parts.push([`${mainDir}/header1.xml`, `${XML_HEAD}<w:hdr ${W_NS}>${header.join('')}</w:hdr>`]);
    sectPr = '<w:headerReference w:type="default" r:id="rIdHeader1"/>' + sectPr;
  }
  if (footer) {
    rels.push(['rIdFooter1', 'footer', 'footer1.xml']);
    overrides.push([`/${mainDir}/footer1.xml`, `${CT_WML}.footer+xml`]);
    parts.push([`${mainDir}/footer1.xml`, `${XML_HEAD}<w:ftr ${W_NS}>${footer.join('')}</w:ftr>`]);
    sectPr = sectPr.replace('<w:pgSz', '<w:footerReference w:type="default" r:id="rIdFooter1"/><w:pgSz');
  }
  const zip = new JSZip();
  const add = (path, content) => zip.file(path, content, { date: FIXED_DATE, createFolders: false });
  add(
    '[Content_Types].xml',
    `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
      '<Default Extension="xml" ContentType="application/xml"/>' +
      overrides.map(([p, t]) => `<Override PartName="${p}" ContentType="${t}"/>`).join('') +
      '</Types>',
  );
  add(
    '_rels/.rels',
    `${XML_HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
      `<Relationship Id="rId1" Type="${REL}/officeDocument" Target="${mainPart}"/>` +
      '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>' +
      '</Relationships>',
  );
  add(
    'docProps/core.xml',
    `${XML_HEAD}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ` +
      'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" ' +
      'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
      `<dc:title>${xmlEscape(title)}</dc:title><dc:creator>jobfit fixtures</dc:creator>` +
      '<dcterms:created xsi:type="dcterms:W3CDTF">2025-01-15T12:00:00Z</dcterms:created>' +
      '<dcterms:modified xsi:type="dcterms:W3CDTF">2025-01-15T12:00:00Z</dcterms:modified>' +
      '</cp:coreProperties>',
  );
  add(mainPart, `${XML_HEAD}<w:document ${W_NS}><w:body>${body.join('')}<w:sectPr>${sectPr}</w:sectPr></w:body></w:document>`);
  add(
    `${mainDir}/_rels/${mainName}.rels`,
    `${XML_HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
      rels.map(([id, type, target]) => `<Relationship Id="${id}" Type="${REL}/${type}" Target="${target}"/>`).join('') +
      '</Relationships>',
  );
  add(`${mainDir}/styles.xml`, STYLES_XML);
  add(`${mainDir}/numbering.xml`, NUMBERING_XML);
  for (const [p, c] of parts) add(p, c);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 6 }, platform: 'DOS' });
}

const resumeDocx = (text, opts = {}) => makeDocx({ body: resumeParagraphs(text, opts) });

function tableXml(rows) {
  const cell = (text, bold) =>
    `<w:tc><w:tcPr><w:tcW w:w="4680" w:type="dxa"/></w:tcPr>${para(run(text, { bold }))}</w:tc>`;
  return (
    '<w:tbl><w:tblPr><w:tblW w:w="9360" w:type="dxa"/><w:tblBorders>' +
    '<w:insideH w:val="single" w:sz="4" w:color="BBBBBB"/></w:tblBorders></w:tblPr>' +
    '<w:tblGrid><w:gridCol w:w="2400"/><w:gridCol w:w="6960"/></w:tblGrid>' +
    rows.map(([k, v]) => `<w:tr>${cell(k, true)}${cell(v, false)}</w:tr>`).join('') +
    '</w:tbl>'
  );
}

/** A floating text box the way Word 2010+ writes it: DrawingML choice plus a VML fallback. */
function textBoxXml(text) {
  const content = `<w:txbxContent>${para(run(text, { bold: true }))}</w:txbxContent>`;
  return para(
    '<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>' +
      '<wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" relativeHeight="2" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">' +
      '<wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="margin"><wp:posOffset>3657600</wp:posOffset></wp:positionH>' +
      '<wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>' +
      '<wp:extent cx="2286000" cy="640080"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapSquare wrapText="bothSides"/>' +
      '<wp:docPr id="1" name="Text Box 1"/><wp:cNvGraphicFramePr/>' +
      '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">' +
      '<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="2286000" cy="640080"/></a:xfrm>' +
      '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom></wps:spPr>' +
      `<wps:txbx>${content}</wps:txbx><wps:bodyPr/></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>` +
      '<mc:Fallback><w:pict><v:shape id="TextBox1" type="#_x0000_t202" style="position:absolute;margin-left:288pt;width:180pt;height:50.4pt">' +
      `<v:textbox>${content}</v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>`,
  );
}

function tableTextboxHeaderDocx(src) {
  const body = [
    para(run(src.title, { bold: true, size: 28 })),
    textBoxXml(src.textbox),
    ...src.body_before.split('\n').filter(Boolean).map((l) => para(run(l))),
    para(run('SKILLS', { bold: true, size: 22 }), HEADING_BORDER),
    tableXml(src.table),
    ...resumeParagraphs(`x\nx\n${src.body_after}`).slice(2),
  ];
  const header = [para(run(src.header_name, { bold: true, size: 32 })), para(run(src.header_contact, { size: 18 }))];
  return makeDocx({ body, header, title: 'Resume' });
}

function hiddenKeywordsDocx(src) {
  const header = [para(run(src.hidden, { color: 'FFFFFF', size: 2 }))];
  const footer = [para([run('Page 1', { size: 16 }), run(` ${src.hidden_vanish}`, { vanish: true })])];
  return makeDocx({ body: resumeParagraphs(src.resume), header, footer });
}

// ── bad files ───────────────────────────────────────────────────────────────

function legacyDoc() {
  const magic = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  const header = Buffer.alloc(504, 0xff);
  header.writeUInt16LE(0x003e, 16); // minor version
  header.writeUInt16LE(0x0003, 18); // major version 3
  header.writeUInt16LE(0xfffe, 20); // little-endian byte order mark
  header.writeUInt16LE(9, 22); // sector shift: 512-byte sectors
  const filler = Buffer.alloc(1536);
  Buffer.from('Quentin Arbogast - Resume - Microsoft Word 97-2003 Document', 'latin1').copy(filler, 512);
  return Buffer.concat([magic, header, filler]);
}

/** Word's "~$name.docx" owner file: a length-prefixed user name, padding, then UTF-16 name. 162 bytes. */
function lockfileDocx() {
  const buf = Buffer.alloc(162, 0x20);
  const user = 'Quentin Arbogast';
  buf[0] = user.length;
  buf.write(user, 1, 'latin1');
  buf.writeUInt16LE(user.length, 54);
  buf.write(user, 56, 'utf16le');
  buf.fill(0, 56 + user.length * 2);
  return buf;
}

function binaryTxt() {
  const text = Buffer.from('Resume export v2\nName: Quentin Arbogast\n', 'latin1');
  return Buffer.concat([text, Buffer.from([0, 0, 0, 1, 0, 0x7f, 0x45, 0x4c, 0x46, 0]), seededBytes(11, 200), text]);
}

/** honest.txt plus one line repeating a skill and one long list of skills never used in a position. */
function stuffedTxt(honest, stuffing) {
  const extra = [
    Array.from({ length: stuffing.times }, () => stuffing.repeat).join(' '),
    `Additional skills: ${stuffing.skills.join(', ')}`,
  ].join('\n');
  const marker = /^SKILLS\n.*\n/m;
  if (!marker.test(honest)) throw new Error('src/trust/honest.txt needs a SKILLS heading followed by one line');
  return Buffer.from(honest.replace(marker, (m) => `${m}${extra}\n`), 'utf8');
}

// ── the fixture list ────────────────────────────────────────────────────────

/** Every generated file, in a fixed order: [path under fixtures/, () => Promise<Buffer>]. */
function fixtureList() {
  const demo = (name) => readSrc(`resumes/${name}.txt`);
  const hiddenKw = readYaml('trust/hidden-keywords.yaml');
  const templates = readYaml('trust/templates.yaml');
  return [
    ['resumes/dana_okafor.pdf', () => resumePdf('Dana Okafor - Resume', demo('dana_okafor'))],
    ['resumes/leona_marchetti.pdf', () => resumePdf('Leona Marchetti - Resume', demo('leona_marchetti'))],
    ['resumes/abigail_nwosu.pdf', () => resumePdf('Abigail Nwosu - Resume', demo('abigail_nwosu'))],
    ['resumes/tomasz_wielgosz.docx', () => resumeDocx(demo('tomasz_wielgosz'))],
    ['resumes/rafael_quintero.docx', () => resumeDocx(demo('rafael_quintero'))],

    ['documents/two-column.pdf', () => twoColumnPdf(readYaml('documents/two-column.yaml'))],
    ['documents/ligatures.pdf', () => ligaturesPdf(readSrc('documents/ligatures.txt'))],
    ['documents/hyphenated.pdf', () => fixedLinesPdf('Hyphenated', readSrc('documents/hyphenated.txt'))],
    ['documents/table-textbox-header.docx', () => tableTextboxHeaderDocx(readYaml('documents/table-textbox-header.yaml'))],
    [
      'documents/main-part-renamed.docx',
      () => makeDocx({ body: resumeParagraphs(readSrc('documents/main-part-renamed.txt')), mainPart: 'word/content.xml' }),
    ],
    [
      'documents/letter-spaced.docx',
      () => resumeDocx(readSrc('documents/letter-spaced.txt'), { headingText: (h) => h.split('').join(' ') }),
    ],

    ['bad/empty.pdf', async () => Buffer.alloc(0)],
    [
      'bad/truncated.pdf',
      async () => {
        const whole = await resumePdf('Truncated', demo('dana_okafor'));
        return whole.subarray(0, Math.floor(whole.length / 2));
      },
    ],
    ['bad/not-a-pdf.pdf', async () => seededBytes(42, 2048)],
    [
      'bad/encrypted.pdf',
      () =>
        makePdf('Encrypted resume', (doc) => drawResume(doc, readSrc('trust/same-person.txt')), {
          userPassword: 'jobfit-secret',
          ownerPassword: 'jobfit-owner',
          pdfVersion: '1.4',
        }),
    ],
    ['bad/scanned.pdf', () => scannedPdf()],
    ['bad/legacy.doc', async () => legacyDoc()],
    ['bad/lockfile.docx', async () => lockfileDocx()],
    ['bad/binary.txt', async () => binaryTxt()],

    ['trust/honest.txt', async () => Buffer.from(readSrc('trust/honest.txt'), 'utf8')],
    ['trust/stuffed.txt', async () => stuffedTxt(readSrc('trust/honest.txt'), readYaml('trust/stuffing.yaml'))],
    ['trust/hidden-keywords.pdf', () => hiddenKeywordsPdf(hiddenKw)],
    ['trust/hidden-keywords.docx', () => hiddenKeywordsDocx(hiddenKw)],
    ['trust/template-unfilled.pdf', () => resumePdf('Resume Template', templates.unfilled)],
    ['trust/template-filled.pdf', () => resumePdf('Resume', templates.filled)],
    ['trust/cover-letter.pdf', () => letterPdf(readSrc('trust/cover-letter.txt'))],
    ['trust/same-person.pdf', () => resumePdf('Resume', readSrc('trust/same-person.txt'))],
    ['trust/same-person.docx', () => resumeDocx(readSrc('trust/same-person.txt'))],
  ];
}

async function main() {
  const { out } = parseArgs(process.argv.slice(2));
  if (!existsSync(DEJAVU)) {
    throw new Error(`documents/ligatures.pdf needs the DejaVu Sans TTF at ${DEJAVU} (Debian/Ubuntu: apt-get install fonts-dejavu-core); nothing written`);
  }
  for (const [rel, make] of fixtureList()) {
    const bytes = await make();
    const dest = join(out, rel);
    mkdirSync(dirname(dest), { recursive: true });
    writeFileSync(dest, bytes);
    process.stderr.write(`${rel} (${bytes.length} bytes)\n`);
  }
}

main().catch((err) => {
  process.stderr.write(`make-fixtures: ${err.message}\n`);
  process.exitCode = 1;
});
