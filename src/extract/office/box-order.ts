/**
 * Reading order of floating text boxes. A designed Word resume places every block in its own
 * box, in whatever order they were drawn: headings after their content, a sidebar between two
 * jobs. Word draws them by position, so they are read by position: columns left to right, each
 * top to bottom (a recursive XY cut), with two refinements a page needs:
 * - a small box laid on the top of a larger one (a heading drawn over its section's panel) is
 *   read before the larger one's text;
 * - boxes that stand in rows of one line each (a label beside its value, dates beside a
 *   company) are read row by row, not column by column.
 */

/** A box's place, in any one unit and frame shared by the boxes ordered together. */
export interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}

interface Placed<T> {
  rect: Rect;
  item: T;
  index: number;
}

/** Tops this close (in EMU: a tenth of an inch) stand on one line. */
const SAME_LINE = 91_440;
/** A box this high (EMU: 0.6 inch) holds a line or two, a label or a value. */
const LINE_HIGH = 548_640;

function inside(inner: Rect, outer: Rect): boolean {
  return inner.x >= outer.x && inner.x + inner.w <= outer.x + outer.w && inner.y >= outer.y && inner.y + inner.h <= outer.y + outer.h;
}

/** A box whose top third holds a smaller box reads from below that box: the small one is its label. */
function belowLabels<T>(items: Placed<T>[]): Placed<T>[] {
  return items.map((a) => {
    let top = a.rect.y;
    for (const b of items) {
      if (b === a || !inside(b.rect, a.rect) || b.rect.h >= a.rect.h / 2 || b.rect.y - a.rect.y > a.rect.h / 3) continue;
      top = Math.max(top, b.rect.y + b.rect.h);
    }
    return top === a.rect.y ? a : { ...a, rect: { ...a.rect, y: top, h: a.rect.y + a.rect.h - top } };
  });
}

/** Groups of items whose spans along one axis overlap, in order along it. */
function bands<T>(items: Placed<T>[], axis: 'x' | 'y'): Placed<T>[][] {
  const size = axis === 'x' ? 'w' : 'h';
  const sorted = [...items].sort((a, b) => a.rect[axis] - b.rect[axis] || a.index - b.index);
  const out: Placed<T>[][] = [];
  let end = -Infinity;
  for (const it of sorted) {
    if (out.length === 0 || it.rect[axis] >= end) out.push([]);
    out[out.length - 1]!.push(it);
    end = Math.max(end, it.rect[axis] + it.rect[size]);
  }
  return out;
}

/**
 * Every row of several boxes has them starting on one line, each a line or two high: a grid
 * of labels and values. Two columns of sections whose tops happen to line up hold taller boxes.
 */
function lineRows<T>(rows: Placed<T>[][]): boolean {
  const shared = rows.filter((r) => r.length > 1);
  return shared.length > 0 && shared.every((r) =>
    Math.max(...r.map((i) => i.rect.y)) - Math.min(...r.map((i) => i.rect.y)) <= SAME_LINE && r.every((i) => i.rect.h <= LINE_HIGH));
}

/** Columns to read one after the other, or null when the items are not side by side. */
function asColumns<T>(items: Placed<T>[]): Placed<T>[][] | null {
  const columns = bands(items, 'x');
  if (columns.length < 2) return null;
  const rows = bands(items, 'y');
  return rows.length > 1 && lineRows(rows) ? null : columns;
}

function cut<T>(items: Placed<T>[]): Placed<T>[] {
  if (items.length < 2) return items;
  const columns = asColumns(items);
  if (columns) return columns.flatMap(cut);
  const rows = bands(items, 'y');
  if (rows.length < 2) return [...items].sort((a, b) => a.rect.y - b.rect.y || a.rect.x - b.rect.x || a.index - b.index);
  // Under a full-width header, the rows of a two-column page are one region read column by
  // column, not row by row: merge the consecutive rows that no box spans across.
  const out: Placed<T>[] = [];
  let run: Placed<T>[][] = [];
  const flush = (): void => {
    const merged = asColumns(run.flat());
    if (run.length > 1 && merged) out.push(...merged.flatMap(cut));
    else for (const row of run) out.push(...cut(row));
    run = [];
  };
  const left = Math.min(...items.map((i) => i.rect.x));
  const width = Math.max(...items.map((i) => i.rect.x + i.rect.w)) - left;
  const spans = (row: Placed<T>[]): boolean => row.some((i) => i.rect.w >= 0.6 * width);
  for (const row of rows) {
    if (!spans(row)) run.push(row);
    else {
      flush();
      out.push(...cut(row));
    }
  }
  flush();
  return out;
}

/** The items in reading order; with any place unknown, in the order given. */
export function readingOrder<T>(items: readonly T[], rectOf: (item: T) => Rect | null): T[] {
  const placed: Placed<T>[] = [];
  for (const [index, item] of items.entries()) {
    const rect = rectOf(item);
    if (rect === null) return [...items];
    placed.push({ rect, item, index });
  }
  return cut(belowLabels(placed)).map((p) => p.item);
}
