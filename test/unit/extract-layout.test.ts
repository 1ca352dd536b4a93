import { describe, expect, it } from 'vitest';
import type { TextItem } from '../../src/extract/types.js';
import { groupItemsIntoLines, layoutPage } from '../../src/extract/pdf/group-items-into-lines.js';

const item = (text: string, x: number, y: number, size = 10): TextItem => ({ text, x, y, width: text.length * size * 0.5, size });

describe('groupItemsIntoLines', () => {
  it('groups by baseline, orders by x and puts spaces in gaps', () => {
    const lines = groupItemsIntoLines([item('World', 60, 700), item('Hello', 20, 700.4), item('Next', 20, 686)]);
    expect(lines).toEqual(['Hello World', 'Next']);
  });
  it('adds no space between runs that touch', () => {
    expect(groupItemsIntoLines([item('Kuber', 20, 700), item('netes', 45, 700)])).toEqual(['Kubernetes']);
  });
  it('keeps a raised icon on its line', () => {
    expect(groupItemsIntoLines([item('x', 20, 701.5, 8), item('Jane', 30, 700)])).toEqual(['x Jane']);
  });
  it('skips faux-bold duplicates', () => {
    expect(groupItemsIntoLines([item('Bold', 20, 700), item('Bold', 20.3, 700)])).toEqual(['Bold']);
  });
});

/** Two columns of `n` lines each, 14 pt apart, left at x=40, right at x=320, plus a full-width title. */
function twoColumns(n: number): TextItem[] {
  const items = [item('Jane Doe Senior Engineer with a very long full width title line here', 40, 780)];
  for (let i = 0; i < n; i++) {
    items.push(item(`left line ${i} of text here`, 40, 740 - 14 * i));
    items.push(item(`right ${i} side`, 320, 740 - 14 * i));
  }
  return items;
}

describe('layoutPage', () => {
  it('reads a straight page top to bottom without splitting', () => {
    const items = Array.from({ length: 10 }, (_, i) => item(`a full line of body text number ${i} that spans the page`, 40, 700 - 14 * i));
    const page = layoutPage(items);
    expect(page.multiColumn).toBe(false);
    expect(page.lines.map((l) => l.text)[0]).toContain('number 0');
  });
  it('reads two columns as blocks: title, then left, then right', () => {
    const page = layoutPage(twoColumns(8));
    expect(page.multiColumn).toBe(true);
    const texts = page.lines.map((l) => l.text);
    expect(texts[0]).toContain('Jane Doe');
    expect(texts.slice(1, 9).every((t) => t.startsWith('left'))).toBe(true);
    expect(texts.slice(9).every((t) => t.startsWith('right'))).toBe(true);
  });
  it('marks a narrow column as sidebar', () => {
    const items: TextItem[] = [];
    for (let i = 0; i < 8; i++) {
      items.push(item('Skill', 30, 740 - 14 * i));
      items.push(item(`a much wider main column line number ${i} of body text`, 160, 740 - 14 * i - 5));
    }
    const page = layoutPage(items);
    expect(page.multiColumn).toBe(true);
    expect(page.lines.filter((l) => l.sidebar === true).map((l) => l.text)).toEqual(Array(8).fill('Skill'));
  });
  it('keeps a short right-aligned date column on its rows', () => {
    const items: TextItem[] = [];
    for (let i = 0; i < 12; i++) items.push(item(`body text line ${i} that is fairly long indeed`, 40, 740 - 14 * i));
    items.push(item('2019 – 2021', 480, 740), item('2017 – 2019', 480, 740 - 14 * 6));
    const page = layoutPage(items);
    expect(page.multiColumn).toBe(false);
    expect(page.lines[0]!.text).toMatch(/line 0 .* 2019 – 2021$/);
  });
});
