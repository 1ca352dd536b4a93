/**
 * jobfit as a library. The pipeline, in the order data flows:
 *   Step 1 extract    file → positioned lines          (extractDocument)
 *   Step 2 normalize  lines → clean numbered lines      (normalizeDocument)
 *   Step 3 analyze    posting → requirements           (analyzeJob)
 *                     resume → skills, positions, years (analyzeResume)
 *   Step 4 match      taxonomy forms in text           (createSkillFinder)
 *   Step 5 score      requirements × resume → 0..100   (scoreCandidate, rankCandidates)
 *   Step 6 render     report → table | json | jsonl    (renderScore, renderJob, renderResume)
 */
export { extractDocument, extractBuffer, ExtractError } from './extract/index.js';
export { normalizeDocument } from './normalize/index.js';
export { analyzeJob } from './job/index.js';
export { analyzeResume } from './resume/index.js';
export { createSkillFinder } from './match/index.js';
export { loadTaxonomy, buildTaxonomy } from './taxonomy/index.js';
export { scoreCandidate, rankCandidates } from './score/index.js';
export { renderScore, renderJob, renderResume } from './render/index.js';
export { DEFAULT_CONFIG, resolveConfig } from './config/index.js';
export type * from './types.js';
