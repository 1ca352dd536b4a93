import { describe, expect, it } from 'vitest';
import { readingOrder, type Rect } from '../../src/extract/office/box-order.js';

type Box = [string, number, number, number, number];
const order = (boxes: Box[]): string[] => readingOrder(boxes, ([, x, y, w, h]) => ({ x, y, w, h })).map((b) => b[0]);
const IN = 914_400; // EMU per inch

describe('readingOrder of floating text boxes', () => {
  it('reads a two-column page under a full-width header column by column, whatever order the file drew them in', () => {
    expect(order([
      ['SKILLS', 4.5 * IN, 6 * IN, 2 * IN, 0.3 * IN],
      ['Python, Go', 4.5 * IN, 6.5 * IN, 3 * IN, 2 * IN],
      ['B.Sc. Physics', 0.4 * IN, 3.6 * IN, 3 * IN, 2 * IN],
      ['EDUCATION', 0.5 * IN, 3 * IN, 2 * IN, 0.3 * IN],
      ['Awards list', 4.5 * IN, 3.6 * IN, 3 * IN, 2 * IN],
      ['AWARDS', 4.5 * IN, 3 * IN, 2 * IN, 0.3 * IN],
      ['Jane Doe', 0.4 * IN, 0.1 * IN, 7 * IN, 1 * IN],
    ])).toEqual(['Jane Doe', 'EDUCATION', 'B.Sc. Physics', 'AWARDS', 'Awards list', 'SKILLS', 'Python, Go']);
  });

  it('reads a heading laid on the top of its panel before the panel', () => {
    expect(order([
      ['panel text', 0, 0, 7 * IN, 4 * IN],
      ['EXPERIENCE', 0.2 * IN, 0.1 * IN, 6.5 * IN, 0.4 * IN],
    ])).toEqual(['EXPERIENCE', 'panel text']);
    // A small box low in a larger one is not its heading.
    expect(order([
      ['panel text', 0, 0, 7 * IN, 4 * IN],
      ['footnote', 0.2 * IN, 3.5 * IN, 3 * IN, 0.3 * IN],
    ])).toEqual(['panel text', 'footnote']);
  });

  it('reads labels beside their values row by row, not all labels first', () => {
    expect(order([
      ['Father', 0.2 * IN, 1 * IN, 1.5 * IN, 0.3 * IN],
      ['John', 2 * IN, 1 * IN, 3 * IN, 0.3 * IN],
      ['Mother', 0.2 * IN, 1.5 * IN, 1.5 * IN, 0.3 * IN],
      ['Mary', 2 * IN, 1.5 * IN, 3 * IN, 0.3 * IN],
    ])).toEqual(['Father', 'John', 'Mother', 'Mary']);
  });

  it('keeps the given order when any place is unknown', () => {
    const items = ['b', 'a'];
    const places: Record<string, Rect | null> = { a: { x: 0, y: 0, w: 1, h: 1 }, b: null };
    expect(readingOrder(items, (i) => places[i] ?? null)).toEqual(['b', 'a']);
  });
});
