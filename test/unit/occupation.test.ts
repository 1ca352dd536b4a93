import { describe, expect, it } from 'vitest';
import {
  carries,
  jobZone,
  loadOccupations,
  matchText,
  matchTitle,
  postingReadings,
  relation,
  taskSimilarity,
} from '../../src/occupation/index.js';
import { singular, titleWords } from '../../src/occupation/words.js';

const data = loadOccupations();
const code = (title: string): string | undefined => matchTitle(data, title)?.code;

describe('titleWords', () => {
  it('folds case, plurals, possessives, dotted abbreviations and "&"', () => {
    expect(titleWords("Sr. Teacher's Aides & R.N.")).toEqual(['sr', 'teacher', 'aide', 'and', 'rn']);
    expect(singular('secretaries')).toBe('secretary');
    expect(singular('business')).toBe('business');
    expect(singular('sales')).toBe('sales');
    expect(singular('sale')).toBe('sales');
    expect(singular('logistics')).toBe('logistics');
  });
});

describe('matchTitle', () => {
  it('reads exact alternate titles', () => {
    expect(matchTitle(data, 'Registered Nurse')).toMatchObject({ code: '29-1141.00', title: 'Registered Nurses', score: 1, via: 'registered nurse' });
    expect(code('Staff Accountant')).toBe('13-2011.00');
    expect(code('Sous Chef')).toBe('35-1011.00');
    expect(code('Mechanical Engineers')).toBe('17-2141.00');
  });

  it('sets level words aside', () => {
    expect(code('Sr. Software Engineer II')).toBe('15-1252.00');
    expect(code('Senior Financial Analyst')).toBe('13-2051.00');
    expect(code('Junior Accountant')).toBe('13-2011.00');
    expect(matchTitle(data, 'Sr. Software Engineer II')!.score).toBeLessThan(1);
  });

  it('drops company, place and schedule noise after commas, dashes and " at "', () => {
    expect(code('Registered Nurse, ICU')).toBe('29-1141.00');
    expect(code('Software Engineer at Initech')).toBe('15-1252.00');
    expect(code('Respiratory Therapist PRN Nights - General Hospital Job in Springfield')).toBe('29-1126.00');
    expect(code('Tax Analyst Company Name City')).toMatch(/^13-20/);
    expect(code('Onsite Supervisor – Springfield')).not.toBe('17-2051.00');
    expect(code('Human Resources Generalist - outlook, excel, customer service')).toBe('13-1071.00');
  });

  it('reads a bare head word with the specialty after its dash', () => {
    expect(code('Manager - Corporate Banking')).toBe('11-3031.00');
  });

  it('trusts a generic one-word title less', () => {
    expect(matchTitle(data, 'Supervisor')?.score ?? 0).toBeLessThan(0.7);
    expect(matchTitle(data, 'Accountant')?.score).toBe(1);
  });

  it('reads "/" and "&" joined titles by either side, sharing the head word', () => {
    expect(code('Accounting/Audit Specialist')).toMatch(/^(13-2011|43-3031)/);
    expect(code('Inside Sales / Business Development Representative')).toMatch(/^41-/);
    expect(code('Owner/Head Chef')).toBe('35-1011.00');
  });

  it('knows abbreviations O*NET lists, and a requirement phrase names its occupation', () => {
    expect(code('RN')).toBe('29-1141.00');
    expect(code('LPN')).toBe('29-2061.00');
    expect(code('CNA')).toBe('31-1131.00');
    expect(code('Certified Nursing Assistant')).toBe('31-1131.00');
  });

  it('keeps assistants apart from those they assist', () => {
    expect(code("Teacher's Aide")).toBe('25-9042.00');
    expect(code("Teacher's Aide")).not.toMatch(/^25-20/);
    expect(code('Nursing Assistant')).toBe('31-1131.00');
    expect(code('Teacher')).toMatch(/^25-2/);
  });

  it('reads sales titles as sales occupations', () => {
    expect(code('Account Executive')).toMatch(/^(11-20|41-)/);
    expect(code('Sales Associate')).toBe('41-2031.00');
    expect(code('Insurance Sales Agent')).toBe('41-3021.00');
  });

  it('does not read a title by a modifier that is a title of its own', () => {
    // "Resident" is a physician's title; a resident care specialist is an aide.
    expect(matchTitle(data, 'Resident Care Specialist')!.score).toBeLessThan(0.8);
    const readings = postingReadings(data, 'Resident Care Specialist', ['Assist residents with bathing, dressing, grooming and meals; take vital signs.']);
    expect(readings[0]!.code).not.toMatch(/^29-12/);
    expect(code('Registered Nurse Company Name City')).toBe('29-1141.00');
  });

  it('does not read a title as a longer title whose own head word it lacks', () => {
    // "managing partner chef" holds both words, but its head says it is a chef.
    expect(matchTitle(data, 'Managing Partner')?.code ?? '').not.toMatch(/^35-/);
    expect(matchTitle(data, 'Director of Human Performance')?.code ?? '').not.toMatch(/^25-/);
    // A reading without a head of its own still borrows the title's: "public relations", or a
    // head that was a level word ("Intern", "Lead").
    expect(code('Public Relations')).toBe('27-3031.00');
    expect(code('Public Relations Intern')).toBe('27-3031.00');
    expect(code('HR Intern')).toBe('13-1071.00');
    expect(code('Customer Service Lead')).toBe('43-4051.00');
  });

  it('returns null for text that names no occupation', () => {
    expect(matchTitle(data, 'asdf qwerty zxcv')).toBeNull();
    expect(matchTitle(data, '')).toBeNull();
    expect(matchTitle(data, '2015 - 2018')).toBeNull();
    expect(matchTitle(data, 'Helped facilitate roll of purchasing manager during turnover period from')).toBeNull();
  });
});

describe('matchText', () => {
  it('ranks occupations by their task statements', () => {
    const lines = [
      'Prepare and cook meals in a scratch kitchen; plan menus and order food supplies.',
      'Supervise line cooks, check food quality and portion sizes, keep the kitchen clean.',
    ];
    const top = matchText(data, lines);
    expect(top).toHaveLength(3);
    expect(top.map((m) => m.code.slice(0, 2))).toContain('35');
    expect(top[0]!.score).toBeGreaterThan(top[2]!.score - 1e-9);
  });

  it('returns nothing for text without task words', () => {
    expect(matchText(data, ['', '123'])).toEqual([]);
  });
});

describe('relation', () => {
  it('same 6-digit SOC code is the same occupation', () => {
    expect(relation(data, '29-1141.00', '29-1141.01')).toEqual({ kind: 'same' });
  });

  it('is related by O*NET rank, the better of both directions', () => {
    const ab = relation(data, '29-1141.00', '31-1131.00');
    expect(ab).toEqual({ kind: 'related', rank: 4 });
    expect(relation(data, '31-1131.00', '29-1141.00')).toEqual(ab);
    expect(relation(data, '11-9051.00', '35-1011.00')).toEqual({ kind: 'related', rank: 1 });
  });

  it('falls back to the SOC family, then unrelated', () => {
    expect(relation(data, '15-1252.00', '15-1299.08').kind).not.toBe('unrelated');
    expect(relation(data, '41-3021.00', '41-4012.00')).toEqual({ kind: 'unrelated' });
    expect(relation(data, '29-1141.00', '13-2011.00')).toEqual({ kind: 'unrelated' });
  });

  it('grades unlisted pairs by their tasks', () => {
    expect(taskSimilarity(data, '41-3021.00', '41-4012.00')).toBeGreaterThan(taskSimilarity(data, '41-3021.00', '29-1141.00'));
    expect(taskSimilarity(data, '29-1141.00', '29-1141.00')).toBe(1);
  });
});

describe('jobZone and carries', () => {
  it('reads job zones', () => {
    expect(jobZone(data, '29-1141.00')).toBe(4);
    expect(jobZone(data, '31-1131.00')).toBe(3);
    expect(jobZone(data, '99-9999.00')).toBeNull();
  });

  it('a registered nurse holds what a nursing-assistant certificate asks, not the reverse', () => {
    const rn = matchTitle(data, 'Registered Nurse')!.code;
    const cna = matchTitle(data, 'Certified Nursing Assistant')!.code;
    expect(carries(data, rn, cna)).toBe(true);
    expect(carries(data, cna, rn)).toBe(false);
    expect(carries(data, rn, rn)).toBe(true);
  });

  it('related occupations outside the closest tier, or unrelated ones, carry nothing', () => {
    expect(carries(data, '29-1141.00', '29-1126.00')).toBe(false);
    expect(carries(data, '13-2011.00', '31-1131.00')).toBe(false);
  });
});

describe('data/occupations.json', () => {
  it('was built with the current word folding (else run `npm run occupations`)', () => {
    const stale = data.words.filter((w) => titleWords(w).join(' ') !== w);
    expect(stale).toEqual([]);
  });

  it('holds every O*NET occupation with titles, zones and related lists', () => {
    expect(data.codes.length).toBeGreaterThan(1000);
    expect(data.titleOccupation.length).toBeGreaterThan(50_000);
    expect(data.related.filter((list) => list.length > 0).length).toBeGreaterThan(900);
    expect(data.zones.filter((z) => z > 0).length).toBeGreaterThan(900);
  });
});
