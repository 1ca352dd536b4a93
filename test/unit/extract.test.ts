import { describe, expect, it } from 'vitest';
import JSZip from 'jszip';
import { extractBuffer, ExtractError, type ExtractOptions } from '../../src/extract/index.js';
import { declaredUncompressedSize } from '../../src/extract/office/read-zip.js';
import { readRtf } from '../../src/extract/office/read-rtf.js';
import { stripMarkdown } from '../../src/extract/office/read-text.js';

const options: ExtractOptions = { maxBytes: 1_000_000, timeoutMs: 5000 };
const bytes = (s: string): Uint8Array => new TextEncoder().encode(s);

async function codeOf(p: Promise<unknown>): Promise<string> {
  try {
    await p;
    return 'ok';
  } catch (err) {
    return err instanceof ExtractError ? err.code : `not an ExtractError: ${String(err)}`;
  }
}

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
async function docx(body: string, extra: Record<string, string> = {}, ns = W): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file('_rels/.rels', `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="r1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="doc/main.xml"/></Relationships>`);
  zip.file('doc/main.xml', `<w:document xmlns:w="${ns}"><w:body>${body}</w:body></w:document>`);
  for (const [k, v] of Object.entries(extra)) zip.file(k, v);
  return zip.generateAsync({ type: 'uint8array' });
}
const p = (text: string, rPr = ''): string => `<w:p><w:r>${rPr}<w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;

describe('extractBuffer', () => {
  it('reads UTF-8 text, stripping the BOM and CRLF', async () => {
    const doc = await extractBuffer(bytes('\uFEFFJane Doe\r\nEngineer'), 'cv.txt', options);
    expect(doc.lines.map((l) => l.text)).toEqual(['Jane Doe', 'Engineer']);
    expect(doc.format).toBe('txt');
  });
  it.each([
    { what: 'zero bytes', input: new Uint8Array(0), name: 'a.pdf', code: 'EMPTY' },
    { what: 'a truncated PDF', input: bytes('%PDF-1.4 truncated'), name: 'a.pdf', code: 'UNREADABLE' },
    { what: 'a .pdf that is not a PDF', input: bytes('not a pdf'), name: 'a.pdf', code: 'UNREADABLE' },
    { what: 'an OLE2 .doc', input: new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), name: 'a.doc', code: 'UNSUPPORTED' },
    { what: 'binary with NUL bytes', input: new Uint8Array([0x41, 0, 0x42, 0]), name: 'a.txt', code: 'UNSUPPORTED' },
    { what: 'bytes over the cap', input: new Uint8Array(2_000_000), name: 'a.txt', code: 'TOO_LARGE' },
  ])('refuses $what with $code', async ({ input, name, code }) => {
    expect(await codeOf(extractBuffer(input, name, options))).toBe(code);
  });
  it('strips light Markdown', () => {
    expect(stripMarkdown('## Skills\n**Go** and [Rust](http://x) <!-- note -->').split('\n')).toEqual(['Skills', 'Go and Rust ']);
  });
});

describe('DOCX', () => {
  it('finds the main part through the relationships and reads paragraphs and tables in order', async () => {
    const table = '<w:tbl><w:tr><w:tc><w:p><w:r><w:t>SKILLS</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>Python, Go</w:t></w:r></w:p></w:tc></w:tr></w:tbl>';
    const doc = await extractBuffer(await docx(p('Jane Doe') + table), 'cv.docx', options);
    expect(doc.lines.map((l) => l.text)).toEqual(['Jane Doe', 'SKILLS', 'Python, Go']);
  });
  it('reads ISO strict namespaces', async () => {
    const doc = await extractBuffer(await docx(p('Strict text'), {}, 'http://purl.oclc.org/ooxml/wordprocessingml/main'), 'cv.docx', options);
    expect(doc.lines.map((l) => l.text)).toEqual(['Strict text']);
  });
  it('sets vanished, white and tiny runs apart with HIDDEN_TEXT', async () => {
    const body = p('Visible') + p('gone', '<w:rPr><w:vanish/></w:rPr>') + p('white', '<w:rPr><w:color w:val="FFFFFF"/></w:rPr>') + p('tiny', '<w:rPr><w:sz w:val="2"/></w:rPr>');
    const doc = await extractBuffer(await docx(body), 'cv.docx', options);
    expect(doc.lines.map((l) => l.text)).toEqual(['Visible']);
    expect(doc.hidden.map((l) => l.text)).toEqual(['gone', 'white', 'tiny']);
    expect(doc.warnings.map((w) => w.code)).toContain('HIDDEN_TEXT');
  });
  it('reads white body text as visible when a coloured panel is drawn behind the text (a sidebar), and only then', async () => {
    const white = p('EDUCATION', '<w:rPr><w:color w:val="FFFFFF"/></w:rPr>');
    const vml = (fill: string, z: string) => `<w:p><w:r><w:pict><v:group xmlns:v="urn:schemas-microsoft-com:vml" style="position:absolute;width:230pt;height:842pt;z-index:${z}"><v:rect style="width:4593;height:16845" fillcolor="${fill}" stroked="f"/></v:group></w:pict></w:r></w:p>`;
    const read = async (body: string) => (await extractBuffer(await docx(p('Jane Doe') + body), 'cv.docx', options)).lines.map((l) => l.text).slice(1);
    expect(await read(vml('#376d8b', '-15802880') + white)).toEqual(['EDUCATION']);
    const anchor = (behind: string, fill: string) => `<w:p><w:r><w:drawing><wp:anchor xmlns:wp="wp" xmlns:a="a" xmlns:wps="wps" behindDoc="${behind}"><wps:wsp><wps:spPr><a:solidFill><a:srgbClr val="${fill}"/></a:solidFill></wps:spPr></wps:wsp></wp:anchor></w:drawing></w:r></w:p>`;
    expect(await read(anchor('1', '1F3864') + white)).toEqual(['EDUCATION']);
    // A panel in front of the text, a white panel, or none: white text stays hidden.
    expect(await read(vml('#376d8b', '5') + white)).toEqual([]);
    expect(await read(vml('white', '-5') + white)).toEqual([]);
    expect(await read(anchor('0', '1F3864') + white)).toEqual([]);
    expect(await read(anchor('1', 'FFFFFF') + white)).toEqual([]);
  });
  it('reads floating text boxes by their place on the page, a group\'s heading before its panel', async () => {
    const NS = 'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:wps="wps" xmlns:wpg="wpg"';
    const place = (x: number | string, y: number) =>
      `<wp:positionH relativeFrom="column">${typeof x === 'number' ? `<wp:posOffset>${x}</wp:posOffset>` : `<wp:align>${x}</wp:align>`}</wp:positionH><wp:positionV relativeFrom="paragraph"><wp:posOffset>${y}</wp:posOffset></wp:positionV>`;
    const shape = (t: string, xfrm = '') => `<wps:wsp><wps:spPr>${xfrm}</wps:spPr><wps:txbx><w:txbxContent>${p(t)}</w:txbxContent></wps:txbx></wps:wsp>`;
    const anchor = (x: number | string, y: number, w: number, h: number, inner: string) =>
      `<w:r><w:drawing><wp:anchor ${NS} behindDoc="0">${place(x, y)}<wp:extent cx="${w}" cy="${h}"/><a:graphic><a:graphicData>${inner}</a:graphicData></a:graphic></wp:anchor></w:drawing></w:r>`;
    const off = (x: number, y: number, w: number, h: number) => `<a:xfrm><a:off x="${x}" y="${y}"/><a:ext cx="${w}" cy="${h}"/></a:xfrm>`;
    const group = `<wpg:wgp>${shape('Led the support team.', off(0, 0, 6000000, 3000000))}${shape('EXPERIENCE', off(200000, 130000, 5000000, 400000))}</wpg:wgp>`;
    const body = `<w:p>${anchor(0, 4000000, 6000000, 3000000, group)}${anchor(0, 3000000, 3000000, 300000, shape('Summary of me.'))}${anchor(0, 0, 6000000, 800000, shape('Jane Doe'))}</w:p>`;
    const read = async (b: string) => (await extractBuffer(await docx(b), 'cv.docx', options)).lines.map((l) => l.text);
    expect(await read(body)).toEqual(['Jane Doe', 'Summary of me.', 'EXPERIENCE', 'Led the support team.']);
    // A drawing placed by alignment has no offset to compare: the file's order stands.
    const aligned = `<w:p>${anchor('center', 3000000, 3000000, 300000, shape('Summary of me.'))}${anchor(0, 0, 6000000, 800000, shape('Jane Doe'))}</w:p>`;
    expect(await read(aligned)).toEqual(['Summary of me.', 'Jane Doe']);
  });
  it('takes one branch of mc:AlternateContent', async () => {
    const box = (t: string): string => `<w:drawing><w:txbxContent>${p(t)}</w:txbxContent></w:drawing>`;
    const alt = `<w:p><w:r><mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><mc:Choice>${box('Boxed')}</mc:Choice><mc:Fallback>${box('Boxed')}</mc:Fallback></mc:AlternateContent></w:r></w:p>`;
    const doc = await extractBuffer(await docx(alt), 'cv.docx', options);
    expect(doc.lines.map((l) => l.text)).toEqual(['Boxed']);
  });
  it('reads the declared uncompressed size before inflating', async () => {
    const zip = new JSZip();
    zip.file('a.txt', 'x'.repeat(10_000));
    expect(declaredUncompressedSize(await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }))?.total).toBe(10_000);
  });
  it('refuses a package that inflates absurdly', async () => {
    const zip = new JSZip();
    zip.file('word/document.xml', ' '.repeat(2_000_000));
    const small: ExtractOptions = { maxBytes: 30_000, timeoutMs: 5000 };
    expect(await codeOf(extractBuffer(await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }), 'x.docx', small))).toBe('TOO_LARGE');
  });
});

describe('RTF', () => {
  it('reads paragraphs, escapes and unicode, skipping tables of fonts', () => {
    const rtf = String.raw`{\rtf1\ansi{\fonttbl{\f0 Helvetica;}}\f0 Caf\'e9 \u8211? ok\par Second\line line}`;
    expect(readRtf(bytes(rtf)).lines.map((l) => l.text)).toEqual(['Café – ok', 'Second', 'line']);
  });
  it('puts hidden (\\v) text apart', () => {
    const r = readRtf(bytes(String.raw`{\rtf1 shown {\v secret}\par}`));
    expect(r.lines.map((l) => l.text)).toEqual(['shown ']);
    expect(r.hidden.map((l) => l.text)).toEqual(['secret']);
  });
});
