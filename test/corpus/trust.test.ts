/**
 * Corpus check of the trust rules on ../shared/corpus/resumes/{pdf,docx,other}: which files
 * must and must not get PLACEHOLDER, NOT_A_RESUME, LANGUAGE and KEYWORD_STUFFING, and which
 * twins must and must not be grouped as duplicates. Prints the per-file figures and warnings.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { type CorpusEntry, RESUME_DIRS, corpusFiles, figuresRow, readCorpus, shared, skillFinder } from '../../scripts/dev-trust.js';
import { findDuplicates } from '../../src/trust/index.js';

const present = existsSync(path.join(shared, 'corpus/resumes'));
if (!present) console.log(`skipping trust corpus test: ${shared}/corpus/resumes not found`);

const PLACEHOLDER = ['pdf/altacv_sample.pdf', 'pdf/moderncv_banking_red.pdf', 'pdf/moderncv_classic_green.pdf'];
const COVER_LETTER = 'other/awesomecv_coverletter.pdf';
/** Resumes not in English: two Chinese, three Spanish (Christian Larico's). */
const FOREIGN = ['other/moderncv_template_zh.pdf', 'other/billryan_resume_zh_CN.pdf', 'pdf/resumematcher_CV_1.pdf', 'pdf/resumematcher_CV_ChristianLarico.pdf', 'pdf/resumematcher_Larico_Depaz_Christian.pdf'];
const TWINS: string[][] = [
  ['pdf/soupboss_01-Accountant.pdf', 'docx/soupboss_01-Accountant.docx'],
  ['pdf/ankit2540_Amrita_CV_legal.pdf', 'docx/ankit2540_Amrita_CV_legal.docx'],
  ['pdf/5tigerjelly_googledocs_skia_m77.pdf', 'docx/5tigerjelly_nonword_writer_download.docx'],
  ['pdf/deedy_resume_macfonts.pdf', 'pdf/deedy_resume_openfont.pdf'],
  ['pdf/rendercv_Classic.pdf', 'pdf/rendercv_Ember.pdf', 'pdf/rendercv_Engineeringresumes.pdf'],
  ['pdf/resumematcher_CV_ChristianLarico.pdf', 'pdf/resumematcher_Larico_Depaz_Christian.pdf'],
];

describe.skipIf(!present)('trust rules on the resume corpus', () => {
  let entries: CorpusEntry[] = [];
  const codesOf = (file: string) => entries.find((e) => e.file === file)?.codes ?? [];
  const with_ = (code: string) => entries.filter((e) => e.codes.includes(code)).map((e) => e.file);

  beforeAll(async () => {
    const { find, via } = skillFinder();
    entries = await readCorpus(corpusFiles(RESUME_DIRS), find);
    console.log(`trust figures (skills from ${via}): words | skills-section share, shown words | listed-only/skills | worst line | top mentions/median | placeholder score | letter/posting cues, positions, degrees, resume headings | language | warnings`);
    console.log(entries.map(figuresRow).join('\n'));
  }, 240_000);

  it('reads most of the corpus', () => {
    expect(entries.length).toBeGreaterThan(90);
  });

  it('flags the unfilled templates as PLACEHOLDER and nothing else but the lorem-ipsum cover letter', () => {
    for (const file of PLACEHOLDER) expect(codesOf(file), file).toContain('PLACEHOLDER');
    expect(with_('PLACEHOLDER').filter((f) => f !== COVER_LETTER)).toEqual(PLACEHOLDER);
  });

  it('flags the cover letter, and only it, as NOT_A_RESUME', () => {
    expect(with_('NOT_A_RESUME')).toEqual([COVER_LETTER]);
  });

  it('does not flag a real resume named John Doe', () => {
    expect(codesOf('pdf/resumematcher_john_doe.pdf')).toEqual([]);
    expect(codesOf('other/anjanyelless_resume1_emoji.txt')).toEqual([]);
  });

  it('gives LANGUAGE to the Chinese template and to no English resume', () => {
    expect(codesOf('other/moderncv_template_zh.pdf')).toContain('LANGUAGE');
    const billryan = entries.find((e) => e.file === 'other/billryan_resume_zh_CN.pdf');
    const hasHan = billryan?.doc.lines.some((l) => /\p{Script=Han}/u.test(l.text));
    if (hasHan) expect(billryan?.codes).toContain('LANGUAGE');
    else console.log('billryan_resume_zh_CN.pdf: extraction kept no Chinese characters, so its language cannot be told');
    expect(with_('LANGUAGE').filter((f) => !FOREIGN.includes(f))).toEqual([]);
  });

  it('gives KEYWORD_STUFFING to no ordinary resume', () => {
    expect(with_('KEYWORD_STUFFING')).toEqual([]);
  });

  it('groups the twins and keeps different people on one template apart', () => {
    const groups = findDuplicates(entries.map((e) => ({ source: e.file, fingerprint: e.fingerprint })));
    console.log(groups.map((g) => `duplicates: keep ${g.keep}: ${g.duplicates.join(', ')}`).join('\n'));
    const groupOf = (file: string) => groups.find((g) => g.keep === file || g.duplicates.includes(file));
    for (const twins of TWINS) {
      const group = groupOf(twins[0]!);
      for (const file of twins) expect(group && [group.keep, ...group.duplicates], `${twins.join(' ~ ')}`).toContain(file);
    }
    const accountant2 = groupOf('docx/soupboss_02-Accountant.docx');
    expect(accountant2 ? [accountant2.keep, ...accountant2.duplicates] : []).not.toContain('docx/soupboss_01-Accountant.docx');
    for (const g of groups) expect([g.keep, ...g.duplicates].filter((f) => f.includes('livecareer_')).length, g.keep).toBeLessThan(2);
    expect(Math.max(...entries.map((e) => e.fingerprint.sketch.length))).toBeLessThanOrEqual(300);
  });
});

describe.skipIf(!present)('trust rules on the job postings', () => {
  it('reads at least half of the postings as NOT_A_RESUME (a posting is not a resume)', async () => {
    const { find } = skillFinder();
    const jobs = await readCorpus(corpusFiles([path.join(shared, 'corpus/jobs')]), find);
    const flagged = jobs.filter((e) => e.codes.includes('NOT_A_RESUME')).length;
    console.log(`postings read as NOT_A_RESUME: ${flagged} of ${jobs.length}`);
    expect(flagged / jobs.length).toBeGreaterThanOrEqual(0.5);
  }, 120_000);
});
