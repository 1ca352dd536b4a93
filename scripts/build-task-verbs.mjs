#!/usr/bin/env node
/**
 * Writes data/task-verbs.json: the verbs that open O*NET task statements ("Respond to customer
 * inquiries…", "Record information in the CRM…"), lower-case, each opening at least MIN_STATEMENTS
 * of them. A posting's description whose sentences open with them, two or more close together, is
 * a list of duties under no heading, or under one not known (src/job/collect-asks.ts).
 *
 *   npm run task-verbs
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const source = path.resolve(repoRoot, '../shared/corpus/taxonomy/onet_29_3_Task_Statements.txt');
const outPath = path.join(repoRoot, 'data', 'task-verbs.json');
/** Fewer statements and the list takes words that open a task only by accident. */
const MIN_STATEMENTS = 20;

const [header, ...rows] = readFileSync(source, 'utf8').split('\n');
const column = header.split('\t').indexOf('Task');
const counts = new Map();
for (const row of rows) {
  const task = row.split('\t')[column];
  const first = /^([A-Za-z]+)\b/.exec(task ?? '')?.[1]?.toLowerCase();
  if (first) counts.set(first, (counts.get(first) ?? 0) + 1);
}
const verbs = [...counts].filter(([, n]) => n >= MIN_STATEMENTS).map(([v]) => v).sort();
writeFileSync(outPath, `${JSON.stringify({ source: path.basename(source), minStatements: MIN_STATEMENTS, verbs })}\n`);
console.error(`wrote ${verbs.length} verbs to ${outPath}`);
