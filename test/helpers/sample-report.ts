/**
 * A finished ScoreReport written out by hand, for renderer tests that must not depend on the
 * rest of the pipeline. Numbers follow the scoring formula (tier shares 70/20/10) so the
 * explain arithmetic reads true. Candidate 3 is hostile: markup in the name, a formula in the
 * file name and in evidence, pipes, backticks and a leading "#"/"-" in resume text.
 */
import type { CandidateReport, JobProfile, Requirement, RequirementResult, ScoreReport } from '../../src/types.js';

const req = (id: string, tier: Requirement['tier'], anyOf: string[], weight: number, line: number, text: string, years: number | null = null): Requirement => ({
  id, tier, kind: 'skill', anyOf, weight, years, source: { line, text },
});

export const sampleJob: JobProfile = {
  schemaVersion: 1,
  source: 'jobs/senior_backend_engineer.txt',
  title: 'Senior Backend Engineer',
  minYears: 5,
  education: { level: 'bachelor', fields: ['Computer Science'], orEquivalent: true, source: { line: 18, text: "Bachelor's in Computer Science or equivalent experience" } },
  requirements: [
    req('R1', 'required', ['Python', 'Go'], 3, 12, 'Strong proficiency in Python or Go'),
    req('R2', 'required', ['PostgreSQL'], 2, 13, 'Production experience with PostgreSQL'),
    req('R3', 'required', ['Kubernetes'], 2, 14, '3+ years running services on Kubernetes', 3),
    req('R4', 'required', ['AWS', 'GCP', 'Azure'], 2, 15, 'Hands-on with AWS, GCP, or Azure'),
    req('R5', 'preferred', ['Kafka'], 1, 21, 'Kafka is a plus'),
    req('R6', 'preferred', ['Terraform'], 1, 22, 'Infrastructure as code (Terraform)'),
    req('R7', 'preferred', ['GraphQL'], 1, 23, 'GraphQL APIs'),
  ],
};

const byId = (id: string) => sampleJob.requirements.find((r) => r.id === id)!;

/** A result for a posting requirement; evidence lines are `[line, text]`. */
function result(id: string, status: RequirementResult['status'], credit: number, matched: string | null, evidence: [number, string][] = [], why?: string): RequirementResult {
  const r = byId(id);
  return {
    id, tier: r.tier, kind: 'skill', anyOf: r.anyOf, weight: r.weight, status, credit, matched,
    evidence: evidence.map(([line, text]) => ({ section: 'experience', page: line > 40 ? 2 : 1, line, text })),
    ...(why ? { why } : {}),
    source: r.source,
  };
}

const years = (status: RequirementResult['status'], credit: number, matched: string | null, why?: string): RequirementResult => ({
  id: 'Y', tier: 'general', kind: 'years', anyOf: ['5+ years of experience'], weight: 2, status, credit, matched, evidence: [], ...(why ? { why } : {}),
});

const education = (status: RequirementResult['status'], credit: number, matched: string | null, why?: string): RequirementResult => ({
  id: 'E', tier: 'general', kind: 'education', anyOf: ['bachelor (Computer Science)'], weight: 1, status, credit, matched, evidence: [],
  ...(why ? { why } : {}), source: sampleJob.education!.source!,
});

const strong: CandidateReport = {
  source: 'resumes/jane_doe.pdf',
  name: 'Jane Doe',
  rank: 1,
  score: 93.3,
  summary: { requiredMet: 4, requiredTotal: 4, preferredMet: 2, preferredTotal: 3, years: 8.2, minYears: 5 },
  requirements: [
    result('R1', 'met', 1, 'Go', [[14, 'Built payment services in Go handling 3k requests/s'], [22, 'Python tooling for data migrations']]),
    result('R2', 'met', 1, 'PostgreSQL', [[15, 'Tuned PostgreSQL queries & indexes (p99 < 40 ms)']]),
    result('R3', 'met', 1, 'Kubernetes', [[16, 'Ran 40 services on Kubernetes (EKS) for 4 years']]),
    result('R4', 'met', 1, 'AWS', [[16, 'Ran 40 services on Kubernetes (EKS) for 4 years']]),
    result('R7', 'missing', 0, null),
    result('R5', 'met', 1, 'Kafka', [[18, 'Event pipeline on Kafka']]),
    result('R6', 'met', 1, 'Terraform', [[19, 'Terraform modules for every environment']]),
    years('met', 1, '8.2 years'),
    education('met', 1, 'master'),
  ],
  warnings: [],
  breakdown: {
    tiers: [
      { tier: 'required', earned: 9, possible: 9, share: 70, points: 70 },
      { tier: 'preferred', earned: 2, possible: 3, share: 20, points: 13.33 },
      { tier: 'general', earned: 3, possible: 3, share: 10, points: 10 },
    ],
    penalties: [],
  },
  suggestions: [],
};

const partial: CandidateReport = {
  source: 'resumes/sam_lee.docx',
  name: 'Sam Lee',
  rank: 2,
  score: 56.9,
  summary: { requiredMet: 1, requiredTotal: 4, preferredMet: 1, preferredTotal: 3, years: 3.5, minYears: 5 },
  requirements: [
    result('R3', 'missing', 0, null),
    result('R1', 'partial', 0.5, 'Python', [[9, 'Familiar with Python scripting']], 'mentioned with a hedge ("familiar with", "learning")'),
    result('R4', 'partial', 0.75, 'EKS', [[11, 'Deployed APIs to EKS clusters']], 'implied by EKS'),
    result('R2', 'met', 1, 'PostgreSQL', [[12, 'Designed PostgreSQL schemas for billing']]),
    result('R5', 'missing', 0, null),
    result('R6', 'partial', 0.5, 'Pulumi', [[13, 'Pulumi stacks for staging']], 'related skill Pulumi'),
    result('R7', 'met', 1, 'GraphQL', [[10, 'GraphQL gateway in Node.js']]),
    years('partial', 0.7, '3.5 years', '3.5 of 5 years'),
    education('met', 1, 'master'),
  ],
  warnings: [],
  breakdown: {
    tiers: [
      { tier: 'required', earned: 5, possible: 9, share: 70, points: 38.89 },
      { tier: 'preferred', earned: 1.5, possible: 3, share: 20, points: 10 },
      { tier: 'general', earned: 2.4, possible: 3, share: 10, points: 8 },
    ],
    penalties: [],
  },
  suggestions: [
    'Required but not found: Kubernetes. If you have it, name it in a position where you used it (posting line 14).',
    'AWS is asked for; you show EKS. Name AWS explicitly if you have used it.',
    'The posting asks for 5+ years; the dated positions add up to 3.5.',
  ],
};

export const HOSTILE_NAME = '<script>alert(1)</script>';
export const HOSTILE_SOURCE = '=1+2 "mallory",cv.docx';
export const HOSTILE_EVIDENCE = '- Built `rm -rf` pipelines | =HYPERLINK("http://x") in Go';

const hostile: CandidateReport = {
  source: HOSTILE_SOURCE,
  name: HOSTILE_NAME,
  rank: 3,
  score: 19.8,
  summary: { requiredMet: 0, requiredTotal: 4, preferredMet: 0, preferredTotal: 3, years: null, minYears: 5 },
  requirements: [
    result('R2', 'missing', 0, null),
    result('R3', 'missing', 0, null),
    result('R4', 'missing', 0, null),
    { ...result('R1', 'partial', 0.85, 'Go', [[7, HOSTILE_EVIDENCE]], 'listed as a skill but not shown in any position or project'), evidence: [{ section: 'skills', page: 1, line: 7, text: HOSTILE_EVIDENCE }] },
    result('R5', 'missing', 0, null),
    result('R6', 'missing', 0, null),
    result('R7', 'missing', 0, null),
    years('missing', 0, null, 'no dated positions found'),
    education('missing', 0, null, 'no degree found'),
  ],
  warnings: [
    { code: 'HIDDEN_TEXT', message: '2 lines a reader cannot see (white text): "# Kubernetes AWS <b>PostgreSQL</b>"' },
    { code: 'KEYWORD_STUFFING', message: 'Go named 40 times in 12 lines' },
  ],
  breakdown: {
    tiers: [
      { tier: 'required', earned: 2.55, possible: 9, share: 70, points: 19.83 },
      { tier: 'preferred', earned: 0, possible: 3, share: 20, points: 0 },
      { tier: 'general', earned: 0, possible: 3, share: 10, points: 0 },
    ],
    penalties: [],
  },
  suggestions: [
    'Required but not found: PostgreSQL. If you have it, name it in a position where you used it (posting line 13).',
    'Go is only listed; show it in a position or project with what you built.',
  ],
  knockedOut: true,
};

export const sampleReport: ScoreReport = {
  schemaVersion: 1,
  job: sampleJob,
  candidates: [strong, partial, hostile],
  errors: [{ source: 'resumes/scanned.pdf', code: 'NO_TEXT', message: 'no text layer (scanned?); try --ocr' }],
};

/** The sample with only its first candidate: a self-check rather than a batch. */
export const singleCandidateReport: ScoreReport = { ...sampleReport, candidates: [strong], errors: [] };
