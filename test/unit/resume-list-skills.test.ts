/**
 * Skills lists read with the open vocabularies (issue 18, held-out recall): an item of a skills
 * list that an ESCO label or an O*NET technology example names whole; a concept the sentence
 * calls the candidate's skills; livecareer's other names of the skills and summary headings.
 * Made-up text only.
 */
import { describe, expect, it } from 'vitest';
import { acronymItems, compoundItems, itemForms, joinedParts, listedParts, listItems, namedListItems, opensAnItemsName, unknownProducts, type AcronymRefusals } from '../../src/resume/list-items.js';
import { headingRule } from '../../src/resume/structure/headings.js';
import { loadListCompounds, loadListVocabulary } from '../../src/taxonomy/list-skills.js';
import type { ResumeProfile } from '../../src/types.js';
import { readMadeUp as read } from '../helpers/made-up-resume.js';

const skillsOf = (p: ResumeProfile) => p.skills.map((s) => s.name.toLowerCase());
const HEAD = 'Jane Doe\njane.doe@example.com\n\nEXPERIENCE\nFront Desk Agent, Grand Hotel, Boston, MA\nJan 2019 - Present\n- Greeted guests\n';

describe('list items', () => {
  it('splits a line into items after its label, with offsets', () => {
    const text = 'Social Media: LinkedIn, Twitter and Facebook.';
    const items = listItems(text);
    expect(items.map((i) => i.text)).toEqual(['LinkedIn', 'Twitter and Facebook']);
    expect(text.slice(items[0]!.start, items[0]!.end)).toBe('LinkedIn');
  });

  it('names an item only when the vocabulary holds it whole and no skill was read there', () => {
    const vocabulary = new Map([['immigration law', 'immigration law'], ['pbx', 'PBX']]);
    const text = 'Immigration law, PBX, immigration law reform';
    expect(namedListItems(listItems(text), vocabulary, []).map((i) => i.name)).toEqual(['Immigration law', 'PBX']);
    expect(namedListItems(listItems(text), vocabulary, [{ start: 17, end: 20 }]).map((i) => i.name)).toEqual(['Immigration law']);
  });

  it('names the item after how it is held ("Knowledge of", "Proficient in"), not a word before it', () => {
    const vocabulary = new Map([['immigration law', 'immigration law'], ['pbx', 'PBX']]);
    const text = 'Knowledge of immigration law, Proficient in PBX, Reform of immigration law';
    const named = namedListItems(listItems(text), vocabulary, []);
    expect(named.map((i) => i.name)).toEqual(['Immigration law', 'PBX']);
    expect(text.slice(named[0]!.start, named[0]!.end)).toBe('immigration law');
  });
});

describe('unknown products in a technical list', () => {
  const plain = { commonWords: new Set(['invoice']), firstNames: new Set(['james']), places: new Set(['boston']), titleWords: new Set(['integrator', 'associate']), titleHeads: new Set<string>() };

  it('reads words with inner capitals beside known products', () => {
    const text = 'Analysis Tools: IPVoid, VirusTotal, ExifTool, Wireshark';
    expect(unknownProducts(listItems(text), 1, [{ start: 46, end: 55 }], plain).map((i) => i.name)).toEqual(['IPVoid', 'VirusTotal', 'ExifTool']);
  });

  it('reads no capitalised English word, no name alone, and nothing without a known product', () => {
    expect(unknownProducts(listItems('Invoice, Integrator, Python, Java'), 2, [{ start: 21, end: 27 }, { start: 29, end: 33 }], plain)).toEqual([]);
    expect(unknownProducts(listItems('VirusTotal, ExifTool, IPVoid'), 0, [], plain)).toEqual([]);
    expect(unknownProducts(listItems('Splunk, ArcSight'), 1, [], plain)).toEqual([]);
  });

  /** Where the taxonomy read the known products of a line. */
  const known = (text: string, names: string[]) => names.map((n) => ({ start: text.indexOf(n), end: text.indexOf(n) + n.length }));
  const unknown = (text: string, names: string[]) => unknownProducts(listItems(text), names.length, known(text, names), plain).map((i) => i.name);

  it('reads a capitalised word no English word, name, place or title word names in a list of engineers\' products', () => {
    expect(unknown('SQLMap, Netcat, Shodan, Nmap, Dirbuster, Metasploit', ['Nmap', 'Metasploit'])).toEqual(['SQLMap', 'Netcat', 'Shodan', 'Dirbuster']);
  });

  it('reads no plain capitalised word with one known product, in a short list, or in a sentence naming firms', () => {
    expect(unknown('Netcat, Shodan, Nmap, Dirbuster', ['Nmap'])).toEqual([]);
    expect(unknown('Netcat, Nmap, Metasploit', ['Nmap', 'Metasploit'])).toEqual([]);
    expect(unknown('Phabricator is used daily by Facebook, Dropbox, Quora, Asana', ['Dropbox', 'Asana'])).toEqual([]);
    expect(unknown('Boston, James, Associate, Invoice, Python, Java', ['Python', 'Java'])).toEqual([]);
    expect(unknown('Excel, Microsoft Office, Outlook, Microsoft', ['Excel', 'Microsoft Office', 'Outlook'])).toEqual([]);
  });

  it('reads them in a resume, not in prose', () => {
    const p = read(`${HEAD}\nSKILLS\nPentesting Tools: SQLMap, Nmap, Metasploit, MimiKatz etc.\n`);
    expect(skillsOf(p)).toEqual(expect.arrayContaining(['sqlmap', 'mimikatz']));
    const q = read(`${HEAD}- Reviewed how the SecureCorp team used Nmap and Metasploit\n`);
    expect(skillsOf(q)).not.toContain('securecorp');
  });
});

describe('abbreviations in a skills list', () => {
  const refuse: AcronymRefusals = {
    commonWords: new Set(['and', 'skills', 'core']),
    firstNames: new Set(['ann']),
    places: new Set(['usa']),
    titleWords: new Set<string>(),
    titleHeads: new Set(['lpn']),
    namesADegree: (text) => /^(?:MBA|BSN)$/.test(text),
  };
  const acronyms = (text: string, taken: { start: number; end: number }[] = []) => acronymItems(listItems(text), text, taken, refuse).map((i) => i.name);

  it('reads items written in capitals, three letters or more, as names', () => {
    expect(acronyms('Compliance: FMLA, HAZCOM, EEOC')).toEqual(['FMLA', 'HAZCOM', 'EEOC']);
    expect(acronyms('Mainframe: MS-DOS, TSO/ISPF, ISO9001, and RACF')).toEqual(['MS-DOS', 'TSO/ISPF', 'ISO9001', 'RACF']);
    expect(acronyms('SHRM')).toEqual(['SHRM']);
  });

  it('reads no short, lower-case or misread item, no state, month, numeral, degree, title, word or name', () => {
    expect(acronyms('TV, HP, Excel, Shrm, DRAKEÂ, E-')).toEqual([]);
    expect(acronyms('Boston, MA, NY, DEC, III, MBA, BSN, LPN, ANN, USA')).toEqual([]);
  });

  it('reads nothing in a heading written in capitals, or in the title a bar sets before a list', () => {
    expect(acronyms('SKILLS AND CORE ABILITIES')).toEqual([]);
    expect(acronyms('BOLDR | ReactJS, Firebase, Git')).toEqual([]);
  });

  it('leaves an item the taxonomy read to it', () => {
    expect(acronyms('OSHA, FMLA', [{ start: 0, end: 4 }])).toEqual(['FMLA']);
  });

  it('reads them in a skills section and in a list of skills, not in prose', () => {
    const p = read(`${HEAD}\nSKILLS\nCustomer service, FMLA, HAZCOM\nNGSS\n`);
    expect(skillsOf(p)).toEqual(expect.arrayContaining(['fmla', 'hazcom', 'ngss']));
    const q = read(`${HEAD}- Filed FMLA paperwork for the HAZCOM and OSHA teams\n- Used Python, Java, EDR and YAML configs\n`);
    expect(skillsOf(q)).not.toContain('fmla');
    expect(skillsOf(q)).not.toContain('hazcom');
  });
});

describe('an abbreviation opening a longer name', () => {
  const at = (text: string, surface: string) => ({ surface, start: text.indexOf(surface), end: text.indexOf(surface) + surface.length });

  it('is the first word of the item\'s name when capitalised words nothing reads follow it', () => {
    const text = 'AP Style, MLA Style, PR Newswire';
    expect(opensAnItemsName(at(text, 'AP'), listItems(text), [])).toBe(true);
    expect(opensAnItemsName(at(text, 'PR'), listItems(text), [])).toBe(true);
  });

  it('is the field alone, with a word of how it is held, another skill or nothing after it', () => {
    const text = 'AP, ERP Systems, CRM Proficient, QA Automation, AP invoices';
    const items = listItems(text);
    expect(opensAnItemsName(at(text, 'AP'), items, [])).toBe(false);
    expect(opensAnItemsName(at(text, 'ERP'), items, [])).toBe(false);
    expect(opensAnItemsName(at(text, 'CRM'), items, [])).toBe(false);
    const qa = at(text, 'QA');
    expect(opensAnItemsName(qa, items, [qa, at(text, 'QA Automation')])).toBe(false);
    expect(opensAnItemsName(at('AP invoices', 'AP'), listItems('AP invoices'), [])).toBe(false);
  });

  it('reads no Accounts Payable from AP Style in a resume, and keeps AP listed alone', () => {
    expect(skillsOf(read(`${HEAD}\nSKILLS\nAP Style, Chicago Manual of Style, WordPress\n`))).not.toContain('accounts payable');
    expect(skillsOf(read(`${HEAD}\nSKILLS\nAP, AR, General Ledger\n`))).toContain('accounts payable');
  });
});

describe('products listed under their short names', () => {
  it('knows the brand and the product of O*NET names without their firm', () => {
    const v = loadListVocabulary();
    // ArcSight Enterprise Threat and Risk Management, Trivantis Lectora, Veritas NetBackup, MediPro Medisoft Clinical.
    for (const form of ['arcsight', 'lectora', 'netbackup', 'medisoft', 'paycor']) expect(v.get(form), form).toBeDefined();
  });

  it('knows the product after a vendor that opens several O*NET names (Siemens Teamcenter, UPS WorldShip, Cisco Systems CiscoWorks)', () => {
    const v = loadListVocabulary();
    for (const form of ['teamcenter', 'worldship', 'ciscoworks']) expect(v.get(form), form).toBeDefined();
    // After a vendor, an English word or a given name left alone is no product ("Microsoft Word", "Oracle Siebel").
    for (const form of ['word', 'dynamics', 'siebel']) expect(v.get(form), form).toBeUndefined();
  });

  it('knows no English word, job title or description left by the shortening', () => {
    const v = loadListVocabulary();
    for (const form of ['estimator', 'personable', 'advanced hr', 'digital library', 'server', 'chain visibility']) expect(v.get(form), form).toBeUndefined();
  });

  it('reads a pair of names beside a known product as products, wherever the pair stands', () => {
    const p = read(`${HEAD}\nTOOL EXPOSURE\nSIEM\nSplunk, ArcSight\n`);
    expect(skillsOf(p)).toContain('arcsight');
  });

  it('reads no pair without a known product, and no credential beside its issuer', () => {
    expect(skillsOf(read(`${HEAD}\nCERTIFICATIONS\nCision, Paycor\n`))).not.toContain('cision');
    expect(skillsOf(read(`${HEAD}\nCERTIFICATIONS\n2023 Certified: Terraform Associate (003), HashiCorp\n`))).not.toContain('hashicorp');
  });

  it('reads them as items of a skills list, not in prose', () => {
    const p = read(`${HEAD}\nSKILLS\nSIEM: Splunk, ArcSight\nPR software: Cision, Meltwater, Hootsuite\n`);
    expect(skillsOf(p)).toEqual(expect.arrayContaining(['arcsight', 'cision']));
    const q = read(`${HEAD}- Sent the Cision report to the ArcSight team\n`);
    expect(skillsOf(q)).not.toContain('cision');
  });
});

describe('skills lists named by the open vocabularies', () => {
  it('reads social media and ESCO skills listed in a skills section', () => {
    const p = read(`${HEAD}\nSKILLS\nSocial Media Administration: LinkedIn, Twitter, Instagram\nImmigration law, Revenue management\n`);
    expect(skillsOf(p)).toEqual(expect.arrayContaining(['linkedin', 'twitter', 'instagram', 'immigration law']));
  });

  it('reads no such name out of prose, and no plain English word as an item', () => {
    const p = read(`${HEAD}- Posted news on LinkedIn about immigration law reform\n\nSKILLS\naccess, policies, safety\n`);
    expect(skillsOf(p)).not.toContain('linkedin');
    expect(skillsOf(p)).not.toContain('immigration law');
    expect(skillsOf(p)).not.toContain('access');
    expect(skillsOf(p)).not.toContain('policies');
  });

  it('reads a long comma list item by item, a hyphen between words as a space', () => {
    const p = read(`${HEAD}\nSKILLS\nInterpersonal: Critical Thinking, Problem Solving, Leadership, Communication, Organization, Time-Management\n`);
    expect(skillsOf(p)).toEqual(expect.arrayContaining(['time management', 'problem solving', 'leadership']));
    const q = read(`${HEAD}- Kept a time-management log for the manager\n`);
    expect(skillsOf(q)).not.toContain('time management');
  });

  it('reads an item a wrapped skills line cut in two', () => {
    const p = read(`${HEAD}\nSKILLS\nauditing, contracts, customer\nservice, sales\n`);
    expect(skillsOf(p)).toContain('customer service');
  });
});

describe('a concept the sentence calls one of the skills', () => {
  it('claims concepts coordinated before "skills"', () => {
    const p = read(`${HEAD}- Used strong time management and problem solving skills to run the desk\n`);
    expect(skillsOf(p)).toEqual(expect.arrayContaining(['time management', 'problem solving']));
  });

  it('reads each adjective coordinated before "skills" as its skill', () => {
    const p = read(`${HEAD}\nSUMMARY\nSeeking a role to use my organizational and analytical skills.\n`);
    expect(skillsOf(p)).toEqual(expect.arrayContaining(['organizational skills', 'analytical skills']));
    const q = read(`${HEAD}\nSUMMARY\nSeeking a role to use my organizational talents and an analytical mind.\n`);
    expect(skillsOf(q)).not.toContain('analytical skills');
  });

  it('does not claim a concept merely met in a sentence', () => {
    const p = read(`${HEAD}- Attended a seminar on time management with the team\n`);
    expect(skillsOf(p)).not.toContain('time management');
  });
});

describe('headings of livecareer layouts', () => {
  it('reads Core Strengths and Core Qualifications as skills, Career Overview as a summary', () => {
    expect(headingRule('Core Strengths')?.section).toBe('skills');
    expect(headingRule('Core Qualifications')?.section).toBe('skills');
    expect(headingRule('Career Overview')?.section).toBe('summary');
    expect(headingRule('Certifications and Trainings')?.section).toBe('certifications');
  });

  it('keeps the headings named before', () => {
    expect(headingRule('Summary of Qualifications')?.section).toBe('summary');
    expect(headingRule('Academic Qualifications')?.section).toBe('education');
  });
});

describe('the long tail of a skills list: Stack Overflow tags (issue 18)', () => {
  it('reads products and practices a tag names, whole items of a skills list, with the capitals written', () => {
    const p = skillsOf(read(`${HEAD}\nSKILLS\nBuild: Cobertura, DBeaver, Oracle ADF\nGraph Theory\n`));
    expect(p).toEqual(expect.arrayContaining(['cobertura', 'dbeaver', 'oracle adf', 'graph theory']));
    expect(read(`${HEAD}\nSKILLS\nDBeaver, Git\n`).skills.map((s) => s.name)).toContain('DBeaver');
  });

  it('reads no tag out of prose, no plural of an English word, and no version as a skill of its own', () => {
    expect(skillsOf(read(`${HEAD}- Measured coverage with cobertura before each release of the portal\n`))).not.toContain('cobertura');
    expect(skillsOf(read(`${HEAD}\nSKILLS\nFrameworks\nAliases\n`))).toEqual([]);
    const p = skillsOf(read(`${HEAD}\nSKILLS\nSQL Server 2005, ASP.NET 4.0\n`));
    expect(p).toContain('sql server');
    expect(p).not.toContain('sql server 2005');
  });

  it('reads a tag in a skills section only, not in a comma line of a position', () => {
    expect(skillsOf(read(`${HEAD}\nSKILLS\nAutoscaling, Fault Tolerance, Terraform\n`))).toContain('autoscaling');
    expect(skillsOf(read(`${HEAD}- Ran the AWS estate, focusing on availability, fault tolerance, and autoscaling.\n`))).not.toContain('autoscaling');
  });

  it('does not let a tag opening with a product\'s word make that word a vendor\'s', () => {
    // "ghost-blog" is a tag; Ghost beside known products is still a product of the list.
    expect(skillsOf(read(`${HEAD}\nSKILLS\nTools: Nmap, Wireshark, Symantec Antivirus, Ghost, Splunk\n`))).toContain('ghost');
  });

  it('reads names listed one a line, and joins no two of them as a wrapped item', () => {
    const p = skillsOf(read(`${HEAD}\nSKILLS\nJenkins\nGroovy\nGit\nChef\n`));
    expect(p).toEqual(expect.arrayContaining(['jenkins', 'groovy', 'git', 'chef']));
    expect(p).not.toContain('jenkins groovy');
  });
});

describe('an item marked, qualified or versioned (issue 18)', () => {
  const forms = (text: string) => itemForms({ text, start: 10, end: 10 + text.length }).map((f) => [f.text, f.start, f.end]);

  it('offers the name without a mark, a closing qualifier or a version, offsets kept', () => {
    expect(forms('Ethernet (3 years)')).toEqual([['Ethernet (3 years)', 10, 28], ['Ethernet', 10, 18]]);
    expect(forms('-JIRA')).toEqual([['-JIRA', 10, 15], ['JIRA', 11, 15]]);
    expect(forms('Oracle WebLogic Server 10.3.6').at(-1)).toEqual(['Oracle WebLogic Server', 10, 32]);
    expect(forms('Tosca (Less than 1').at(-1)).toEqual(['Tosca', 10, 15]);
  });

  it('offers the item as written first, and nothing more for a bare name or a number alone', () => {
    expect(forms('Office 365')[0]).toEqual(['Office 365', 10, 20]);
    expect(forms('Python')).toEqual([['Python', 10, 16]]);
    expect(forms('(3 years)')).toEqual([['(3 years)', 10, 19]]);
  });

  it('reads such items in a skills list, and no qualifier as a skill', () => {
    const p = skillsOf(read(`${HEAD}\nSKILLS\nDBeaver (2 years), Cobertura (Less than 1 year)\n- Oracle ADF\nOracle WebLogic Server 12.2\n`));
    expect(p).toEqual(expect.arrayContaining(['dbeaver', 'cobertura', 'oracle adf', 'oracle weblogic server']));
    expect(p.some((s) => /year|12\.2/.test(s))).toBe(false);
  });

  it('reads a product written in two words as its one-word name, but no two English words as one', () => {
    expect(skillsOf(read(`${HEAD}\nSKILLS\nCode Blocks, Git, Maven\n`))).toContain('code blocks');
    expect(skillsOf(read(`${HEAD}\nSKILLS\nSonar Qube, Quick Books, File Maker\n`))).toEqual(expect.arrayContaining(['sonarqube', 'quickbooks', 'filemaker']));
    expect(skillsOf(read(`${HEAD}\nSKILLS\nData Base, Git, Maven\n`))).not.toContain('database');
    // Only in a skills section: two words in prose are two words.
    expect(skillsOf(read(`${HEAD}- Wrote a quick books review, a file maker guide\n`))).not.toContain('quickbooks');
  });
});

describe('an item closed by a note\'s mark (issue 18)', () => {
  it('ends the item before a dagger, an asterisk or a trademark sign', () => {
    expect(listItems('DBeaver†, Cobertura*, QuickBooks®').map((i) => i.text)).toEqual(['DBeaver', 'Cobertura', 'QuickBooks']);
    expect(listItems('C++, C#, Word.').map((i) => i.text)).toEqual(['C++', 'C#', 'Word']);
  });

  it('reads a marked name in a skills list, and still no plain word or plural marked', () => {
    const p = skillsOf(read(`${HEAD}\nSKILLS\nThose used daily are marked †.\nDBeaver†\nCobertura*\nGit†\n`));
    expect(p).toEqual(expect.arrayContaining(['dbeaver', 'cobertura', 'git']));
    expect(skillsOf(read(`${HEAD}\nSKILLS\nFrameworks†\nAliases*\n`))).toEqual([]);
  });
});

describe('a list a line holds among its sentences (issue 18)', () => {
  const SUMMARY = 'Jane Doe\njane.doe@example.com\n\nSUMMARY\n';
  const duties = 'Took calls from the field offices and wrote the weekly report for the board';

  it('finds short capitalised names between bars, and the names of a list sentence, with offsets', () => {
    const text = `Supervised four analysts on the night shift | Incident Response | Data Engineering | ${duties}`;
    expect(listedParts(text, false).map((p) => text.slice(p.start, p.end))).toEqual(['Incident Response', 'Data Engineering']);
    const summary = 'Led a small team through two launches. Usability, Experience Design, XML';
    expect(listedParts(summary, true).map((p) => p.text)).toEqual(['Usability', 'Experience Design', 'XML']);
    expect(listedParts(summary, false)).toEqual([]);
  });

  it('finds nothing on a dated line, in a sentence of duties, or in a line of one sentence', () => {
    expect(listedParts('Analyst | Incident Response | Data Engineering | 2019 - Present', false)).toEqual([]);
    expect(listedParts('Led two launches. Wrote the plan, hired the staff, ran the budget, met the board', true)).toEqual([]);
    expect(listedParts('Usability and experience design, for web, mobile and kiosks', true)).toEqual([]);
  });

  it('claims what the list names, as a list line of its own would', () => {
    expect(skillsOf(read(`${HEAD}- Supervised four analysts on the night shift | Incident Response | Data Engineering | ${duties}\n`))).toContain('security incident response');
    expect(skillsOf(read(`${SUMMARY}Led a small team of developers through two launches. Usability, Experience Design, Object Oriented Design, XML\n`))).toEqual(expect.arrayContaining(['usability', 'ux design', 'object oriented design']));
  });

  it('claims nothing the same words name in prose, on a dated line, or in a position\'s sentences', () => {
    expect(skillsOf(read(`${HEAD}- Supervised four analysts on the night shift, incident response, data engineering, ${duties.toLowerCase()}\n`))).not.toContain('security incident response');
    expect(skillsOf(read(`${HEAD}- Analyst | Incident Response | Data Engineering | 2019 - Present\n`))).not.toContain('security incident response');
    expect(skillsOf(read(`${SUMMARY}Led a small team of developers through two launches. Usability and experience design were the focus of the work\n`))).toEqual([]);
    expect(skillsOf(read(`${HEAD}- Led a small team of developers through two launches. Usability, Experience Design, Object Oriented Design, XML\n`))).not.toContain('usability');
  });
});

describe('names joined in one item, and a list line that continues another (issue 18)', () => {
  const parts = (text: string) => joinedParts({ text, start: 0, end: text.length }).map((p) => p.text);

  it('splits an item at slashes, "and" and "&", with offsets', () => {
    expect(parts('GAAP/JSOX/ISO/SOX')).toEqual(['GAAP', 'JSOX', 'ISO', 'SOX']);
    expect(parts('EZLabor and EasyPay')).toEqual(['EZLabor', 'EasyPay']);
    const [, second] = joinedParts({ text: 'Vocus & Cision', start: 5, end: 19 });
    expect(second).toEqual({ text: 'Cision', start: 13, end: 19 });
  });

  it('splits no single name, no phrase and no list of more than four', () => {
    expect(parts('QuickBooks')).toEqual([]);
    expect(parts('Managed budgets for the regional sales offices and the warehouse')).toEqual([]);
    expect(parts('A/B/C/D/E')).toEqual([]);
  });

  it('reads names and abbreviations joined in a skills section', () => {
    const p = skillsOf(read(`${HEAD}\nSKILLS\nSQL, Excel, GAAP/JSOX/ISO/SOX\nPayroll: ADP, TimeSaver, EZLabor and EasyPay\n`));
    expect(p).toEqual(expect.arrayContaining(['jsox', 'iso', 'ezlabor', 'easypay', 'timesaver']));
  });

  it('reads no plain words joined, and nothing joined outside a skills section', () => {
    expect(skillsOf(read(`${HEAD}- Paid staff with EZLabor and EasyPay, Python, SQL\n`))).not.toContain('ezlabor');
  });

  it('reads products on a skills line that continues a technical one, and ends an item at a sentence\'s end', () => {
    expect(listItems('MS Office including Excel 2010 and 2003. UltiPro, ADP').map((i) => i.text)).toEqual(['MS Office including Excel 2010 and 2003', 'UltiPro', 'ADP']);
    expect(listItems('St. Louis, U.S. Army').map((i) => i.text)).toEqual(['St. Louis', 'U.S. Army']);
    expect(skillsOf(read(`${HEAD}\nSKILLS\nPython, SQL, MongoDB,\nDenseNet, Keras, YOLO\n`))).toContain('densenet');
    // Alone, or under a line of soft skills, one product known is too little company.
    expect(skillsOf(read(`${HEAD}\nSKILLS\nDenseNet, Keras, YOLO\n`))).not.toContain('densenet');
    expect(skillsOf(read(`${HEAD}\nSKILLS\nLeadership, Teamwork,\nDenseNet, Keras, YOLO\n`))).not.toContain('densenet');
  });
});

describe('a product named like an employer', () => {
  const POSITION = 'Jane Doe\njane.doe@example.com\n\nEXPERIENCE\n2016-2017: HTML markup\n-- WPG (Kharkiv, Ukraine)\n- Website layout\n';

  it('is listed in a skills section even when an organization read from a position opens with its name', () => {
    expect(skillsOf(read(`${POSITION}\nSKILLS\nHTML, CSS, JavaScript\n`))).toContain('html');
  });

  it('is the employer outside a skills section', () => {
    const notion = 'Jane Doe\njane.doe@example.com\n\nEXPERIENCE\nSoftware Engineer, Notion, San Francisco, CA\nJan 2019 - Present\n- Worked at Notion on the editor in TypeScript\n';
    expect(skillsOf(read(notion))).not.toContain('notion');
    // The same resume listing it under SKILLS claims it: the name is known, the employer rule did the work.
    expect(skillsOf(read(`${notion}\nSKILLS\nNotion, Jira, Confluence\n`))).toContain('notion');
  });
});

describe('a practice a skills list names in words no vocabulary holds whole (issue 18)', () => {
  const compounds = loadListCompounds();
  const read2 = (text: string) => compoundItems(listItems(text), compounds, []).map((i) => i.name);

  it('reads two or three words closed by an activity noun after words that qualify practices', () => {
    expect(read2('Crisis management, Employee development, Career planning, Network support')).toEqual(['Crisis management', 'Employee development', 'Career planning', 'Network support']);
    // A heading's capitals are the name's case; a hyphen between the words is a space.
    expect(read2('CRISIS MANAGEMENT; Multi-site operations management')).toEqual(['Crisis management']);
  });

  it('reads no adjective of degree, joining word, sentence, single word or name of a thing', () => {
    expect(read2('Senior Management, Strong leadership, Good communication, Top quality work')).toEqual([]);
    expect(read2('Research and Development, Analysis and reporting')).toEqual([]);
    expect(read2('Management of large capital budgets, Sales, Process equipment, Hazardous waste')).toEqual([]);
    expect(read2('Marketing Manager, Civil Engineer, Project lead')).toEqual([]);
  });

  it('leaves an item something read to it', () => {
    const text = 'Crisis management, Goal setting';
    expect(compoundItems(listItems(text), compounds, [{ start: 0, end: 17 }])).toEqual([]);
  });

  it('reads no such phrase in a keyword list a program generated from the sentences above', () => {
    const work = `${HEAD}- Provided support to clients on implementations, software support, and financial reporting issues\n- Kept the accounts payable, accruals, budget and general ledger in QuickBooks for the payroll and taxes\n- Answered vendors by email and phone; filed invoices\n`;
    const generated = 'accounts payable, accruals, budget, clients, email, financial reporting, general ledger, implementations, invoices, payroll, phone, QuickBooks, software support, support, taxes, vendors';
    expect(skillsOf(read(`${work}\nSKILLS\n${generated}\n`))).not.toContain('software support');
    // The same phrase in a list the person wrote is read.
    expect(skillsOf(read(`${HEAD}\nSKILLS\nSoftware support, Customer service\n`))).toContain('software support');
  });

  it('claims such an item in a skills section, not in prose nor on a line a hyphen wrapped', () => {
    expect(skillsOf(read(`${HEAD}\nSKILLS\nCrisis management, Customer service\nCareer planning\n`))).toEqual(expect.arrayContaining(['crisis management', 'career planning']));
    expect(skillsOf(read(`${HEAD}- Led crisis management for the front desk, with career planning for staff\n`))).not.toContain('crisis management');
    const wrapped = read(`${HEAD}\nSKILLS\nInventory Control, Organizational Re-\nEngineering Management, Payroll\n`);
    expect(skillsOf(wrapped)).not.toContain('engineering management');
  });
});
