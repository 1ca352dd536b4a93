import type { Document, Evidence, Position, ResumeProfile, ResumeSection, ResumeSkill, SkillFinder, YearMonth } from '../types.js';
import { analyzeStructure } from './structure/index.js';

const MAX_EVIDENCE = 5;

/**
 * Step 1: sections, positions, dates and education from the lines (structure/).
 * Step 2: skills per line, each mention with its section, page and line as evidence.
 * Step 3: per skill, months = the merged months of the positions that mention it, and the
 *         last month it was used.
 */
export function analyzeResume(doc: Document, findSkills: SkillFinder, asOf: YearMonth): ResumeProfile {
  const structure = analyzeStructure(doc.lines, asOf);
  const skills = new Map<string, ResumeSkill & { hedges: number; positions: Set<Position> }>();

  doc.lines.forEach((line, index) => {
    const section: ResumeSection = structure.sections[index] ?? 'other';
    for (const hit of findSkills(line.text)) {
      if (hit.hedge === 'negated') continue;
      const key = hit.skill.toLowerCase();
      let entry = skills.get(key);
      if (!entry) {
        entry = { name: hit.skill, mentions: 0, months: null, lastUsed: null, evidence: [], sections: [], hedges: 0, positions: new Set() };
        skills.set(key, entry);
      }
      entry.mentions++;
      if (hit.hedge === 'hedged') entry.hedges++;
      if (!entry.sections!.includes(section)) entry.sections!.push(section);
      const evidence: Evidence = { section, page: line.page, line: line.n, text: line.text };
      if (entry.evidence.length < MAX_EVIDENCE && !entry.evidence.some((e) => e.line === line.n)) entry.evidence.push(evidence);
      for (const p of structure.positions) {
        if (p.lines && p.kind !== 'education' && line.n >= p.lines[0] && line.n <= p.lines[1]) entry.positions.add(p);
      }
    }
  });

  const resumeSkills: ResumeSkill[] = [...skills.values()].map(({ hedges, positions, ...skill }) => {
    const used = [...positions];
    const out: ResumeSkill = { ...skill, months: used.length ? mergedMonths(used, asOf) : null, lastUsed: used.length ? lastMonth(used, asOf) : null };
    if (hedges === skill.mentions) out.hedged = true;
    return out;
  });
  resumeSkills.sort((a, b) => b.mentions - a.mentions || a.name.localeCompare(b.name));

  return {
    schemaVersion: 1,
    source: doc.source,
    format: doc.format,
    name: structure.name,
    skills: resumeSkills,
    experience: { totalMonths: structure.totalMonths, positions: structure.positions.filter((p) => p.kind !== 'education'), internshipMonths: structure.internshipMonths },
    education: structure.education,
    warnings: [...doc.warnings],
  };
}

const toIndex = (ym: YearMonth) => Number(ym.slice(0, 4)) * 12 + Number(ym.slice(5, 7)) - 1;

/** Whole months covered by the positions, a month counted once however many positions hold it. */
function mergedMonths(positions: Position[], asOf: YearMonth): number {
  const months = new Set<number>();
  for (const p of positions) {
    const end = toIndex(p.end === 'present' ? asOf : p.end);
    for (let m = toIndex(p.start); m <= end; m++) months.add(m);
  }
  return months.size;
}

function lastMonth(positions: Position[], asOf: YearMonth): YearMonth {
  return positions.map((p) => (p.end === 'present' ? asOf : p.end)).sort().at(-1)!;
}
