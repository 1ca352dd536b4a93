import { describe, expect, it } from 'vitest';
import { analyzeJob } from '../../src/job/index.js';
import { type TinySkill, tinyFinder, postingDoc } from '../helpers/tiny-finder.js';

// A tiny finder: a few skills, whole words, case-insensitive.
const SKILLS: TinySkill[] = [
  ['Python', 'language'], ['Go', 'language'], ['Django', 'framework'], ['Kafka', 'tool'], ['Docker', 'devops'],
  ['Kubernetes', 'devops'], ['AWS', 'cloud'], ['Terraform', 'devops'], ['Communication', 'soft'], ['Fintech', 'domain'],
];
const find = tinyFinder(SKILLS);
const doc = postingDoc;

const POSTING = doc(
  'Senior Backend Engineer',
  'ABOUT US',
  'We are a fintech company in San Francisco using Python and Kafka.',
  'RESPONSIBILITIES',
  '• Build services in Python and deploy them on Kubernetes',
  'REQUIREMENTS',
  '• 5+ years of professional software engineering experience',
  '• Strong proficiency in Python or Go',
  '• 3+ years of Docker',
  '• Experience with Snowplow or Zephyr',
  '• Excellent communication skills',
  "• Bachelor's degree in Computer Science or equivalent experience",
  'NICE TO HAVE',
  '• Experience in fintech',
  '• Kafka experience',
  'TECH STACK',
  '• Python, Django, Terraform',
  'BENEFITS',
  '• Health insurance, 401(k), Docker swag',
  'TO APPLY',
  'Send your resume with Kubernetes in the subject.',
);

describe('analyzeJob', () => {
  const profile = analyzeJob(POSTING, find);
  const byName = (name: string) => profile.requirements.find((r) => r.anyOf.includes(name));

  it('reads title, general years and degree', () => {
    expect(profile.title).toBe('Senior Backend Engineer');
    expect(profile.minYears).toBe(5);
    expect(profile.education).toMatchObject({ level: 'bachelor', fields: ['Computer Science'], orEquivalent: true });
  });

  it('reads "Python or Go" as one required requirement sourced from its first required line', () => {
    const r = byName('Python')!;
    expect(r).toMatchObject({ tier: 'required', anyOf: ['Python', 'Go'], source: { line: 8 } });
    expect(r.weight).toBeGreaterThan(3);
    expect(r.weightReasons).toEqual(expect.arrayContaining([expect.stringContaining('emphasised')]));
  });

  it('puts per-skill years on the requirement', () => {
    expect(byName('Docker')).toMatchObject({ tier: 'required', years: 3 });
  });

  it('keeps unknown product names as requirements of kind unknown', () => {
    expect(byName('Snowplow')).toMatchObject({ kind: 'unknown', anyOf: ['Snowplow', 'Zephyr'], tier: 'required' });
  });

  it('gives soft skills and domains their kind and a lower weight', () => {
    expect(byName('Communication')).toMatchObject({ kind: 'soft', tier: 'required' });
    expect(byName('Communication')!.weight).toBeLessThan(3);
    expect(byName('Fintech')).toMatchObject({ kind: 'domain', tier: 'preferred' });
  });

  it('adds stack and duty items not asked elsewhere as preferred', () => {
    expect(byName('Terraform')).toMatchObject({ tier: 'preferred' });
    expect(byName('Django')).toMatchObject({ tier: 'preferred' });
    expect(byName('Kubernetes')).toMatchObject({ tier: 'preferred', source: { line: 5 } });
  });

  it('takes nothing from about, benefits or apply text', () => {
    const lines = profile.requirements.map((r) => r.source.line);
    expect(lines.some((n) => [3, 19, 21].includes(n))).toBe(false);
    expect(byName('Kafka')!.tier).toBe('preferred');
  });

  it('numbers requirements R1..Rn in document order', () => {
    expect(profile.requirements.map((r) => r.id)).toEqual(profile.requirements.map((_, i) => `R${i + 1}`));
    const lines = profile.requirements.map((r) => r.source.line);
    expect([...lines].sort((a, b) => a - b)).toEqual(lines);
  });

  it('reads a posting without headings by its cues', () => {
    const p = analyzeJob(doc('Java Developer', 'We build apps. Must have solid Python skills. Kafka knowledge is a plus. We offer dental.'), find);
    expect(p.requirements.map((r) => [r.tier, r.anyOf[0]])).toEqual([
      ['required', 'Python'],
      ['preferred', 'Kafka'],
    ]);
  });

  it('does not take an unknown word from the company blurb', () => {
    const p = analyzeJob(doc('Engineer', 'Acme Corp is a leading provider in Montreal, Canada.', 'Requirements: Python'), find);
    expect(p.requirements.flatMap((r) => r.anyOf)).toEqual(['Python']);
  });

  it('reads the work of the one a blurb says it seeks, not the employer before', () => {
    const seeking = 'Fintech Labs is seeking a Platform Engineer to build deployment pipelines on Kubernetes and Terraform.';
    const p = analyzeJob(doc('Platform Engineer', seeking, 'Requirements: Python'), find);
    expect(p.requirements.map((r) => [r.tier, r.anyOf[0]])).toEqual([
      ['preferred', 'Kubernetes'],
      ['preferred', 'Terraform'],
      ['required', 'Python'],
    ]);
  });

  it('reads no work where the seeking sentence names none', () => {
    for (const blurb of [
      'Fintech Labs is seeking a Platform Engineer to join our Kubernetes team.',
      'Fintech Labs is seeking a Platform Engineer for our Kubernetes team.',
      'We are hiring across Kubernetes and Terraform projects.',
    ]) {
      const p = analyzeJob(doc('Platform Engineer', blurb, 'Requirements: Python'), find);
      expect(p.requirements.flatMap((r) => r.anyOf), blurb).toEqual(['Python']);
    }
  });
});
