import { describe, expect, it } from 'vitest';
import { guessName } from '../../src/resume/structure/index.js';
import { lines } from '../helpers/lines.js';

describe('guessName', () => {
  it.each([
    [['John Doe', 'Software engineer obsessed with products'], 'John Doe'],
    [['MARISSA MAYER', 'Business Woman & Proud Geek'], 'Marissa Mayer'],
    [['Last Updated on 21st January 2015', 'Debarghya Das', 'deedy@fb.com'], 'Debarghya Das'],
    [['JAN KÜSTER RESUME', 'CONTACT'], 'Jan Küster'],
    [['Sourabh Bajaj                Email: sourabh@x.com'], 'Sourabh Bajaj'],
    [['ASP.NET WEB DEVELOPER', 'Accomplishments'], null],
    [['REGISTERED NURSE', 'Professional Summary'], null],
    [['EXPERIENCE', 'Acme Corp'], null],
  ])('reads %j as %j', (texts, name) => {
    expect(guessName(lines(...texts))).toBe(name);
  });
});

describe('post-nominal letters', () => {
  it.each([
    ['Harold Pembrook, CPA', 'Harold Pembrook'],
    ['Abigail Nwosu, RN, BSN', 'Abigail Nwosu'],
    ['Jane Smith, PhD', 'Jane Smith'],
  ])('%s → %s', (text, expected) => {
    expect(guessName([{ n: 1, page: 1, text }])).toBe(expected);
  });
});

describe('names read against given names, places, headings and job titles', () => {
  it.each([
    [['Tel Aviv, IL', 'Dana Levi'], 'Dana Levi'],
    [['Silicon Valley, CA, USA', 'I (123) 456-7890', 'Alfred Pennyworth'], 'Alfred Pennyworth'],
    [['Contact Details', 'Priya Raman'], 'Priya Raman'],
    [['CHRIS', 'OH', 'New York, NY 10002'], 'Chris OH'],
    [['Govardhana K', 'Senior Software Engineer'], 'Govardhana K'],
    [['kimaya sonawane', 'Pune, Maharashtra'], 'Kimaya Sonawane'],
    [['Vamsi krishna', 'Hyderabad'], 'Vamsi Krishna'],
    [['Ganesh AlalaSundaram'], 'Ganesh AlalaSundaram'],
    [['Anand S', 'Bangalore, Karnataka'], 'Anand S'],
    [['TEACHER', 'Farrah M. Bauman', 'Professional Summary'], 'Farrah M. Bauman'],
    [['Jan Küster M.Sc.', 'Research Software Engineer'], 'Jan Küster'],
    [['John Baker', 'Pastry chef'], 'John Baker'],
    [['FRANZ', 'KINGSTEIN', 'DATA SCIENTIST'], 'Franz Kingstein'],
  ])('reads %j as %j', (texts, name) => {
    expect(guessName(lines(...texts))).toBe(name);
  });

  it.each([
    [['Sous Chef', 'Summary']],
    [['Executive Chef', 'Career Overview']],
    [['Sales Associate', 'Professional Summary']],
    [['Yoga Instructor', 'Summary']],
    [['Product Specialists', 'Summary']],
    [['Career Focus', 'Experience']],
    [['Contact Details', 'Experience']],
    [['Silicon Valley, CA', 'Experience']],
    [['Salt Lake City', 'Experience']],
    [['New York', 'Experience']],
    [['Tel Aviv', 'Senior Software Developer', 'Skills summary']],
    [['Maintenance Engineering Co-op', 'Summary']],
    [['Disney Experiences', 'Experience']],
    [['Results-oriented Client-focused', 'Summary']],
    [['Your Name Here', 'Summary']],
    [['Summary', 'building great teams']],
    [['Experienced leader', 'building great teams']],
  ])('reads no name in %j', (texts) => {
    expect(guessName(lines(...texts))).toBeNull();
  });
});

describe('a given name shortened ("Md", "Mohd")', () => {
  it.each([
    [['MD AZAHARUDDIN SIDDIQUE', 'Cyber-Security Analyst, IBM'], 'MD Azaharuddin Siddique'],
    [['Mohd. Imran Khan', 'Accountant'], 'Mohd. Imran Khan'],
    [['MD', 'Internal Medicine'], null],
    [['Family Medicine MD', 'Summary'], null],
  ])('reads %j as %j', (texts, name) => {
    expect(guessName(lines(...texts))).toBe(name);
  });
});
