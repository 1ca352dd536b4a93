/**
 * The whole PDF and DOCX corpus in one run against the seed posting: no crash, one schema-valid
 * JSON document with a candidate per readable file and a coded error for the rest, nothing but
 * JSON on stdout, and software engineers ranked above the nurse, the chef and the accountants.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ScoreReport } from '../../src/types.js';
import { hasShared, jobfit, sharedDir, skipLine } from '../helpers/cli.js';
import { schemaErrors } from '../helpers/schema.js';

if (!hasShared) skipLine('whole-corpus batch test');

describe.skipIf(!hasShared)('jobfit score over every corpus PDF and DOCX', () => {
  it('reports every file and ranks engineers above non-technical resumes', () => {
    const resumes = path.join(sharedDir, 'corpus/resumes');
    const r = jobfit(['score', path.join(sharedDir, 'corpus/jobs/seed_senior_backend_engineer.txt'), path.join(resumes, 'pdf'), path.join(resumes, 'docx'), '--format', 'json']);
    expect([0, 3]).toContain(r.status);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    const report = JSON.parse(r.stdout) as ScoreReport;
    expect(schemaErrors('score', report)).toEqual([]);
    const files = ['pdf', 'docx'].flatMap((d) => readdirSync(path.join(resumes, d)));
    expect(report.candidates.length + report.errors.length).toBe(files.length);

    const score = (name: string) => report.candidates.find((c) => c.source.endsWith(name))!.score;
    const engineers = ['resumematcher_template_single-column.pdf', 'resumematcher_template_two-column.pdf', 'sb2nov_sourabh_bajaj_resume.pdf', 'vanetik_cv26_pdf2docx_cid_glyph_artifacts_python.docx', 'pyresparser_OmkarResume.pdf'];
    const others = ['livecareer_nurse_registered_14062078.pdf', 'livecareer_sous_chef_10001727.pdf', 'livecareer_accountant_staff_10674770.pdf', 'soupboss_01-Accountant.docx', 'soupboss_02-Accountant.docx'];
    const table = report.candidates.slice(0, 10).map((c) => `  ${c.rank}. ${path.basename(c.source)} ${c.score}`);
    console.log(`top 10 for the seed posting:\n${table.join('\n')}`);
    for (const e of engineers) for (const o of others) expect(score(e), `${e} above ${o}`).toBeGreaterThan(score(o));
  });
});
