import { describe, expect, it } from 'vitest';
import { groupAlternatives } from '../../src/job/group-alternatives.js';
import { type TinySkill, tinyFinder } from '../helpers/tiny-finder.js';

// A tiny finder: a few skills, whole words, case-insensitive.
const SKILLS: TinySkill[] = [
  ['Python', 'language'], ['Go', 'language'], ['AWS', 'cloud'], ['GCP', 'cloud'], ['Azure', 'cloud'],
  ['Django', 'framework'], ['Flask', 'framework'], ['FastAPI', 'framework'], ['Kafka', 'tool'], ['RabbitMQ', 'tool'],
  ['SQL', 'language'], ['PostgreSQL', 'database'], ['MySQL', 'database'], ['Docker', 'devops'], ['Kubernetes', 'devops'],
  ['REST', 'practice'], ['SOAP', 'practice'], ['Java', 'language'],
];
const find = tinyFinder(SKILLS, '[\\w]');
const groups = (text: string): string[][] => groupAlternatives(text, find(text)).map((g) => g.anyOf);

describe('groupAlternatives', () => {
  it.each([
    ['Strong proficiency in Python or Go', [['Python', 'Go']]],
    ['Experience with AWS, GCP, or Azure', [['AWS', 'GCP', 'Azure']]],
    ['Frameworks: Django, Flask, FastAPI, or similar', [['Django', 'Flask', 'FastAPI']]],
    ['message brokers such as Kafka or RabbitMQ', [['Message brokers', 'Kafka', 'RabbitMQ']]],
    ['web services (REST/SOAP)', [['Web services', 'REST', 'SOAP']]],
    ['REST/SOAP APIs', [['REST', 'SOAP']]],
    ['Python and Go', [['Python'], ['Go']]],
    ['Experience with Java, Docker, Kafka', [['Java'], ['Docker'], ['Kafka']]],
  ])("reads '%s' as the right groups", (text, expected) => {
    expect(groups(text)).toEqual(expected);
  });

  it('keeps the category skill of a parenthesis as a member', () => {
    expect(groups('Solid experience with SQL databases (PostgreSQL, MySQL) and query optimization')).toEqual([
      ['SQL', 'PostgreSQL', 'MySQL'],
    ]);
  });

  it('keeps category words as a member when no skill names them', () => {
    expect(groups('Experience with containerization (Docker) and orchestration (Kubernetes)')).toEqual([
      ['Containerization', 'Docker'],
      ['Orchestration', 'Kubernetes'],
    ]);
    expect(groups('Experience with cloud platforms (AWS, GCP, or Azure)')).toEqual([['Cloud platforms', 'AWS', 'GCP', 'Azure']]);
  });

  it('reads a choice ("one or more of") as one group', () => {
    expect(groups('Mastery of one or more of: Python, Java, Go')).toEqual([['Python', 'Java', 'Go']]);
  });
});
