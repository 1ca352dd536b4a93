/**
 * Dev tool for extraction. `npx tsx scripts/dev-text.ts FILE` prints the normalized text
 * (hidden lines and warnings on stderr); with no argument it measures the share of gold
 * phrases kept intact over ../shared/gold/resumes, beside pdftotext as the peer.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { defaultSettings } from '../src/config/settings.js';
import { readDocument } from '../src/pipeline.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const shared = path.resolve(repoRoot, '../shared');
const config = { ...defaultSettings().config, limits: { ...defaultSettings().config.limits, maxBytes: 20 * 1024 * 1024, timeoutMs: 30_000 } };

/** As gold_eval.py folds: NFKC, lower case, whitespace runs to one space. */
export function fold(s: string): string {
  return s.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ');
}

export async function documentText(file: string): Promise<string> {
  const read = await readDocument(file, config);
  if (!read.ok) throw new Error(`${read.error.code}: ${read.error.message}`);
  return read.doc.lines.map((l) => l.text).join('\n');
}

function peerText(file: string): string {
  if (!file.endsWith('.pdf')) return '';
  try {
    return execFileSync('pdftotext', [file, '-'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  } catch {
    return '';
  }
}

async function main(): Promise<void> {
  const file = process.argv[2];
  if (file !== undefined) {
    const read = await readDocument(file, config);
    if (!read.ok) {
      process.stderr.write(`${read.error.code}: ${read.error.message}\n`);
      return;
    }
    const doc = read.doc;
    process.stdout.write(doc.lines.map((l) => `${String(l.page)}:${String(l.n).padStart(3)}  ${l.text}`).join('\n') + '\n');
    for (const l of doc.hidden) process.stderr.write(`hidden p${l.page}: ${l.text}\n`);
    for (const w of doc.warnings) process.stderr.write(`${w.code}: ${w.message}\n`);
    return;
  }
  const goldDir = path.join(shared, 'gold/resumes');
  let hit = 0;
  let peer = 0;
  let total = 0;
  for (const g of readdirSync(goldDir).filter((f) => f.endsWith('.gold.yaml')).sort()) {
    const gold = parse(readFileSync(path.join(goldDir, g), 'utf8')) as { file: string; phrases?: string[] };
    const resume = path.join(shared, 'corpus/resumes', gold.file);
    const phrases = gold.phrases ?? [];
    const t0 = Date.now();
    const text = fold(await documentText(resume).catch((e: unknown) => `ERROR ${String(e)}`));
    const ms = Date.now() - t0;
    const ptext = fold(peerText(resume));
    const miss = phrases.filter((p) => !text.includes(fold(p).trim()));
    const pmiss = phrases.filter((p) => !ptext.includes(fold(p).trim()));
    hit += phrases.length - miss.length;
    peer += phrases.length - pmiss.length;
    total += phrases.length;
    console.log(`${gold.file.padEnd(58)} ${phrases.length - miss.length}/${phrases.length} (peer ${phrases.length - pmiss.length}) ${ms}ms${miss.length > 0 ? ` miss ${JSON.stringify(miss.slice(0, 3))}` : ''}`);
  }
  console.log(`text: ${hit}/${total} phrases intact = ${(hit / total).toFixed(3)} (pdftotext peer ${(peer / total).toFixed(3)})`);
}

await main();
