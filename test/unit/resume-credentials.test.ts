/**
 * Credentials the taxonomy does not name, read from a certifications section as written
 * ("<issuer> Certified <credential>", level, date and issuer after a comma left out). Made-up text only.
 */
import { describe, expect, it } from 'vitest';
import { credentialNames } from '../../src/resume/credentials.js';
import { readMadeUp as read } from '../helpers/made-up-resume.js';

const words = new Set(['became', 'board', 'focus', 'fully']);
const names = (text: string) => credentialNames(text, (w) => words.has(w)).map((c) => c.name);
const HEAD = 'Jane Doe\njane.doe@example.com\n\nEXPERIENCE\nCloud Engineer, Acme Corp, Boston, MA\nJan 2019 - Present\n- Ran the platform\n';

describe('a credential the taxonomy does not name', () => {
  it('is named by its issuer, "Certified" and its own words, without level, date or issuer after a comma', () => {
    expect(names('2023 Zeta Certified Advanced Routing Specialty, Zeta Networks (ZN)')).toEqual(['Zeta Certified Advanced Routing']);
    expect(names('Quarkly Certified: Mesh Associate (003), Quarkly')).toEqual(['Quarkly Certified Mesh']);
    expect(names('NKBA Certified Kitchen Designer | Omni Certified Trainer')).toEqual(['NKBA Certified Kitchen Designer', 'Omni Certified Trainer']);
  });

  it('is no sentence run on after it, no issuer that is an English word, and no name of more than five words', () => {
    expect(names('Zeta Certified Focus on portion and cost control')).toEqual([]);
    expect(names('Became Certified Trainer in 2019; Board Certified Registered Nurse')).toEqual([]);
    expect(names('Zeta Certified Mesh Routing Authoring and Operations Professional')).toEqual([]);
  });

  it('is claimed in a certifications section, and not in a position\'s prose', () => {
    const skills = (text: string) => read(text).skills.map((s) => s.name);
    expect(skills(`${HEAD}\nCERTIFICATIONS\n2023 Zeta Certified Advanced Routing Specialty, Zeta Networks\n`)).toContain('Zeta Certified Advanced Routing');
    expect(skills(`${HEAD}- Helped staff pass the Zeta Certified Advanced Routing Specialty exam\n`)).not.toContain('Zeta Certified Advanced Routing');
  });
});
