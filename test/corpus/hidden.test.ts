/**
 * The jasonadsit resume hides a keyword list in white 1-pt header/footer text. Every skill
 * that appears only in that hidden text must stay out of what jobfit reads from the resume.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeDocument, makeContext, readDocument } from '../../src/pipeline.js';
import { DEFAULT_CONFIG } from '../../src/config/index.js';
import { hasShared, sharedDir, skipLine } from '../helpers/cli.js';

if (!hasShared) skipLine('hidden-text corpus test');

describe.skipIf(!hasShared)('hidden keywords in the corpus', () => {
  const ctx = makeContext({ config: { ...DEFAULT_CONFIG, asOf: '2026-11' }, extraSkills: [] });
  it.each(['pdf/jasonadsit_pdfmaker_hidden_keywords.pdf', 'docx/jasonadsit_strict_ooxml_hidden_header_keywords.docx'])(
    '%s: HIDDEN_TEXT, and no hidden-only word becomes a skill',
    async (file) => {
      const read = await readDocument(path.join(sharedDir, 'corpus/resumes', file), ctx.config);
      if (!read.ok) throw new Error(read.error.message);
      const profile = analyzeDocument(read.doc, ctx);
      expect(profile.warnings.map((w) => w.code)).toContain('HIDDEN_TEXT');
      const visible = new Set(read.doc.lines.flatMap((l) => ctx.findSkills(l.text).map((h) => h.skill)));
      const hiddenOnly = [...new Set(read.doc.hidden.flatMap((l) => ctx.findSkills(l.text).map((h) => h.skill)))].filter((s) => !visible.has(s));
      console.log(`${file}: ${hiddenOnly.length} skills only in hidden text: ${hiddenOnly.slice(0, 12).join(', ')}`);
      expect(hiddenOnly.length).toBeGreaterThan(0);
      const read_ = new Set([...profile.skills, ...(profile.concepts ?? [])].map((s) => s.name));
      expect(hiddenOnly.filter((s) => read_.has(s))).toEqual([]);
    },
  );
});
