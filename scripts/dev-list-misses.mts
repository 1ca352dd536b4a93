/**
 * Which missed gold skills stand as items of a skills list: per gold resume, each miss whose
 * name (or a member of its group) is written inside a skills-section line or a list line, with
 * the item it stands in. Tells what a list reader could gain, and from which words.
 *
 * Usage: npx tsx scripts/dev-list-misses.mts GOLD_DIR...
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import YAML from 'yaml';
import { escape, nameHits, norm } from '../test/helpers/gold.js';
import { makeContext, readDocument } from '../src/pipeline.js';
import { DEFAULT_CONFIG } from '../src/config/index.js';
import { looksLikeList } from '../src/match/index.js';
import { analyzeResume } from '../src/resume/index.js';
import { analyzeStructure } from '../src/resume/structure/index.js';
import { listItems } from '../src/resume/list-items.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const corpusDir = path.resolve(repoRoot, '../shared/corpus/resumes');
const asOf = '2026-11';
const ctx = makeContext({ config: { ...DEFAULT_CONFIG, asOf }, extraSkills: [] });


for (const dir of process.argv.slice(2)) {
  for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.gold.yaml')).sort()) {
    const gold = YAML.parse(fs.readFileSync(path.join(dir, file), 'utf8')) as { file: string; skills?: unknown[][] };
    const read = await readDocument(path.join(corpusDir, gold.file), ctx.config);
    if (!read.ok) continue;
    const skills = analyzeResume(read.doc, ctx.findSkills, asOf).skills.map((s) => s.name);
    const sections = analyzeStructure(read.doc.lines, asOf).sections;
    console.log(`== ${gold.file}`);
    for (const group of gold.skills ?? []) {
      if (skills.some((s) => nameHits(s, group))) continue;
      const where: string[] = [];
      read.doc.lines.forEach((line, i) => {
        const section = sections[i] ?? 'other';
        const list = looksLikeList(line.text);
        if (section !== 'skills' && !list) return;
        for (const item of listItems(line.text)) if (group.some((m) => new RegExp(`(?<![\\w])${escape(norm(m))}(?![\\w])`, 'u').test(norm(item.text)))) where.push(`${section}${list ? '+list' : ''}: «${item.text}»`);
      });
      if (where.length) console.log(`  ${String(group[0])} <= ${[...new Set(where)].slice(0, 3).join(' | ')}`);
    }
  }
}
