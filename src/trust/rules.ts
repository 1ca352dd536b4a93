import { builtin, once } from '../builtin/index.js';

export interface StuffingRules {
  skillsBlockShare: number;
  skillsBlockMinWords: number;
  skillsBlockMaxShownWords: number;
  listedOnlyMin: number;
  listedOnlyShare: number;
  listedOnlyMinShownWords: number;
  repeatInLine: number;
  repeatLineShare: number;
  repeatMentionsMin: number;
  repeatOverTypical: number;
  repeatDensity: number;
  proseMinWords: number;
  proseWords: string[];
}

interface PatternRuleData {
  id: string;
  pattern: string;
  weight: number;
  cap?: number;
  /** Match each cell of a laid-out line on its own, rather than the whole line. */
  cells?: boolean;
}

export interface PatternRule extends Omit<PatternRuleData, 'pattern'> {
  pattern: RegExp;
}

/** The most resume shape a non-resume kind may show: dated positions, degrees, resume section headings. */
export interface ShapeAllowance {
  positions?: number;
  education?: number;
  sections?: number;
}

export interface CueKind {
  kind: string;
  threshold: number;
  shape: ShapeAllowance;
  cues: PatternRule[];
}

export interface LanguageRules {
  minChars: number;
  minLineLetters: number;
  minLetterShare: number;
  listSeparators: number;
  /** Placeholder cues that mean the text is filler, whose language says nothing. */
  skipWhenCues: string[];
}

export interface DuplicateRules {
  shingle: number;
  sketchSize: number;
  threshold: number;
}

export interface TrustRules {
  stuffing: StuffingRules;
  placeholder: { threshold: number; rules: PatternRule[] };
  notAResume: { kinds: CueKind[] };
  language: LanguageRules;
  duplicates: DuplicateRules;
}

interface TrustRulesData {
  stuffing: StuffingRules;
  placeholder: { threshold: number; rules: PatternRuleData[] };
  notAResume: { kinds: (Omit<CueKind, 'cues'> & { cues: PatternRuleData[] })[] };
  language: LanguageRules;
  duplicates: DuplicateRules;
}

const compile = (rule: PatternRuleData): PatternRule => ({ ...rule, pattern: new RegExp(rule.pattern, 'iu') });

/** Turns the rules as written into compiled rules (pure; exported for tests with their own data). */
export function compileTrustRules(data: TrustRulesData): TrustRules {
  return {
    stuffing: data.stuffing,
    placeholder: { threshold: data.placeholder.threshold, rules: data.placeholder.rules.map(compile) },
    notAResume: { kinds: data.notAResume.kinds.map((k) => ({ ...k, cues: k.cues.map(compile) })) },
    language: data.language,
    duplicates: data.duplicates,
  };
}

/** The built-in trust rules, compiled once per process on first use. */
export const trustRules: () => TrustRules = once(() => compileTrustRules(builtin.trustRules<TrustRulesData>()));
