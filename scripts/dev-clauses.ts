/**
 * Requirements per posting of ../shared/corpus/jobs read as the CLI reads them, and the clause
 * requirements of each (those standing for a clause the taxonomy did not read).
 *   npx tsx scripts/dev-clauses.ts [FILTER]
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { readDocument } from '../src/read-document.js';
import { DEFAULT_CONFIG } from '../src/config/index.js';
import { analyzeJob } from '../src/job/index.js';
import { devFinder } from './dev-job.js';

const dir = path.resolve(import.meta.dirname, '../../shared/corpus/jobs');
const { finder } = devFinder();
for (const file of readdirSync(dir).filter((f) => f.includes(process.argv[2] ?? '')).sort()) {
  const read = await readDocument(path.join(dir, file), DEFAULT_CONFIG);
  if (!read.ok) continue;
  const profile = analyzeJob(read.doc, finder);
  const clauses = profile.requirements.filter((r) => r.clause);
  console.log(`${file}\t${profile.requirements.length}\t${clauses.length}`);
  if (process.argv[2]) for (const r of clauses) console.log(`   ${r.tier.padEnd(9)} ${r.anyOf[0]!.padEnd(34)} ← ${r.clause!.slice(0, 90)}`);
}
