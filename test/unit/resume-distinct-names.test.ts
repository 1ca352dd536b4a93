/**
 * Names a resume lists as skills of their own are read under their own names, not folded into a
 * neighbour by an alias (issue 18, "renamed names": the gold's name is missed and a wrong one
 * reported). The neighbours stay related, so a posting asking for one gives the other partial
 * credit. Made-up text only.
 */
import { describe, expect, it } from 'vitest';
import { loadTaxonomy } from '../../src/taxonomy/index.js';
import { readMadeUp as read, skillsOf } from '../helpers/made-up-resume.js';

const HEAD = 'Jane Doe\njane.doe@example.com\n\nEXPERIENCE\nOffice Assistant, Acme Corp, Boston, MA\nJan 2019 - Present\n- Greeted visitors\n\nSKILLS\n';

describe('distinct names', () => {
  it.each([
    ['Typing', 'Data Entry'],
    ['Billing', 'Invoicing'],
    ['Patience', 'Positive Attitude'],
    ['Confidentiality', 'Diplomacy'],
    ['XSLT', 'XML'],
    ['Disaster Recovery', 'High Availability'],
    ['Press Releases', 'Public Relations'],
    ['Team Foundation Server', 'Azure DevOps'],
    ['TFS', 'Azure DevOps'],
    ['Cold Calling', 'Prospecting'],
    ['Trade Shows', 'Event Marketing'],
    ['Loss Prevention', 'Security Guard'],
    ['Venture Capital', 'Private Equity'],
    ['Mainframe', 'z/OS'],
  ])('"%s" in a skills list is %s itself, not %s', (listed, neighbour) => {
    const skills = skillsOf(read(`${HEAD}Filing, ${listed}, Scheduling`));
    expect(skills).toContain(listed === 'TFS' ? 'Team Foundation Server' : listed);
    expect(skills).not.toContain(neighbour);
  });

  it('the neighbour keeps its own name and its spellings', () => {
    expect(skillsOf(read(`${HEAD}Filing, Data Entry, Invoice Processing, Enthusiastic, Tactful, Scheduling`))).toEqual(expect.arrayContaining(['Data Entry', 'Invoicing', 'Positive Attitude', 'Diplomacy']));
  });

  it('the two stay related for scoring', () => {
    const taxonomy = loadTaxonomy();
    const related = (a: string, b: string) => taxonomy.byName.get(a.toLowerCase())?.related.includes(b) ?? false;
    expect(related('Typing', 'Data Entry') && related('Data Entry', 'Typing')).toBe(true);
    expect(related('Billing', 'Invoicing') && related('Invoicing', 'Billing')).toBe(true);
    expect(related('Confidentiality', 'Diplomacy') && related('Patience', 'Positive Attitude')).toBe(true);
  });

  it('"ADO.Net" is ADO.NET, not the ADO of Azure DevOps', () => {
    const skills = skillsOf(read(`${HEAD}C#, ADO.Net, SQL Server`));
    expect(skills).toContain('ADO.NET');
    expect(skills).not.toContain('Azure DevOps');
    expect(skillsOf(read(`${HEAD}C#, ADO, Azure Pipelines`))).toContain('Azure DevOps');
  });

  it('"interpretation" of results is no Translation', () => {
    expect(skillsOf(read(`${HEAD}PCR, interpretation, laboratory tests`))).not.toContain('Translation');
    expect(skillsOf(read(`${HEAD}Spanish, translation, interpreting`))).toContain('Translation');
  });

  it('a network of people is no computer Networking; a listed or technical one is', () => {
    const work = 'Jane Doe\n\nEXPERIENCE\nLoan Officer, Acme Bank, Raleigh, NC\nJan 2019 - Present\n';
    expect(skillsOf(read(`${work}- Managed a network of 250 mortgage brokers.\n- Networking with suppliers and merchants in the area.`))).not.toContain('Networking');
    expect(skillsOf(read(`${HEAD}Networking, Active Directory, VMware`))).toContain('Networking');
    // Beside technical names the word is read (as a concept in a position's prose, as before).
    expect(read(`${work}- Networking, Active Directory and VMware administration for 40 users.`).concepts!.map((s) => s.name)).toContain('Networking');
    expect(read(`${work}- Managed a network of 250 mortgage brokers.`).concepts!.map((s) => s.name)).not.toContain('Networking');
  });
});
