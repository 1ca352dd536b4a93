import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '../../src/config/index.js';
import { loadBackground, loadSoftSkillCues } from '../../src/match/text-evidence.js';
import {
  headlineOccupation,
  loadOccupations,
  matchText,
  namingStems,
  occupationOf,
  positionLinesOccupation,
  positionOccupation,
  postingReadings,
  taskLikeness,
  titleCandidates,
} from '../../src/occupation/index.js';
import { scoreCandidate } from '../../src/score/index.js';
import { postingVocabulary, vocabularyResult } from '../../src/score/vocabulary.js';
import { buildTaxonomy } from '../../src/taxonomy/index.js';
import type { CandidateReport, JobProfile, Position, ResumeProfile } from '../../src/types.js';
import { lines } from '../helpers/lines.js';

const data = loadOccupations();
const background = loadBackground();
const codes = (title: string | null, text: string[]): string[] => postingReadings(data, title, text).map((r) => r.code);

const MORTGAGE = [
  'Review mortgage loan applications and home equity credit files.',
  'Approve or decline loans by credit guidelines, appraisals and borrower income.',
];
const INSURANCE = [
  'Evaluate insurance applications for property and casualty coverage.',
  'Decide premiums and policy terms for commercial insurance risks.',
];

describe('titleCandidates', () => {
  it('names every occupation a shared title may mean, the commonest first', () => {
    const found = titleCandidates(data, 'Underwriter').map((c) => c.code);
    expect(found[0]).toBe('13-2053.00');
    expect(found).toContain('13-2072.00');
  });

  it('names nothing for words that are no title', () => {
    expect(titleCandidates(data, 'the quick brown fox')).toEqual([]);
  });
});

describe('postingReadings: the title weighed against the duties', () => {
  it('keeps the loan reading of an underwriter whose duties are mortgages', () => {
    const readings = postingReadings(data, 'Underwriter', MORTGAGE);
    const loan = readings.find((r) => r.code === '13-2072.00');
    expect(loan).toBeDefined();
    expect(loan!.weight).toBeGreaterThan(0.9);
    expect(loan!.reason).toMatch(/title "underwriter" \d+%, duties \d+% alike/);
  });

  it('drops it when the duties are insurance', () => {
    expect(codes('Underwriter', INSURANCE)).toEqual(['13-2053.00']);
  });

  it('a clear title decides: the best reading is first, weighed 1', () => {
    const readings = postingReadings(data, 'Registered Nurse', ['Assess patients, administer medications and monitor vital signs.']);
    expect(readings[0]).toMatchObject({ code: '29-1141.00', weight: 1 });
    expect(occupationOf(readings)).toEqual({ code: '29-1141.00', title: 'Registered Nurses', via: 'registered nurse' });
  });

  it('reads a posting without a title from its duties', () => {
    const readings = postingReadings(data, null, ['Prepare and cook menu items in a restaurant kitchen.', 'Plan menus, order food supplies and supervise line cooks.']);
    expect(readings[0]!.code).toMatch(/^35-/);
    expect(readings[0]!.via).toMatch(/^duties: /);
  });

  it('reads nothing from nothing', () => {
    expect(postingReadings(data, null, [])).toEqual([]);
    expect(occupationOf([])).toBeNull();
  });
});

describe('a position title that names several occupations about as well', () => {
  const reads = (title: string, bullets: string[]): string | undefined => positionOccupation(data, title, () => bullets)?.title;

  it('is settled by the position’s own lines', () => {
    expect(reads('Data Analyst', ['Built dashboards and reports in Tableau from the data warehouse for business users.'])).toBe('Business Intelligence Analysts');
    expect(reads('Data Analyst', ['Applied statistical models and regression to survey samples to estimate population parameters.'])).toBe('Statisticians');
    expect(reads('Freelance Designer', ['Designed residential interiors: space planning, furniture layouts, finishes and lighting for clients.'])).toBe('Interior Designers');
  });

  it('keeps the title’s best reading without lines', () => {
    expect(reads('Data Analyst', [])).toBe(positionOccupation(data, 'Data Analyst')?.title);
    expect(reads('Data Analyst', [])).toBe('Survey Researchers');
  });

  it('never overrides a clear title, whatever the lines read like', () => {
    expect(reads('Registered Nurse', ['Designed residential interiors: space planning, furniture layouts, finishes and lighting for clients.'])).toBe('Registered Nurses');
  });
});

describe('occupations outside position titles', () => {
  it('reads a headline under the name', () => {
    expect(headlineOccupation(data, lines('Jane Doe', 'Registered Respiratory Therapist', 'Professional Summary'), 'Jane Doe')).toMatchObject({
      code: '29-1126.00',
      via: 'headline: registered respiratory therapist',
    });
  });

  it('does not guess one from a sentence', () => {
    expect(headlineOccupation(data, lines('Jane Doe', 'Dedicated and hard-working professional with ten years in many fields', 'Summary'), 'Jane Doe')).toBeUndefined();
  });

  it('reads an untitled position from its first lines, dates and places set aside', () => {
    const found = positionLinesOccupation(data, lines('Acme Corp, Springfield, IL Bookkeeper', 'March 2015 to Current', 'Posted entries to the ledger'), [1, 3]);
    expect(found).toMatchObject({ code: '43-3031.00', via: 'first lines: bookkeeper' });
  });

  it('does not read a duty sentence as a title', () => {
    expect(positionLinesOccupation(data, lines('Managed the daily operations of the store and its staff', 'Ordered supplies'), [1, 2])).toBeUndefined();
    expect(positionLinesOccupation(data, lines('Bookkeeper'), undefined)).toBeUndefined();
  });
});

describe('the vocabulary line', () => {
  const job = (vocabulary: { word: string; count: number }[]): JobProfile => ({
    schemaVersion: 1, source: 'job.txt', title: 'Roofing Estimator', minYears: null, education: null, requirements: [], vocabulary,
  });

  it('keeps the posting words it repeats and resumes rarely use, first', () => {
    const words = postingVocabulary(background, ['Roofing estimator for our roofing company.', 'Estimate roofing and sheet metal construction costs.', 'Good communication skills.']);
    expect(words[0]).toEqual({ word: 'roofing', count: 3 });
    expect(words.map((w) => w.word)).toContain('construction');
  });

  it('credits a resume that uses the posting’s words, naming them and the lines', () => {
    const posting = job(postingVocabulary(background, ['Roofing estimator for our roofing company.', 'Estimate roofing and sheet metal construction costs from plans.']));
    const roofer = vocabularyResult(background, posting, lines('Estimator, Apex Roofing', 'Prepared roofing estimates and sheet metal take-offs from construction plans'))!;
    const cook = vocabularyResult(background, posting, lines('Line Cook', 'Prepared salads and grilled fish for 200 covers a night'))!;
    expect(roofer).toMatchObject({ id: 'W', tier: 'role', kind: 'vocabulary', via: 'text' });
    expect(roofer.credit).toBeGreaterThan(0.5);
    expect(roofer.why).toMatch(/roofing \(\d+× here, 3× in the posting\)/);
    expect(roofer.evidence[0]!.text).toContain('Roofing');
    expect(cook.credit).toBeLessThan(roofer.credit);
    expect(cook.credit).toBeLessThan(0.2);
  });

  it('reads a profile without a vocabulary from its title and requirement lines', () => {
    const posting: JobProfile = { ...job([]), vocabulary: undefined, requirements: [{ id: 'R1', tier: 'required', kind: 'unknown', anyOf: ['roofing'], weight: 1, years: null, source: { line: 1, text: 'Roofing experience' } }] };
    expect(vocabularyResult(background, posting, lines('Roofing crew lead'))!.credit).toBeGreaterThan(0);
  });

  it('is absent for a posting with no words', () => {
    expect(vocabularyResult(background, { ...job([]), title: null }, lines('anything'))).toBeUndefined();
  });
});

describe('role fit over the posting’s readings', () => {
  const taxonomy = buildTaxonomy([]);
  const config = { ...DEFAULT_CONFIG, asOf: '2024-06' };
  const softSkillCues = loadSoftSkillCues();
  const position = (title: string): Position => {
    const p: Position = { title, organization: null, start: '2018-01', end: '2024-01', months: 72, kind: 'job', lines: [1, 2] };
    const occupation = positionOccupation(data, title);
    if (occupation) p.occupation = occupation;
    return p;
  };
  const resume = (title: string): ResumeProfile => ({
    schemaVersion: 1, source: 'cv.txt', format: 'txt', name: 'A', skills: [], concepts: [],
    experience: { totalMonths: 72, positions: [position(title)] }, education: [], warnings: [],
  });
  const roleLine = (job: JobProfile, cv: ResumeProfile): CandidateReport['requirements'][number] =>
    scoreCandidate(job, cv, { taxonomy, config, lines: lines(cv.experience.positions[0]!.title!, 'Reviewed files'), occupations: data, background, softSkillCues }).requirements.find((r) => r.id === 'O')!;
  const posting = (text: string[]): JobProfile => {
    const readings = postingReadings(data, 'Underwriter', text);
    return { schemaVersion: 1, source: 'job.txt', title: 'Underwriter', minYears: null, education: null, requirements: [], occupation: occupationOf(readings), occupations: readings };
  };

  it('credits a loan officer for a mortgage underwriter by the loan reading, and says which', () => {
    const mortgage = roleLine(posting(MORTGAGE), resume('Loan Officer'));
    const insurance = roleLine(posting(INSURANCE), resume('Loan Officer'));
    expect(mortgage.credit).toBeGreaterThan(insurance.credit);
    expect(mortgage.why).toContain('Loan Officers 13-2072.00');
    expect(mortgage.why).toMatch(/a reading of the posting at \d+%/);
  });

  it('an occupation edited by hand in a profile stands alone', () => {
    const job = { ...posting(MORTGAGE), occupation: { code: '29-1141.00', title: 'Registered Nurses', via: 'edited' } };
    expect(roleLine(job, resume('Registered Nurse')).credit).toBe(1);
    expect(roleLine(job, resume('Loan Officer')).credit).toBeLessThan(0.5);
  });
});

describe('a reading from words alone names its occupation', () => {
  // Generic status-report words read most like Wind Energy Development Managers' tasks, whose
  // statements are mostly "document", "status", "update", "support"; nothing here says wind.
  const GENERIC = ['Document project status and updates for business stakeholders.', 'Support the business with status reports, documentation and updates on development projects.'];
  const WIND = '11-9199.10';

  it('needs a naming word of the title: the words of the field, not only its paperwork', () => {
    expect(matchText(data, GENERIC).map((m) => m.code)).not.toContain(WIND);
    expect(matchText(data, GENERIC).map((m) => m.code)).toContain('13-1082.00');
    expect(postingReadings(data, null, GENERIC).map((r) => r.code)).not.toContain(WIND);
  });

  it('reads the occupation when the text says its naming word', () => {
    const said = [...GENERIC, 'Lead development of new wind farm sites and wind energy projects.'];
    expect(matchText(data, said)[0]!.code).toBe(WIND);
  });

  it('takes naming words from the title that few occupations use and its tasks use too', () => {
    const of = (name: string): string[] => namingStems(data, data.names.indexOf(name));
    expect(of('Wind Energy Development Managers')).toEqual(['wind', 'energi']);
    expect(of('Cost Estimators')).toEqual(['cost', 'estim']);
    expect(of('First-Line Supervisors of Passenger Attendants')).toEqual(['passeng']);
    // No naming word ("project", "management", "specialist" are in many titles): no condition.
    expect(of('Project Management Specialists')).toEqual([]);
  });
});

describe('an occupation without task statements has no task likeness', () => {
  // O*NET gives "Personal Service Managers, All Other" a title and "All personal service
  // managers not listed separately": its stems are "person", "separ", "list".
  const ALL_OTHER = data.byCode.get('11-9179.00')!;

  it('is not read from words that happen to share its definition', () => {
    const text = ['Keep the guest list and every personal request in order.'];
    expect(taskLikeness(data, text)!.scores[ALL_OTHER]).toBe(0);
    expect(postingReadings(data, null, text).map((r) => r.code)).not.toContain('11-9179.00');
  });

  it('is still named by its titles, weighed by the title alone', () => {
    const reading = postingReadings(data, 'Communication Coordinator', ['Keep the guest list and every personal request in order.']);
    const allOther = reading.find((r) => r.code === '13-1199.00');
    expect(allOther).toBeDefined();
    expect(allOther!.reason).toContain('duties 0% alike');
  });
});
