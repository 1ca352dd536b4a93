import { joinSplitInitials } from '../../src/normalize/join-split-initials.js';
import { describe, expect, it } from 'vitest';
import { cleanCharacters, joinHyphenation, joinLetterSpacing, normalizeDocument, normalizeText } from '../../src/normalize/index.js';
import type { ExtractedDoc } from '../../src/types.js';

const doc = (...texts: string[]): ExtractedDoc => ({
  source: 'cv.pdf', format: 'pdf', pages: 1, lines: texts.map((text) => ({ text, page: 1 })), hidden: [], warnings: [],
});
const textOf = (...texts: string[]): string[] => normalizeDocument(doc(...texts)).lines.map((l) => l.text);

describe('normalizeText', () => {
  it.each([
    ['ﬁnance and workﬂow', 'finance and workflow'],
    ['Kuber\u00ADnetes', 'Kubernetes'],
    ['(cid:72)Python (cid:123)', 'Python'],
    ['\uF0B7 Led the team', 'Led the team'],
    ['• Built APIs', 'Built APIs'],
    ['▪ Built APIs', 'Built APIs'],
    ['- Built APIs', 'Built APIs'],
    ['* Built APIs', 'Built APIs'],
    ['📧 jane@x.com 📱 555', 'jane@x.com 555'],
    ['Python • Go • SQL', 'Python | Go | SQL'],
    ['2019 â€“ 2021', '2019 – 2021'],
    ['Finance Manager 01/2013 ï¼\u200b 03/2016', 'Finance Manager 01/2013 - 03/2016'],
    ['Acme Corp ï¼\u008d Springfield', 'Acme Corp - Springfield'],
    ['  lots   of\tspace  ', 'lots of space'],
    ['E X P E R I E N C E', 'EXPERIENCE'],
    ['C O N T A C T  M E', 'CONTACT ME'],
  ])('%j → %j', (input, output) => {
    expect(normalizeText(input)).toBe(output);
  });

  it.each([
    ['-5% churn', '-5% churn'],
    ['C++ and C#', 'C++ and C#'],
    ['I am a B student', 'I am a B student'],
    ['R, C, Go', 'R, C, Go'],
    ['© 2024 Jane', '© 2024 Jane'],
    ['Naïve ¼ cup', 'Naïve 1⁄4 cup'],
  ])('leaves %j alone', (input, output) => {
    expect(normalizeText(input)).toBe(output);
  });

  it.each([
    ['MicrobiologÃ\u00ada', 'Microbiología'],
    ['DISEÃ‘O TEXTIL', 'DISEÑO TEXTIL'],
    ['Itâ€™s 25Â°C', 'It’s 25°C'],
    ['Â£40,000 â€” Londonâ€¦', '£40,000 — London...'],
    ['â€œQuoted textâ€\u009d', '“Quoted text”'],
    ['Company Name ï¼\u200b City', 'Company Name - City'],
    ['Naïve Café', 'Naïve Café'],
    ['São Paulo, Ãrea', 'São Paulo, Ãrea'],
    ['Ã alone', 'Ã alone'],
  ])('reads UTF-8 that was read as Windows-1252 back: %j → %j', (input, output) => {
    expect(normalizeText(input)).toBe(output);
  });

  it('joins capital letter-spaced runs inside a line but not single letters', () => {
    expect(joinLetterSpacing('S K I L L S and more')).toBe('SKILLS and more');
    expect(joinLetterSpacing('Plan A B')).toBe('Plan A B');
  });

  it('drops private-use icon glyphs', () => {
    expect(cleanCharacters('\uE0B0 Home')).not.toContain('\uE0B0');
  });
});

describe('joinHyphenation', () => {
  it('re-joins a word split at a line end', () => {
    expect(joinHyphenation('Deployed Kuber-', 'netes clusters')).toEqual(['Deployed Kubernetes', 'clusters']);
  });
  it('takes trailing punctuation along', () => {
    expect(joinHyphenation('with Kuber-', 'netes, Helm')).toEqual(['with Kubernetes,', 'Helm']);
  });
  it.each([
    ['a self-', 'motivated engineer', ['a self-motivated', 'engineer']],
    ['a data-', 'driven team', ['a data-driven', 'team']],
    ['end-', 'to-end tests', ['end-to-end', 'tests']],
  ])('keeps the hyphen of the compound %j + %j', (a, b, out) => {
    expect(joinHyphenation(a, b)).toEqual(out);
  });
  it('leaves a capitalized next line alone', () => {
    expect(joinHyphenation('Skills -', 'Python')).toBeUndefined();
    expect(joinHyphenation('Back-', 'End Developer')).toBeUndefined();
  });
});

describe('normalizeDocument', () => {
  it('numbers non-empty lines 1.. and keeps pages, marking lines that began with a bullet', () => {
    const d = normalizeDocument({ ...doc('Jane', '', '  ', '• Go'), lines: [{ text: 'Jane', page: 1 }, { text: ' ', page: 1 }, { text: '• Go', page: 2 }] });
    expect(d.lines).toEqual([{ n: 1, page: 1, fileLine: 1, text: 'Jane' }, { n: 2, page: 2, fileLine: 1, text: 'Go', bullet: true }]);
  });
  it('keeps each line\'s line in the file (blank lines counted) and its line on its page', () => {
    const text = normalizeDocument({ ...doc(), lines: [{ text: 'Jane', page: 1 }, { text: '', page: 1 }, { text: '  ', page: 1 }, { text: 'Skills\n\nGo', page: 1 }] });
    expect(text.lines.map((l) => [l.n, l.fileLine, l.text])).toEqual([[1, 1, 'Jane'], [2, 4, 'Skills'], [3, 6, 'Go']]);
    const pdf = normalizeDocument({ ...doc(), lines: [{ text: 'a', page: 1 }, { text: 'b', page: 1 }, { text: 'c', page: 2 }, { text: 'd', page: 2 }] });
    expect(pdf.lines.map((l) => [l.page, l.fileLine])).toEqual([[1, 1], [1, 2], [2, 1], [2, 2]]);
  });
  it('does not take a hyphen inside a word or a lone dash for a bullet', () => {
    const d = normalizeDocument({ ...doc(), lines: [{ text: 'self-managed', page: 1 }, { text: '-', page: 1 }, { text: '- Kafka', page: 1 }] });
    expect(d.lines.map((l) => [l.text, l.bullet ?? false])).toEqual([['self-managed', false], ['-', false], ['Kafka', true]]);
  });
  it('joins hyphenation across lines with the rest kept on its line', () => {
    expect(textOf('Ran Kuber-', 'netes and Helm')).toEqual(['Ran Kubernetes', 'and Helm']);
  });
  it('drops a line left empty by a join', () => {
    expect(textOf('Ran Kuber-', 'netes')).toEqual(['Ran Kubernetes']);
  });
  it('splits embedded newlines into lines', () => {
    expect(textOf('a\nb')).toEqual(['a', 'b']);
  });
  it('normalizes hidden lines apart from visible ones', () => {
    const d = normalizeDocument({ ...doc('Visible'), hidden: [{ text: 'ﬁrewall', page: 1 }] });
    expect(d.hidden.map((l) => l.text)).toEqual(['firewall']);
    expect(d.lines.map((l) => l.text)).toEqual(['Visible']);
  });
});

describe('joinSplitInitials', () => {
  it.each([
    ['Java D eveloper - J ava, S pring, R edHat J Boss F use, J enkins', 'Java Developer - Java, Spring, RedHat J Boss Fuse, Jenkins'],
    ['Jenkins, T eamCity; D ocker, K ubernetes;', 'Jenkins, TeamCity; Docker, Kubernetes;'],
    ['S pring B oot, J ava, D ocker', 'Spring Boot, Java, Docker'],
    ['I am a C programmer on a team', 'I am a C programmer on a team'],
    ['Plan B rollout', 'Plan B rollout'],
    ['C programs and R scripts for X ray data', 'C programs and R scripts for X ray data'],
  ])('%s', (text, expected) => {
    expect(joinSplitInitials(text)).toBe(expected);
  });
});
