import { describe, expect, it } from 'vitest';
import { analyzeJob, findClausePhrases, findIndustryTerms, findUnknownTerms, parseEducation, parseYears, phraseVocabulary } from '../../src/job/index.js';
import { isBoilerplate, lineTier } from '../../src/job/line-tier.js';
import { splitClauses } from '../../src/job/split-clauses.js';
import { splitJobSections } from '../../src/job/split-job-sections.js';
import type { Document } from '../../src/types.js';
import { type TinySkill, tinyFinder, postingDoc } from '../helpers/tiny-finder.js';
import { lines } from '../helpers/lines.js';

// Readings of postings nobody tuned on (issue 18, fourth round): each class of miss on text
// written here, with the case that must not change beside it.

const SKILLS: TinySkill[] = [
  ['Amazon Web Services', 'cloud', ['AWS']], ['Terraform', 'tool'], ['Kubernetes', 'tool'], ['PostgreSQL', 'database'],
  ['Database Replication', 'practice', ['replication']], ['Supervision', 'business', ['supervision', 'supervising']],
  ['Customer Service', 'sales_marketing', ['customer service']], ['Data Structures', 'practice', ['data structures']],
  ['Distributed Systems', 'practice', ['distributed systems']], ['Python', 'language'], ['Kafka', 'tool'],
];
const find = tinyFinder(SKILLS);
const reqs = (d: Document) => analyzeJob(d, find).requirements.map((r) => `${r.tier} ${r.anyOf.join('|')}${r.years ? ` ${r.years}y` : ''}`);
const clauses = (text: string): string[] => splitClauses(text).map((c) => c.text);

describe('a plus said in a parenthesis of its own', () => {
  it('lowers what the parenthesis holds, not the clause around it', () => {
    expect(lineTier('Experience implementing multi-master replication (Galera experience is a plus)', 'required')).toBe('required');
    expect(reqs(postingDoc('Engineer', 'Requirements:', '- Experience with AWS (Terraform experience is a plus)'))).toEqual([
      'required Amazon Web Services',
      'preferred Terraform',
    ]);
  });

  it('keeps a bare cue in a parenthesis for the whole clause', () => {
    expect(lineTier('Experience with AWS (preferred)', 'required')).toBe('preferred');
    expect(lineTier('Kubernetes experience (a big plus)', 'required')).toBe('preferred');
    expect(reqs(postingDoc('Engineer', 'Requirements:', '- Experience with AWS (nice to have)'))).toEqual(['preferred Amazon Web Services']);
  });

  it('still reads examples in a parenthesis as alternatives of the name before', () => {
    expect(reqs(postingDoc('Engineer', 'Requirements:', '- Cloud experience (AWS, Terraform)'))).toEqual(['required Amazon Web Services|Terraform']);
  });

  it('asks what the aside holds in a description without other cues', () => {
    expect(lineTier('Kafka, Python (Kubernetes a plus)', 'other')).toBe('preferred');
    expect(lineTier('Kafka, Python and Kubernetes', 'other')).toBeNull();
  });
});

describe('a plus said in a tail after a comma ("…, preferably …")', () => {
  it('lowers the tail, not what it narrows', () => {
    expect(lineTier('Strong coding experience, preferably with Kafka or Python', 'required')).toBe('required');
    expect(reqs(postingDoc('Engineer', 'Requirements:', '- Experience with AWS, ideally with Terraform and Kubernetes'))).toEqual([
      'required Amazon Web Services',
      'preferred Terraform',
      'preferred Kubernetes',
    ]);
  });

  it('keeps the years asked before the tail as asked, and makes years in the tail a plus', () => {
    const doc = postingDoc('Specialist', 'Requirements:', "- At least 5 years' experience in customer service, preferably at an agency", '- At least 3 years managing distributed systems');
    expect(analyzeJob(doc, find).minYears).toBe(5);
    const tail = postingDoc('Clerk', 'Requirements:', '- Customer service skills, preferably with 2 years of retail experience', '- Python');
    expect(analyzeJob(tail, find).minYears).toBe(2);
    expect(reqs(tail)).toContain('required Customer Service');
  });

  it('keeps a clause that opens with the cue, or says it without a comma, a plus as a whole', () => {
    expect(lineTier('Preferably 3 years of experience with Kafka', 'required')).toBe('preferred');
    expect(lineTier('Experience with Kafka preferably', 'required')).toBe('preferred');
  });
});

describe('a must under a heading of wishes', () => {
  it('asks what a preferred section says is a must', () => {
    expect(lineTier('Strong attention to detail is an absolute MUST', 'preferred')).toBe('required');
    expect(lineTier('Customer service experience is mandatory', 'preferred')).toBe('required');
  });

  it('leaves a wish that is not a must, or no must at all, preferred', () => {
    expect(lineTier('Kafka experience is nice to have but not a must', 'preferred')).toBe('preferred');
    expect(lineTier('Experience with Kafka', 'preferred')).toBe('preferred');
  });
});

describe('a word of a compound is no degree', () => {
  it.each(['Experience implementing multi-master replication', 'Set up master-slave replication'])("reads no degree in '%s'", (text) => {
    expect(parseEducation(text)).toBeNull();
  });

  it.each([
    ["Master's degree in Statistics", 'master'],
    ['Masters in Computer Science or related field', 'master'],
  ])("still reads '%s'", (text, level) => {
    expect(parseEducation(text)?.level).toBe(level);
  });
});

describe('how the hire is supervised is not a skill asked', () => {
  it.each(['Works under moderate supervision on routine tasks', 'Able to work with minimal supervision', 'Performs duties without supervision'])(
    "reads no Supervision in '%s'",
    (text) => {
      expect(reqs(postingDoc('Clerk', 'Requirements:', `- ${text}`))).not.toContainEqual(expect.stringContaining('Supervision'));
    },
  );

  it.each(['Experience with supervision of staff', 'Two years of supervision experience', 'Requires direct supervision of a team of five'])(
    "keeps Supervision asked in '%s'",
    (text) => {
      expect(reqs(postingDoc('Lead', 'Requirements:', `- ${text}`))).toContainEqual(expect.stringContaining('Supervision'));
    },
  );
});

describe('list items glued by a dash with no space after it', () => {
  it('cuts before "-Capital" and "-18+ months" after a word and a space', () => {
    expect(clauses('2+ years commercial coding experience -Strong CS fundamentals in data structures -18+ months experience with Kafka')).toEqual([
      '2+ years commercial coding experience',
      'Strong CS fundamentals in data structures',
      '18+ months experience with Kafka',
    ]);
  });

  it('keeps a hyphenated word, a range and a lower-case dash inside the clause', () => {
    expect(clauses('Experience with client-server systems in 2 -3 teams -including on-call')).toEqual([
      'Experience with client-server systems in 2 -3 teams -including on-call',
    ]);
  });

  it('ties the years to the item that asks them', () => {
    const got = reqs(postingDoc('Engineer', 'Basic qualifications: -3+ years of experience with Python -Experience with distributed systems'));
    expect(got).toContain('required Python 3y');
    expect(got).toContain('required Distributed Systems');
  });
});

describe('a heading that names the position first', () => {
  it.each([
    ['Position responsibilities:', 'responsibilities'],
    ['Position Requirements:', 'required'],
    ['Job Qualifications', 'required'],
  ])("reads '%s' as a heading", (heading, kind) => {
    const segs = splitJobSections(lines('Analyst', heading, 'Provide customer service'));
    expect(segs.map((s) => s.kind)).toEqual(['title', kind]);
  });

  it('reads it glued into a run-on line', () => {
    const segs = splitJobSections(lines('Analyst', 'We would love to connect with you.   Position responsibilities:  -Provide customer service'));
    expect(segs.at(-1)).toMatchObject({ kind: 'responsibilities', text: 'Provide customer service' });
  });

  it('leaves "position" alone in prose', () => {
    const segs = splitJobSections(lines('Analyst', 'This position requires customer service'));
    expect(segs.at(-1)!.kind).toBe('other');
  });
});

describe('run-on text flattened around a one-word heading or a name in capitals', () => {
  it('reads a one-word heading glued to the capital that opens its content', () => {
    const segs = splitJobSections(lines('Engineer', 'Other duties as assigned Qualifications:Bachelor\'s degree in Computer Science'));
    expect(segs.at(-1)).toMatchObject({ kind: 'required', text: "Bachelor's degree in Computer Science" });
  });

  it('leaves a one-word heading with a space after its colon mid-sentence to prose', () => {
    const segs = splitJobSections(lines('Engineer', 'Other duties as assigned Qualifications: we review them yearly'));
    expect(segs.at(-1)!.kind).toBe('other');
  });

  it('cuts an opening sentence glued to a name in capitals', () => {
    expect(clauses('Java, SQL, SPARQLWe are seeking a junior developer')).toEqual(['Java, SQL, SPARQL', 'We are seeking a junior developer']);
    expect(clauses('Experience with SPARQL queries')).toEqual(['Experience with SPARQL queries']);
  });
});

describe('whom the employer seeks, with years', () => {
  it('reads the years and degree of "We are seeking a developer with 1+ years … and a BS"', () => {
    const p = analyzeJob(postingDoc('Developer', 'Requirements:', 'We are seeking a junior developer with 1+ years of work experience and a BS in computer science.'), find);
    expect(p.minYears).toBe(1);
    expect(p.education?.level).toBe('bachelor');
  });

  it('keeps the blurb that seeks without years, or says more of the employer, as boilerplate', () => {
    const p = analyzeJob(postingDoc('Developer', 'Requirements:', 'Acme is currently seeking a Python developer to join us.', 'We are hiring! Founded 30 years ago, we have decades of experience.'), find);
    expect(p.minYears).toBeNull();
    expect(p.requirements).toEqual([]);
  });
});

describe('years offered instead of a degree', () => {
  it('takes the years of the job over years that stand in for a degree', () => {
    const p = analyzeJob(postingDoc('Security Engineer', 'Qualifications:', "- Bachelor's degree OR a minimum of four years of experience in the IT field", '- Minimum two years of professional experience in a security role'), find);
    expect(p.minYears).toBe(2);
  });

  it('still reads the substitute when nothing else asks years', () => {
    const p = analyzeJob(postingDoc('Technician', 'Qualifications:', '- 4 years of experience with Python or a BS in Computer Science'), find);
    expect(p.minYears).toBe(4);
  });

  it('reads years beside a degree with "and" as asked', () => {
    const p = analyzeJob(postingDoc('Engineer', 'Qualifications:', "- Bachelor's degree and 5+ years of experience", '- 2+ years of experience with Python'), find);
    expect(p.minYears).toBe(5);
  });
});

describe('a product the taxonomy does not know, named before "experience"', () => {
  it('reads "(Galera experience is a plus)" as a lesser ask of Galera', () => {
    expect(reqs(postingDoc('DBA', 'Requirements:', '- Experience implementing replication (Galera experience is a plus)'))).toEqual([
      'required Database Replication',
      'preferred Galera',
    ]);
  });

  it('reads no name from "Prior experience" or "Development experience"', () => {
    expect(findUnknownTerms('MBA; Prior experience managing products', [])).toEqual([]);
    expect(findUnknownTerms('Hands on Java Development experience', [{ skill: 'Java', category: 'language', surface: 'Java', start: 9, end: 13 }])).toEqual([]);
  });
});

describe('a clause that says the items after it are wanted, not needed', () => {
  it('heads the items after "We strongly prefer candidates who also have:" as preferred', () => {
    const got = reqs(postingDoc('Developer', 'Requirements:', '- Experience with Python', 'We strongly prefer candidates who also have:', '- Experience with Kafka', '- Kubernetes'));
    expect(got).toEqual(['required Python', 'preferred Kafka', 'preferred Kubernetes']);
  });

  it('stops at the next heading', () => {
    const segs = splitJobSections(lines('Developer', 'Requirements:', 'Python. We strongly prefer candidates who also have: - Kafka', 'Responsibilities:', 'Run Kafka'));
    expect(segs.map((s) => `${s.kind} ${s.text}`)).toEqual([
      'title Developer',
      'required Python.',
      'required We strongly prefer candidates who also have',
      'preferred Kafka',
      'responsibilities Run Kafka',
    ]);
  });

  it('leaves a long sentence with a plus, or a lead-in that asks, as it is', () => {
    const long = splitJobSections(lines('Developer', 'Requirements:', 'Experience with Kafka is a plus, and so is anything else that you happen to have', 'Python'));
    expect(long.at(-1)!.kind).toBe('required');
    const asks = splitJobSections(lines('Developer', 'Requirements:', 'The ideal candidate will have:', 'Python'));
    expect(asks.at(-1)!.kind).toBe('required');
  });
});

describe('what a duty acts on', () => {
  const PHRASES = phraseVocabulary(['best practices\tspan', 'credit applications\tobject', 'customer expectations\tobject', 'statistical data\tobject'].sort());
  const named = (...texts: string[]): string[] => analyzeJob(postingDoc('Analyst', ...texts), find, { phrases: PHRASES }).requirements.flatMap((r) => r.anyOf);

  it('names the work object of a duty ("Reviews credit applications", "Analyze statistical data")', () => {
    const got = named('Responsibilities:', '- Reviews and evaluates credit applications', '- Analyze and develop statistical data', 'Requirements:', '- Python', '- Kafka', '- AWS');
    expect(got).toContain('credit applications');
    expect(got).toContain('statistical data');
  });

  it('names no goal a duty attains, and no loose phrase', () => {
    const got = named('Responsibilities:', '- Meet customer expectations on every job', '- Create best practices for the team', 'Requirements:', '- Python', '- Kafka', '- AWS', '- Terraform');
    expect(got).not.toContain('customer expectations');
    expect(got).not.toContain('best practices');
  });
});

describe("the employer's own sentences", () => {
  const PHRASES = phraseVocabulary(['security clearance\tspan']);
  const named = (...texts: string[]): string[] => analyzeJob(postingDoc('Data Scientist', ...texts), find, { phrases: PHRASES }).requirements.flatMap((r) => r.anyOf);
  const EEO = 'ACME PGS, INC. is an Equal Opportunity Employer.';

  it('knows the employer by a name in capitals and its firm form ("ACME PGS, INC."), and reads no phrase in its sentences', () => {
    expect(named('Requirements:', '- Python', '- Kafka', 'ACME PGS, INC. sources professionals who must hold a security clearance for federal agencies.', EEO)).not.toContain('security clearance');
    expect(named('Requirements:', '- Python', '- Must hold a security clearance', EEO)).toContain('security clearance');
  });
});

describe('a name in capitals as an item of a list', () => {
  it('reads "- AWS" and "• SQL" as items, not headings that end the requirements', () => {
    const doc: Document = { ...postingDoc('Engineer', 'Requirements:', 'Python', 'AWS', 'Terraform'), };
    doc.lines = doc.lines.map((l, i) => (i >= 2 ? { ...l, bullet: true } : l));
    expect(reqs(doc)).toEqual(['required Python', 'required Amazon Web Services', 'required Terraform']);
    expect(reqs(postingDoc('Engineer', 'Requirements:', '- Python', '- AWS', '- Terraform'))).toEqual(['required Python', 'required Amazon Web Services', 'required Terraform']);
  });

  it('still reads a longer line in capitals as a heading', () => {
    const segs = splitJobSections(lines('Engineer', 'Requirements:', 'Python', 'WHAT WE OFFER TO YOU', 'Kafka'));
    expect(segs.map((s) => s.kind)).toEqual(['title', 'required', 'benefits']);
    const other = splitJobSections(lines('Engineer', 'Requirements:', 'Python', 'LIFE AT ACME', 'Kafka'));
    expect(other.map((s) => s.kind)).toEqual(['title', 'required', 'other']);
  });
});

describe("the fields of a degree, and a writing style's name", () => {
  const FIND = tinyFinder([
    ['English', 'business'], ['Journalism', 'domain'], ['Communication', 'soft', ['communications', 'communication']], ['Python', 'language'],
    ['Accounts Payable', 'finance', ['AP', 'accounts payable']],
  ]);
  const names = (...texts: string[]): string[] => analyzeJob(postingDoc('Proofreader', 'Requirements:', ...texts), FIND).requirements.flatMap((r) => r.anyOf);

  it('reads every subject of "degree in English, Journalism or Communications" as the education asked', () => {
    const got = names("- Bachelor's degree in English, Journalism or Communications", '- Python');
    expect(got).toEqual(['Python']);
  });

  it('keeps a skill asked beside the degree, and a product in its list', () => {
    expect(names("- Bachelor's degree and strong communication skills")).toContain('Communication');
    expect(names('- BS in Computer Science, Python')).toContain('Python');
  });

  it('reads "AP Style" as no Accounts Payable', () => {
    expect(names('- Familiarity with AP Style or Chicago style')).not.toContain('Accounts Payable');
    expect(names('- Experience with AP and AR')).toContain('Accounts Payable');
  });
});

describe('nursing degrees by their letters', () => {
  it.each([
    ['BSN preferred', 'bachelor'],
    ['ADN or BSN required', 'associate'],
    ['MSN preferred', 'master'],
  ])("reads '%s'", (text, level) => {
    expect(parseEducation(text)?.level).toBe(level);
  });

  it.each(['Experience with ASN.1 encoding', 'BSNL network experience', 'Knowledge of DNS and CDN'])("reads no degree in '%s'", (text) => {
    expect(parseEducation(text)).toBeNull();
  });
});

describe('years of each item of a short list, and years in a closing parenthesis', () => {
  const of = (text: string): string[] => parseYears(text).map((y) => `${y.years} ${text.slice(y.start, y.end).trim()}`);

  it('reads the years of every name of "with React, Redux and TypeScript"', () => {
    expect(of('4+ years of experience with React, Redux and TypeScript')).toEqual(['4 4+ years of experience with React, Redux and TypeScript']);
    expect(of('2 years in sales, marketing and customer service')).toEqual(['2 2 years in sales, marketing and customer service']);
    const got = reqs(postingDoc('Engineer', 'Requirements:', '- 3+ years of experience with Python, Kafka and AWS'));
    expect(got).toEqual(['required Python 3y', 'required Kafka 3y', 'required Amazon Web Services 3y']);
  });

  it('stops at a comma before a phrase that is no name', () => {
    expect(of('2+ years of experience in sales, excellent phone manner and strong closing skills')).toEqual(['2 2+ years of experience in sales']);
    expect(of('5+ years of Java, Spring and strong communication skills')).toEqual(['5 5+ years of Java']);
    expect(of('5+ years of experience, Python, Kafka')).toEqual(['5 5+ years of experience']);
  });

  it('gives the years of "(5+ years)" to the item before it', () => {
    expect(of('Experience with Java (5+ years), Kafka (3 years)')).toEqual(['5 Experience with Java', '3 Kafka']);
    expect(reqs(postingDoc('Engineer', 'Requirements:', '- Experience with Python (5+ years)'))).toEqual(['required Python 5y']);
  });

  it('leaves a parenthesis that only counts years as prose', () => {
    expect(of('We have served clients (for 30 years) across the US')).toEqual([]);
  });
});

describe('experience asked in an industry', () => {
  const industry = (text: string): string[] => findIndustryTerms(text, []).map((h) => h.skill);

  it.each([
    ['Commercial development experience in financial or related industries', 'financial industry'],
    ['Experience in the healthcare industry is a plus', 'healthcare industry'],
    ['3 years of restaurant industry experience', 'restaurant industry'],
  ])("reads '%s'", (text, name) => {
    expect(industry(text)).toEqual([name]);
  });

  it.each(['Significant relevant industry experience', 'Experience in a related industry', 'We are leaders in the industry', 'Knowledge of industry standards'])(
    "reads no industry in '%s'",
    (text) => {
      expect(industry(text)).toEqual([]);
    },
  );

  it('asks it in the tier of its clause', () => {
    expect(reqs(postingDoc('Developer', 'Preferred:', '- Experience in the insurance industry', 'Requirements:', '- Python', '- Kafka', '- AWS'))).toContain('preferred insurance industry');
  });
});

describe('a team named for its way of working', () => {
  const FIND = tinyFinder([['Scrum', 'methodology'], ['DevOps', 'practice'], ['Product Management', 'business', ['product management']]]);
  const names = (...texts: string[]): string[] => analyzeJob(postingDoc('Engineer', 'Responsibilities:', ...texts), FIND).requirements.flatMap((r) => r.anyOf);

  it('reads Scrum in "work with product management and your scrum team"', () => {
    expect(names('- Work collaboratively with product management and your scrum team to deliver features')).toEqual(['Scrum']);
  });

  it('still reads a team named for a department as a team', () => {
    expect(names('- Work closely with the DevOps team to deliver features')).not.toContain('DevOps');
  });
});

describe('the employer ranking itself among its peers', () => {
  it.each([
    "Acme Information is one of the nation's top five privately-held IT consulting firms.",
    'Globex is among the leading professional services organizations, with clients in more than 20 industries.',
    'We work with the top clients in the US across all industries (finance, insurance, telecommunications).',
  ])("asks nothing in '%s'", (text) => {
    expect(isBoilerplate(text)).toBe(true);
  });

  it.each(['Python is one of the languages you will use daily', 'Experience across several industries such as retail'])("still asks in '%s'", (text) => {
    expect(isBoilerplate(text)).toBe(false);
  });
});

describe('a named phrase over an overlapping object', () => {
  const PHRASES = phraseVocabulary(['maintenance work\tobject', 'work orders', 'statistical data\tobject'].sort());

  it('reads "work orders" in "maintenance work orders", in a duty and in an ask', () => {
    expect(findClausePhrases('Complete maintenance work orders daily', PHRASES, [], { duty: true }).map((h) => h.skill)).toEqual(['work orders']);
    expect(findClausePhrases('Ability to read maintenance work orders', PHRASES, []).map((h) => h.skill)).toEqual(['work orders']);
  });

  it('keeps the object phrase when no named one runs past it', () => {
    expect(findClausePhrases('Schedule maintenance work for the weekend', PHRASES, [], { duty: true }).map((h) => h.skill)).toEqual(['maintenance work']);
  });
});

describe('the verb that opens a duty', () => {
  it('is no part of an object phrase ("Model data and write queries")', () => {
    const PHRASES = phraseVocabulary(['model data\tobject', 'statistical data\tobject'].sort());
    expect(findClausePhrases('Model data and write efficient queries', PHRASES, [], { duty: true })).toEqual([]);
    expect(findClausePhrases('Analyze and model statistical data', PHRASES, [], { duty: true }).map((h) => h.skill)).toEqual(['statistical data']);
  });
});
