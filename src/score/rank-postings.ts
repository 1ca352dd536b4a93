/**
 * `jobfit match`: one resume's report against each posting, and the postings ranked for it.
 * Ordered by the posting's own score: scripts/dev-match-rank.ts measured orders built to compare
 * across postings (each tier at its configured share, unasked tiers earning nothing) and none
 * beat it on the occupations gold read per resume (MRR 0.667 against 0.657, 331 resumes).
 */
import type { CandidateReport, JobProfile, PostingResult } from '../types.js';

/** The posting's side of a candidate report: its title instead of the candidate's name and warnings. */
export function postingResult(job: JobProfile, c: CandidateReport): PostingResult {
  const result: PostingResult = { source: job.source, title: job.title, rank: 0, score: c.score, summary: c.summary, requirements: c.requirements };
  if (c.breakdown) result.breakdown = c.breakdown;
  if (c.suggestions?.length) result.suggestions = c.suggestions;
  if (c.advice?.length) result.advice = c.advice;
  return result;
}

/** Step 6 for postings: best first, ties by source so the order never depends on the file system. */
export function rankPostings(postings: PostingResult[]): PostingResult[] {
  const ranked = [...postings].sort((a, b) => b.score - a.score || (a.source < b.source ? -1 : a.source > b.source ? 1 : 0));
  ranked.forEach((p, i) => (p.rank = i + 1));
  return ranked;
}
