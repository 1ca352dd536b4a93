import type { Line, ResumeProfile } from '../types.js';
import { type CueScore, scoreCues } from './cues.js';
import type { Finding } from '../messages.js';
import type { CueKind, ShapeAllowance, TrustRules } from './rules.js';

export interface KindScore extends CueScore {
  kind: string;
}

/** How much a document reads as each non-resume kind, and how much resume shape it shows. */
export interface DocumentShape {
  kinds: KindScore[];
  positions: number;
  education: number;
  /** Distinct resume sections opened by a heading (experience, education, skills, projects). */
  sections: number;
}

export function measureShape(lines: readonly Line[], profile: ResumeProfile, sections: number, rules: TrustRules['notAResume']): DocumentShape {
  return {
    kinds: rules.kinds.map((kind) => ({ kind: kind.kind, ...scoreCues(lines, kind.cues) })),
    positions: profile.experience.positions.length,
    education: profile.education.length,
    sections,
  };
}

function withinAllowance(shape: DocumentShape, allowance: ShapeAllowance): boolean {
  return (Object.keys(allowance) as (keyof ShapeAllowance)[]).every((key) => shape[key] <= (allowance[key] ?? Infinity));
}

/** NOT_A_RESUME for the first kind whose cues reach its threshold on a document with little resume shape. */
export function shapeFindings(shape: DocumentShape, rules: TrustRules['notAResume']): Finding[] {
  const byKind = new Map<string, CueKind>(rules.kinds.map((k) => [k.kind, k]));
  for (const scored of shape.kinds) {
    const kind = byKind.get(scored.kind);
    if (kind && scored.score >= kind.threshold && withinAllowance(shape, kind.shape)) {
      return [{ code: 'NOT_A_RESUME', looksLike: kind.kind, cues: scored.cues }];
    }
  }
  return [];
}
