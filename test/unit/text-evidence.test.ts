import { describe, expect, it } from 'vitest';
import { contentWords, documentFrequency, findSoftSkillEvidence, findTextEvidence, idf, isFixedTerm, loadBackground, loadSoftSkillCues, makeBackground, sameWord } from '../../src/match/text-evidence.js';
import { lines } from '../helpers/lines.js';

const background = loadBackground();
const cues = loadSoftSkillCues();

describe('data/background.json', () => {
  it('counts documents per stem: common words are frequent, rare ones rare, every count within N', () => {
    expect(background.n).toBeGreaterThan(3_000);
    expect(documentFrequency(background, 'manag')!).toBeGreaterThan(documentFrequency(background, 'ventil')!);
    expect(documentFrequency(background, 'zzqxv')).toBeUndefined();
    const stems = background.rows.map((r) => r.split(' ')[0]!);
    expect(stems).toEqual([...stems].sort());
    for (const r of background.rows) {
      expect(r).toMatch(/^\S+ \d+$/);
      expect(Number(r.split(' ')[1])).toBeLessThanOrEqual(background.n);
    }
    for (const s of ['manag', 'ventil', stems[0]!, stems.at(-1)!]) expect(documentFrequency(background, s)).toBeGreaterThan(0);
    expect(idf(background, 'ventil')).toBeGreaterThan(idf(background, 'manag'));
    expect(idf(background, 'zzqxv')).toBeGreaterThan(idf(background, 'ventil'));
  });
});

describe('contentWords', () => {
  it('drops stop words and the form words of a requirement, stems the rest, keeps offsets', () => {
    const text = 'Ability to monitor vital signs';
    const words = contentWords(text);
    expect(words.map((w) => w.stem)).toEqual(['monitor', 'vital', 'sign']);
    expect(words.map((w) => text.slice(w.start, w.end))).toEqual(['monitor', 'vital', 'signs']);
  });
});

describe('findTextEvidence', () => {
  it('finds the line that carries a short phrase, with the matched words for highlighting', () => {
    const resume = lines('Registered Nurse, County Hospital', "Monitored patients' vital signs every hour", 'Signed off on vital budgets');
    const found = findTextEvidence(background, 'vital signs', resume, { bigram: 1 })!;
    expect(found.line).toBe(2);
    expect(found.score).toBe(1);
    expect(found.words.map((w) => w.word)).toEqual(['vital', 'signs']);
    expect(found.text.slice(found.words[0]!.start, found.words[0]!.end)).toBe('vital');
  });

  it('gives words that only share a stem and stand apart less than the phrase written together', () => {
    const scattered = findTextEvidence(background, 'vital signs', lines('Signed off on vital budgets'), { bigram: 1 })!;
    expect(scattered.score).toBeLessThan(0.75);
  });

  it('returns null when no line carries any content word', () => {
    expect(findTextEvidence(background, 'infection control', lines('Prepared monthly payroll', 'Closed the books'))).toBeNull();
    expect(findTextEvidence(background, 'ability to', lines('ability to'))).toBeNull();
  });

  it('weighs rare words above common ones', () => {
    const resume = lines('Managed a busy front office', 'Hobbies: chess', 'Followed strict infection prevention protocols');
    const found = findTextEvidence(background, 'manage infection control', resume)!;
    expect(found.line).toBe(3);
    const toy = makeBackground(1000, { manag: 600, infect: 5, control: 300 });
    expect(findTextEvidence(toy, 'manage infection control', resume)!.score).toBeGreaterThan(0.5);
    expect(findTextEvidence(toy, 'manage infection control', lines('Managed a busy front office'))!.score).toBeLessThan(0.2);
  });

  it('gives a whole clause partial credit in proportion to what one line carries', () => {
    const resume = lines('Lifted and moved patients weighing over 50 pounds', 'Stood for long shifts at the register');
    const found = findTextEvidence(background, 'Ability to lift 50 pounds and stand for long periods', resume)!;
    expect(found.line).toBe(1);
    expect(found.score).toBeGreaterThan(0.3);
    expect(found.score).toBeLessThan(1);
  });

  it('joins a line with the next when the two carry more than either', () => {
    const resume = lines('Worked with the HR department to', 'control staffing and run performance evaluations', 'Hobbies: chess');
    const found = findTextEvidence(background, 'HR staffing and performance evaluations', resume)!;
    expect([found.line, found.lastLine]).toEqual([1, 2]);
    expect(found.text).toBe('Worked with the HR department to control staffing and run performance evaluations');
    expect(found.words.map((w) => found.text.slice(w.start, w.end))).toEqual(['HR', 'staffing', 'performance', 'evaluations']);
    expect(findTextEvidence(background, 'HR staffing and performance evaluations', resume, { joinNext: false })!.line).toBe(2);
  });

  it('matches inflections on stems, in either order', () => {
    expect(findTextEvidence(background, 'customer service', lines('Serviced customers at the front counter'))!.score).toBe(1);
  });
});

describe('findTextEvidence options', () => {
  it('sameWord: a stem shared by other words is not the word', () => {
    expect(findTextEvidence(background, 'communication', lines('Community outreach and disaster response'))).not.toBeNull();
    expect(findTextEvidence(background, 'communication', lines('Community outreach and disaster response'), { sameWord: true })).toBeNull();
    expect(findTextEvidence(background, 'monitoring', lines('Monitored the open tables'), { sameWord: true })).not.toBeNull();
    expect(findTextEvidence(background, 'documentation', lines('Documented every change'), { sameWord: true })).not.toBeNull();
  });

  it('sameWord: inflections and verb-noun endings are one word, -al, -ive, -ity are not', () => {
    for (const [a, b] of [['administration', 'administered'], ['negotiation', 'negotiated'], ['reconciliation', 'reconciled'], ['accounting', 'accountant'], ['nursing', 'nurses'], ['supplies', 'supply']]) {
      expect(sameWord(a!, b!), `${a} ~ ${b}`).toBe(true);
    }
    for (const [a, b] of [['medication', 'medical'], ['communication', 'community'], ['collaboration', 'collaborative'], ['observability', 'observations']]) {
      expect(sameWord(a!, b!), `${a} ≁ ${b}`).toBe(false);
    }
  });

  it('skipHeadings: a section heading is not evidence', () => {
    expect(findTextEvidence(background, 'technical documentation', lines('TECHNICAL SKILLS:'), { skipHeadings: true })).toBeNull();
    expect(findTextEvidence(background, 'technical documentation', lines('TECHNICAL SKILLS:', 'Wrote technical guides'), { skipHeadings: true })!.line).toBe(2);
  });

  it('isFixedTerm: a hyphenated term with a function word in it', () => {
    expect(isFixedTerm('On-Call')).toBe(true);
    expect(isFixedTerm('up-to-date records')).toBe(true);
    expect(isFixedTerm('Full-Stack Development')).toBe(false);
    expect(isFixedTerm('vital signs')).toBe(false);
  });
});

describe('findSoftSkillEvidence', () => {
  const found = (skill: string, ...texts: string[]) => findSoftSkillEvidence(cues, skill, lines(...texts));

  it('reads communication from the verbs that show it', () => {
    const ev = found('Communication', 'Charge Nurse, 2015 to 2020', 'Communicated with the clinical staff about care plans')!;
    expect(ev.line).toBe(2);
    expect(ev.words.map((w) => w.word.toLowerCase())).toEqual(['communicated', 'with']);
    expect(found('communication skills', 'Presented quarterly findings to the board')).not.toBeNull();
    expect(found('Communication', 'Installed communication equipment on towers')).toBeNull();
  });

  it('reads leadership from roles and verbs, not from lead paint or lead generation', () => {
    expect(found('Leadership', 'Tech Lead, Payments')).not.toBeNull();
    expect(found('Leadership', 'Team leading and hiring for the platform group')).not.toBeNull();
    expect(found('Leadership', 'Supervised 12 cashiers')).not.toBeNull();
    expect(found('Leadership', 'Removed lead paint from older homes')).toBeNull();
    expect(found('Leadership', 'Drove lead generation through email campaigns')).toBeNull();
    expect(found('Leadership', 'Worked under the supervision of the head nurse')).toBeNull();
    // Verb cues meet verb forms only: not the nouns Porter's stem would fold in.
    expect(found('Leadership', 'Managing a team of 12 nurses')).not.toBeNull();
    expect(found('Leadership', 'Kept in touch with kitchen staff, management, serving staff')).toBeNull();
    expect(found('Leadership', 'Works well under little supervision')).toBeNull();
    expect(found('Leadership', "Prepared documents for the supervisor's use")).toBeNull();
    expect(found('Leadership', 'Shift Supervisor, 2019 to 2021')).not.toBeNull();
    expect(found('Leadership', 'Store Manager')).not.toBeNull();
    expect(found('Leadership', 'Senior Account Manager')).toBeNull();
    expect(found('Leadership', 'Reported daily to the store manager')).toBeNull();
  });

  it('reads teamwork from collaboration, not from Team Foundation Server', () => {
    expect(found('Teamwork', 'Collaborated with designers and engineers')).not.toBeNull();
    expect(found('team player', 'Member of a cross-functional team of 8')).not.toBeNull();
    expect(found('Teamwork', 'Team Foundation Server, Jenkins, Git')).toBeNull();
  });

  it('reads mentoring from coaching and training others, not from being trained', () => {
    expect(found('Mentoring', 'Coached a 6-person team of junior analysts')).not.toBeNull();
    expect(found('Mentoring', 'Trained new staff on the POS system')).not.toBeNull();
    expect(found('Mentoring', 'Trained in CPR and first aid')).toBeNull();
  });

  it('meets every cue written out, and none of its exclusions blocks a cue on its own', () => {
    for (const skill of cues.skills) {
      for (const cue of skill.cues) expect(found(skill.skill, cue.replaceAll('*', 'the'))?.line, `${skill.skill}: ${cue}`).toBe(1);
      for (const role of skill.roles ?? []) expect(found(skill.skill, `${role}, Acme Inc., 2019 – 2021`)?.line, `${skill.skill}: ${role}`).toBe(1);
    }
  });

  it('reads leadership from leading work, not from what led to a result or LED lighting', () => {
    expect(found('Leadership', 'Led migration of the payment service to event-driven microservices')).not.toBeNull();
    expect(found('Leadership', 'Spearheaded the move to Kubernetes')).not.toBeNull();
    expect(found('Leadership', 'Tuned the queries, which led to a 40% faster checkout')).toBeNull();
    expect(found('Leadership', 'Installed LED lighting in 40 stores')).toBeNull();
    expect(found('Leadership', 'Performed all duties assigned by the warehouse manager')).toBeNull();
  });

  it('reads debugging from fixing bugs, not from a profile heading', () => {
    expect(found('Debugging', 'Discovered and fixed 5 bugs in the checkout codebase')).not.toBeNull();
    expect(found('debugging skills', 'Involved in bug fixes and production support')).not.toBeNull();
    expect(found('Debugging', 'PROFILE')).toBeNull();
  });

  it('reads a role noun only on a line as short as a title', () => {
    expect(found('Leadership', 'Manager, Acme Inc., 2019 – 2021')).not.toBeNull();
    expect(found('Leadership', 'Rotated keys nightly with AWS Secret Manager, KMS and IAM policies for every service we ran')).toBeNull();
  });

  it('returns null for a skill it has no cues for', () => {
    expect(found('Quantum Chromodynamics', 'Communicated with everyone')).toBeNull();
  });
});
