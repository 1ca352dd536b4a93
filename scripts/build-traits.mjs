#!/usr/bin/env node
/**
 * Builds data/trait-skills.json: the soft skills of data/taxonomy.json that O*NET counts among its
 * Work Styles, "personal characteristics that can affect how well someone performs a job"
 * (Initiative, Dependability, Adaptability/Flexibility, Innovation, Attention to Detail, ...),
 * not among its Skills (Active Listening, Time Management, Negotiation, ...). A soft skill is such a
 * characteristic when its name or one of its aliases is written in the Work Styles' names or
 * descriptions (content model elements 1.C: "Dependability ... being reliable, responsible, and
 * dependable" makes Work Ethic, whose alias is "dependable", one).
 *
 * A resume that names the characteristic ("Adaptability", "strong work ethic") claims it; one that
 * describes the candidate with its adjective ("adaptable", "hard-working", "self-motivated") says
 * what the candidate is like (src/resume/traits.ts).
 *
 * Usage: node scripts/build-traits.mjs   (after scripts/build-taxonomy.mjs)
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const contentModel = path.resolve(root, '../shared/corpus/taxonomy/onet_29_3_Content_Model_Reference.txt');
const outPath = path.join(root, 'data', 'trait-skills.json');

const rows = fs.readFileSync(contentModel, 'utf8').split('\n').map((l) => l.split('\t'));
const workStyles = rows
  .filter((r) => /^1\.C(?:\.|$)/.test(r[0] ?? ''))
  .map((r) => `${r[1]} ${r[2]}`)
  .join(' ')
  .toLowerCase();
const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const written = (form) => new RegExp(`(?<![\\w-])${escape(form.toLowerCase())}(?![\\w-])`).test(workStyles);

const taxonomy = JSON.parse(fs.readFileSync(path.join(root, 'data', 'taxonomy.json'), 'utf8'));
const skills = taxonomy.skills.filter((s) => s.category === 'soft' && [s.name, ...s.aliases].some(written)).map((s) => s.name).sort();

const out = { source: 'O*NET 29.3 Content Model Reference, Work Styles (1.C), CC BY 4.0; built by scripts/build-traits.mjs', skills };
fs.writeFileSync(outPath, `${JSON.stringify(out, null, 1)}\n`);
console.log(`trait-skills: ${skills.length} soft skills that O*NET counts as work styles: ${skills.join(', ')}`);
