/**
 * The clauses of one posting with their section, tier and skills, read as the CLI reads it:
 * what steps 1 and 2 of job analysis see.   npx tsx scripts/dev-segments.ts FILE
 */
import { readDocument } from '../src/read-document.js';
import { DEFAULT_CONFIG } from '../src/config/index.js';
import { lineTier, splitJobSections } from '../src/job/index.js';
import { devFinder } from './dev-job.js';

const { finder } = devFinder();
const read = await readDocument(process.argv[2]!, DEFAULT_CONFIG);
if (!read.ok) throw new Error(read.error.message);
for (const seg of splitJobSections(read.doc.lines)) {
  const tier = lineTier(seg.text, seg.kind, seg) ?? '-';
  const hits = finder(seg.text).map((h) => h.skill).join(', ');
  console.log(`${seg.line}\t${seg.kind}\t${tier}\t${seg.text.slice(0, 110)}${hits ? `\t[${hits}]` : ''}`);
}
