import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const ROOT = join(import.meta.dirname, '..', '..');
const FIXTURES = join(ROOT, 'fixtures');
const NOT_FIXTURES = new Set(['README.md', 'expect.yaml']);

interface Expectation {
  kind: 'job' | 'resume' | 'bad';
  error?: string;
  fit?: Record<string, number>;
}

function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => relative(dir, join(d.parentPath, d.name)).split(sep).join('/'))
    .sort();
}

const sha256 = (path: string): string => createHash('sha256').update(readFileSync(path)).digest('hex');
const bytes = (rel: string): Buffer => readFileSync(join(FIXTURES, rel));

const expectations = (): Record<string, Expectation> =>
  (parse(readFileSync(join(FIXTURES, 'expect.yaml'), 'utf8')) as { files: Record<string, Expectation> }).files;

describe('generated fixtures', () => {
  let out: string;
  let generated: string[];

  beforeAll(() => {
    out = mkdtempSync(join(tmpdir(), 'jobfit-fixtures-'));
    execFileSync(process.execPath, [join(ROOT, 'scripts', 'make-fixtures.mjs'), '--out', out], { stdio: 'pipe' });
    generated = listFiles(out);
  });

  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it('generates every binary fixture the tests rely on', () => {
    for (const rel of ['resumes/dana_okafor.pdf', 'documents/two-column.pdf', 'bad/encrypted.pdf', 'trust/stuffed.txt']) {
      expect(generated).toContain(rel);
    }
  });

  // Every file, encrypted.pdf included: RC4-128 derives its key from the password and the
  // trailer /ID, which is an MD5 of the fixed info dictionary, so its bytes are fixed too.
  it('matches the committed files byte for byte', () => {
    const mismatched = generated.filter((rel) => sha256(join(out, rel)) !== sha256(join(FIXTURES, rel)));
    expect(mismatched).toEqual([]);
  });
});

describe('expect.yaml', () => {
  const files = expectations();
  const onDisk = listFiles(FIXTURES).filter((rel) => !rel.startsWith('src/') && !NOT_FIXTURES.has(rel));

  it('names every fixture file, and only files that exist', () => {
    expect(Object.keys(files).sort()).toEqual(onDisk);
  });

  it('gives every bad file an error code and no other file one', () => {
    for (const [rel, e] of Object.entries(files)) {
      expect(e.kind === 'bad', rel).toBe(e.error !== undefined);
    }
  });

  it('spreads the demo set over formats, with a fit tier for both postings', () => {
    const demo = Object.entries(files).filter(([rel]) => rel.startsWith('resumes/'));
    expect(demo.length).toBeGreaterThanOrEqual(7);
    const count = (ext: string): number => demo.filter(([rel]) => rel.endsWith(ext)).length;
    expect(count('.pdf')).toBeGreaterThanOrEqual(2);
    expect(count('.docx')).toBeGreaterThanOrEqual(2);
    expect(count('.txt')).toBeGreaterThanOrEqual(1);
    for (const [rel, e] of demo) {
      expect(Object.keys(e.fit ?? {}), rel).toEqual(expect.arrayContaining(['senior_backend_engineer.txt', 'registered_nurse.txt']));
    }
    const backendTiers = new Set(demo.map(([, e]) => e.fit?.['senior_backend_engineer.txt']));
    expect([...backendTiers].sort()).toEqual([0, 1, 2, 3]);
  });
});

describe('bad files are bad in the intended way', () => {
  it('empty.pdf is 0 bytes', () => {
    expect(statSync(join(FIXTURES, 'bad/empty.pdf')).size).toBe(0);
  });

  it('truncated.pdf starts as a PDF but has no end-of-file marker', () => {
    const b = bytes('bad/truncated.pdf');
    expect(b.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(b.includes('%%EOF')).toBe(false);
  });

  it('not-a-pdf.pdf does not start with the PDF magic', () => {
    expect(bytes('bad/not-a-pdf.pdf').subarray(0, 5).toString('latin1')).not.toBe('%PDF-');
  });

  it('encrypted.pdf carries an /Encrypt dictionary', () => {
    expect(bytes('bad/encrypted.pdf').includes('/Encrypt')).toBe(true);
  });

  it('scanned.pdf holds an image and no text-showing operator', () => {
    const b = bytes('bad/scanned.pdf');
    expect(b.includes('/Subtype /Image')).toBe(true);
    expect(b.includes(' Tj') || b.includes(' TJ')).toBe(false);
  });

  it('legacy.doc starts with the OLE2 magic', () => {
    expect(bytes('bad/legacy.doc').subarray(0, 8).toString('hex')).toBe('d0cf11e0a1b11ae1');
  });

  it('lockfile.docx is 162 bytes and not a zip', () => {
    const b = bytes('bad/lockfile.docx');
    expect(b.length).toBe(162);
    expect(b.subarray(0, 2).toString('latin1')).not.toBe('PK');
  });

  it('binary.txt contains NUL bytes', () => {
    expect(bytes('bad/binary.txt').includes(0)).toBe(true);
  });
});

describe('trust cases carry what they claim', () => {
  it('stuffed.txt is honest.txt plus Python x20 and a 120-skill list', () => {
    const honest = bytes('trust/honest.txt').toString('utf8');
    const stuffed = bytes('trust/stuffed.txt').toString('utf8');
    expect(stuffed.match(/\bPython\b/g)?.length).toBe((honest.match(/\bPython\b/g)?.length ?? 0) + 20);
    const listed = /^Additional skills: (.*)$/m.exec(stuffed)?.[1]?.split(', ') ?? [];
    expect(listed).toHaveLength(120);
    expect(stuffed.split('\n').filter((l) => !/^(Python ){19}Python$|^Additional skills/.test(l)).join('\n')).toBe(honest);
  });

  it('hidden-keywords.docx hides its keywords as a white 1-pt header run and a vanished footer run', async () => {
    const zip = await JSZip.loadAsync(bytes('trust/hidden-keywords.docx'));
    const header = (await zip.file('word/header1.xml')?.async('string')) ?? '';
    const footer = (await zip.file('word/footer1.xml')?.async('string')) ?? '';
    expect(header).toMatch(/<w:color w:val="FFFFFF"\/><w:sz w:val="2"\/>.*Kubernetes Kafka Go Terraform/);
    expect(footer).toMatch(/<w:vanish\/>.*Kubernetes/);
  });
});

describe('DOCX extraction cases are built as described', () => {
  it('main-part-renamed.docx reaches its body only through _rels/.rels', async () => {
    const zip = await JSZip.loadAsync(bytes('documents/main-part-renamed.docx'));
    expect(zip.file('word/document.xml')).toBeNull();
    expect(await zip.file('_rels/.rels')?.async('string')).toContain('Target="word/content.xml"');
    expect(await zip.file('word/content.xml')?.async('string')).toContain('Bertrand Oyelaran');
  });

  it('table-textbox-header.docx keeps the name in the header, skills in a table, a phrase in a text box', async () => {
    const zip = await JSZip.loadAsync(bytes('documents/table-textbox-header.docx'));
    const body = (await zip.file('word/document.xml')?.async('string')) ?? '';
    expect(await zip.file('word/header1.xml')?.async('string')).toContain('odile.fairweather@postmail.example');
    expect(body).not.toContain('Odile');
    expect(body).toMatch(/<w:tbl>.*Languages.*Python, Go.*<\/w:tbl>/);
    expect(body).toMatch(/<w:txbxContent>.*Open to relocation/);
  });
});
