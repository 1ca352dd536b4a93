#!/usr/bin/env node
/**
 * Lists curated aliases that may name a skill of their own (issue 18: "the resume's wording"):
 * an alias of several words that ESCO holds as a label of another concept than the entry's
 * name ("palliative care" under Hospice Care, "molecular biology" under Biology). Such an alias
 * reports the resume's skill under a broader or other name; split it off (its own entry, `=>` or
 * `~` the old one) when it is a skill of its own, keep it when it is a spelling ("cyber security").
 * A review aid, not a build step: it prints candidates and changes nothing.
 *
 * Usage: node scripts/dev-alias-mismatches.mjs
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import YAML from 'yaml';
import { parseCsv } from './csv.mjs';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const escoFile = path.resolve(repoRoot, '../shared/corpus/taxonomy/esco_v1.1.1_skills_en.csv');

/** ESCO label (lower case) → the concepts that carry it. */
function escoConcepts() {
  const byLabel = new Map();
  for (const row of parseCsv(fs.readFileSync(escoFile, 'utf8'))) {
    for (const label of [row.preferredLabel, ...row.altLabels.split('\n')].map((l) => l.trim().toLowerCase()).filter(Boolean)) {
      if (!byLabel.has(label)) byLabel.set(label, new Set());
      byLabel.get(label).add(row.conceptUri);
    }
  }
  return byLabel;
}

const concepts = escoConcepts();
const doc = YAML.parse(fs.readFileSync(path.join(repoRoot, 'data', 'curated-skills.yaml'), 'utf8'));
let count = 0;
for (const [category, entries] of Object.entries(doc.skills)) {
  for (const entry of entries) {
    const [name, ...parts] = String(entry).split(' | ').map((p) => p.trim());
    const own = concepts.get(name.toLowerCase()) ?? new Set();
    const aliases = parts.filter((p) => !/^[=~!*]/.test(p)).flatMap((p) => p.split(',').map((a) => a.trim()).filter(Boolean));
    for (const alias of aliases) {
      const other = concepts.get(alias.toLowerCase());
      if (!alias.includes(' ') || !other || [...other].some((c) => own.has(c))) continue;
      console.log(`${category}\t${name}\t${alias}`);
      count++;
    }
  }
}
console.error(`dev-alias-mismatches: ${count} curated aliases ESCO names as another concept`);
