import { describe, expect, it } from 'vitest';
import { analyzeJob } from '../../src/job/index.js';
import { splitClauses } from '../../src/job/split-clauses.js';
import { splitJobSections } from '../../src/job/split-job-sections.js';
import { type TinySkill, tinyFinder, postingDoc } from '../helpers/tiny-finder.js';
import { lines } from '../helpers/lines.js';

// Readings of postings nobody tuned on (issue 18, jobs-T): where a flattened posting's items and
// headings meet, each class of miss on text written here, with the case that must not change.

const SKILLS: TinySkill[] = [
  ['Kafka', 'tool', ['Kafka']], ['Python', 'language', ['Python']], ['Wireframing', 'design', ['wireframes']],
  ['Mobile Development', 'practice', ['mobile apps']], ['Emotional Intelligence', 'soft', ['compassion']],
  ['UX Design', 'design', ['user experience']], ['Customer Experience', 'sales_marketing', ['customer experience']],
];
const find = tinyFinder(SKILLS);
const clauses = (text: string): string[] => splitClauses(text).map((c) => c.text);
const tiers = (...text: string[]) => analyzeJob(postingDoc('Designer', ...text), find).requirements.map((r) => `${r.tier}:${r.anyOf[0]}`);

describe('a duty item glued to the one before by a space', () => {
  it('cuts before a capitalised verb of the work after a lower-case word', () => {
    expect(clauses('Install and migrate existing databases Serve as an escalation point for outages')).toEqual([
      'Install and migrate existing databases', 'Serve as an escalation point for outages',
    ]);
    expect(clauses('Patch servers, including backups and upgrades Consult, advise, and review new designs')).toEqual([
      'Patch servers, including backups and upgrades', 'Consult, advise, and review new designs',
    ]);
  });

  it('leaves a capitalised word a sentence leads to, or one before a name, in its clause', () => {
    for (const text of ['Experience with Design reviews and audits', 'Ask the Build team for access', 'Maintain the release Build Manager settings']) {
      expect(clauses(text), text).toEqual([text]);
    }
  });
});

describe('a noun that opens qualifications, ending a capitalised name', () => {
  it('keeps "User Experience" and "the Customer Experience team" whole', () => {
    expect(clauses('User Experience, Wireframes, Information Architecture')).toEqual(['User Experience, Wireframes, Information Architecture']);
    expect(clauses('You join the Customer Experience team for sellers')).toEqual(['You join the Customer Experience team for sellers']);
    expect(tiers('Required: User Experience, wireframes')).toContain('required:UX Design');
  });

  it('still opens a clause with its complement after a name, or before the next name', () => {
    expect(clauses('Fluent in Python Experience with Kafka')).toEqual(['Fluent in Python', 'Experience with Kafka']);
    expect(clauses('strong communication Knowledge of Kafka')).toEqual(['strong communication', 'Knowledge of Kafka']);
  });
});

describe('a preferred heading cut off as a clause of its own', () => {
  it('heads the items after it: "Big pluses;- Have …"', () => {
    const segs = splitJobSections(lines('Designer', 'What You Need: - Strong wireframes skills. Big pluses;- Have experience designing mobile apps'));
    expect(segs.at(-1)).toMatchObject({ kind: 'preferred', text: 'Have experience designing mobile apps' });
    expect(tiers('What You Need: - Strong wireframes skills. Big pluses;- Have experience designing mobile apps')).toEqual([
      'required:Wireframing', 'preferred:Mobile Development',
    ]);
  });

  it('leaves an aside that closes the item before to that item', () => {
    const segs = splitJobSections(lines('Engineer', 'Requirements: - Kafka; a plus - Python experience'));
    expect(segs.at(-1)).toMatchObject({ kind: 'required', text: 'Python experience' });
  });
});

describe('the next sentence of run-on text opening on a contraction', () => {
  it("cuts before \"If you're\" after a lower-case word", () => {
    expect(clauses("Compassion for the elderly If you're a current associate, refer a friend")).toEqual([
      'Compassion for the elderly', "If you're a current associate, refer a friend",
    ]);
    expect(tiers('Requirements: - Housekeeping experience - Compassion for the elderly If you’re a current associate, refer a friend')).toContain(
      'required:Emotional Intelligence',
    );
  });

  it('leaves "if you\'re" in lower case inside its sentence', () => {
    expect(clauses("Tell us if you're free on weekends")).toEqual(["Tell us if you're free on weekends"]);
  });
});

describe('a capitalised word the finder does not know, right before a name it read', () => {
  const reqs = (...text: string[]) => analyzeJob(postingDoc('Designer', ...text), find).requirements.map((r) => r.anyOf);

  it('qualifies that name: "Mobile UX" is no skill "Mobile"', () => {
    const read = reqs('Required Skills: Wireframes, Mobile User Experience, Kafka');
    expect(read.flat()).not.toContain('Mobile');
    expect(read).toContainEqual(['UX Design', 'mobile user experience']);
  });

  it('leaves a name listed beside it, after a comma, a name of its own', () => {
    expect(reqs('Required Skills: Wireframes, Snowplow, Kafka').flat()).toContain('Snowplow');
  });
});
