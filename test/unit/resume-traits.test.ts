/**
 * What the candidate is like is not what they can do (issue 18, held-out precision): a soft skill
 * O*NET counts as a personal characteristic is claimed by its name, not by an adjective describing
 * the candidate. Made-up text only.
 */
import { describe, expect, it } from 'vitest';
import { describesThePerson, loadTraitSkills } from '../../src/resume/traits.js';
import { readMadeUp as read, skillsOf } from '../helpers/made-up-resume.js';

const HEAD = 'Jane Doe\njane.doe@example.com\n\nEXPERIENCE\nOffice Manager, Acme Corp, Boston, MA\nJan 2019 - Present\n- Ran the front office\n\nSKILLS\n';

describe('traits', () => {
  it('the characteristics come from O*NET work styles, the skills do not', () => {
    const traits = loadTraitSkills();
    expect([...traits]).toEqual(expect.arrayContaining(['adaptability', 'work ethic', 'self-motivation', 'attention to detail', 'creativity']));
    expect(traits.has('time management')).toBe(false);
    expect(traits.has('communication')).toBe(false);
  });

  it('an adjective or agent noun of the person is no claim', () => {
    const skills = skillsOf(read(`${HEAD}Self-motivated, Hard-working, Adaptable, Detail-oriented, Self-starter, Creative`));
    for (const trait of ['Self-Motivation', 'Work Ethic', 'Adaptability', 'Attention to Detail', 'Creativity']) expect(skills).not.toContain(trait);
  });

  it('the characteristic named, or called a skill, is a claim; so are skills and a leader', () => {
    const skills = skillsOf(read(`${HEAD}Adaptability, Strong work ethic, Attention to detail, Creative skills, Time management, Leader`));
    expect(skills).toEqual(expect.arrayContaining(['Adaptability', 'Work Ethic', 'Attention to Detail', 'Creativity', 'Time Management', 'Leadership']));
    const traits = loadTraitSkills();
    expect(describesThePerson({ skill: 'Leadership', surface: 'Leader', end: 6 }, 'Leader', traits)).toBe(false);
    expect(describesThePerson({ skill: 'Time Management', surface: 'organized', end: 9 }, 'organized', traits)).toBe(false);
  });
});
