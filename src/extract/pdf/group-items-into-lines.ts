/**
 * Pure page layout: positioned text items → lines in reading order, with columns and
 * sidebars read as blocks of their own (never interleaved line by line).
 * Coordinates are PDF user space: y grows upwards, (x, y) is the start of the baseline.
 */
import type { LaidOutLine, PageLayout, TextItem } from '../types.js';

interface Band {
  items: TextItem[];
  sidebar: boolean;
  /** A full-width line between column slabs. */
  full?: boolean;
}

const maxDepth = 2;

/** Lays out one page: finds gutters, then builds lines inside each column block. */
export function layoutPage(items: readonly TextItem[]): PageLayout {
  const visible = items.filter((it) => it.text.trim() !== '');
  const out: LaidOutLine[] = [];
  const multiColumn = layoutBlock(visible, false, 0, out);
  return { lines: out, multiColumn };
}

/** Appends the block's lines to `out`; true when it was split into columns. */
function layoutBlock(items: TextItem[], sidebar: boolean, depth: number, out: LaidOutLine[]): boolean {
  const split = depth < maxDepth ? splitAtGutter(items) : undefined;
  if (split === undefined) {
    for (const text of groupItemsIntoLines(items)) out.push(sidebar ? { text, sidebar } : { text });
    return false;
  }
  for (const band of split) layoutBlock(band.items, sidebar || band.sidebar, band.full ? maxDepth : depth + 1, out);
  return true;
}

// ── lines ───────────────────────────────────────────────────────────────────

/** Groups items into lines by baseline, orders each line by x and puts spaces in the gaps. */
export function groupItemsIntoLines(items: readonly TextItem[]): string[] {
  const sorted = [...items].sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: TextItem[][] = [];
  let current: TextItem[] = [];
  let lineY = Number.NaN;
  let lineSize = 0;
  for (const it of sorted) {
    const tolerance = Math.max(1, 0.45 * Math.min(it.size || lineSize, lineSize || it.size));
    if (current.length > 0 && Math.abs(it.y - lineY) <= tolerance) {
      current.push(it);
      continue;
    }
    if (current.length > 0) lines.push(current);
    current = [it];
    lineY = it.y;
    lineSize = it.size;
  }
  if (current.length > 0) lines.push(current);
  return lines.map(joinLineItems).filter((t) => t.trim() !== '');
}

function joinLineItems(line: TextItem[]): string {
  line.sort((a, b) => a.x - b.x);
  let text = '';
  let end = Number.NEGATIVE_INFINITY;
  let prev: TextItem | undefined;
  // Whether the text ends in white space, kept apart: testing the text, built by +=, flattened it every time (quadratic).
  let spaceEnd = false;
  for (const it of line) {
    // Faux bold prints the same run twice at (nearly) the same spot.
    if (prev !== undefined && prev.text === it.text && Math.abs(prev.x - it.x) < 1) continue;
    const gap = it.x - end;
    if (text !== '' && gap > 0.08 * Math.max(it.size, 1) && !spaceEnd && !/^\s/.test(it.text)) (text += ' '), (spaceEnd = true);
    text += it.text;
    if (it.text !== '') spaceEnd = /\s$/.test(it.text);
    end = Math.max(end, it.x + it.width);
    prev = it;
  }
  return text;
}

// ── columns ─────────────────────────────────────────────────────────────────

interface Span {
  top: number;
  bottom: number;
}

function baselines(items: readonly TextItem[]): number[] {
  const ys = items.map((it) => it.y).sort((a, b) => b - a);
  const out: number[] = [];
  for (const y of ys) if (out.length === 0 || Math.abs(out[out.length - 1]! - y) > 2) out.push(y);
  return out;
}

function span(items: readonly TextItem[]): Span {
  let top = Number.NEGATIVE_INFINITY;
  let bottom = Number.POSITIVE_INFINITY;
  for (const it of items) {
    top = Math.max(top, it.y + it.size);
    bottom = Math.min(bottom, it.y);
  }
  return { top, bottom };
}

function median(values: number[]): number {
  if (values.length === 0) return 0;
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

interface Gutter {
  from: number;
  to: number;
}

/** Vertical strips that (almost) no item crosses, widest first. */
export function findGutters(items: readonly TextItem[], lineCount: number): Gutter[] {
  if (items.length === 0) return [];
  let minX = Number.POSITIVE_INFINITY;
  let maxX = Number.NEGATIVE_INFINITY;
  for (const it of items) {
    minX = Math.min(minX, it.x);
    maxX = Math.max(maxX, it.x + it.width);
  }
  const bins = Math.ceil(maxX - minX) + 1;
  if (!(bins > 20) || bins > 20000) return [];
  const diff = new Int32Array(bins + 1);
  for (const it of items) {
    const a = Math.max(0, Math.floor(it.x - minX + 0.5));
    const b = Math.min(bins, Math.ceil(it.x + it.width - minX - 0.5));
    if (b > a) {
      diff[a]! += 1;
      diff[b]! -= 1;
    }
  }
  const crossLimit = Math.max(2, Math.floor(lineCount * 0.08));
  const minWidth = Math.max(6, 0.6 * median(items.map((it) => it.size)));
  const gutters: Gutter[] = [];
  let cover = 0;
  let runStart = -1;
  for (let i = 0; i <= bins; i++) {
    cover += i < bins ? diff[i]! : 0;
    const open = i < bins && cover <= crossLimit;
    if (open && runStart < 0) runStart = i;
    if (!open && runStart >= 0) {
      if (runStart > 0 && i < bins && i - runStart >= minWidth) gutters.push({ from: minX + runStart, to: minX + i });
      runStart = -1;
    }
  }
  return gutters.sort((g, h) => h.to - h.from - (g.to - g.from));
}

/** Share of `side` baselines that sit on a baseline of `other`: high for label/date columns. */
function alignedShare(side: number[], other: number[]): number {
  if (side.length === 0) return 0;
  let hits = 0;
  for (const y of side) if (other.some((o) => Math.abs(o - y) <= 2)) hits++;
  return hits / side.length;
}

/**
 * Splits items at the best gutter into bands in reading order: full-width lines keep
 * their place, and between them the left block comes before the right one.
 */
export function splitAtGutter(items: readonly TextItem[]): Band[] | undefined {
  const lineCount = baselines(items).length;
  if (lineCount < 6) return undefined;
  for (const g of findGutters(items, lineCount)) {
    const left: TextItem[] = [];
    const right: TextItem[] = [];
    const crossing: TextItem[] = [];
    for (const it of items) {
      if (it.x + it.width <= g.from + 1) left.push(it);
      else if (it.x >= g.to - 1) right.push(it);
      else crossing.push(it);
    }
    if (!isColumnPair(left, right)) continue;
    return bandsInReadingOrder(left, right, crossing, g);
  }
  return undefined;
}

function isColumnPair(left: TextItem[], right: TextItem[]): boolean {
  const lb = baselines(left);
  const rb = baselines(right);
  if (lb.length < 3 || rb.length < 3) return false;
  const ls = span(left);
  const rs = span(right);
  const overlap = Math.min(ls.top, rs.top) - Math.max(ls.bottom, rs.bottom);
  if (overlap < 0.3 * Math.min(ls.top - ls.bottom, rs.top - rs.bottom)) return false;
  // A short column whose lines all sit beside lines of the other is a label or date
  // column of one table-like flow: reading across keeps "Engineer … 2019 – 2021" together.
  const [few, many] = lb.length <= rb.length ? [lb, rb] : [rb, lb];
  if (few.length < 0.5 * many.length && alignedShare(few, many) >= 0.8) return false;
  return true;
}

function bandsInReadingOrder(left: TextItem[], right: TextItem[], crossing: TextItem[], g: Gutter): Band[] {
  const leftWidth = g.from - Math.min(...left.map((it) => it.x));
  const rightWidth = Math.max(...right.map((it) => it.x + it.width)) - g.to;
  const narrowLeft = leftWidth < 0.6 * rightWidth;
  const narrowRight = rightWidth < 0.6 * leftWidth;
  // Full-width lines cut the page into horizontal slabs; each slab is read left then right.
  const cuts = baselines(crossing);
  const slabOf = (y: number): number => {
    let k = 0;
    while (k < cuts.length && y < cuts[k]! - 2) k++;
    return k;
  };
  const bands: Band[] = [];
  for (let k = 0; k <= cuts.length; k++) {
    const l = left.filter((it) => slabOf(it.y) === k && !onCut(it, cuts));
    const r = right.filter((it) => slabOf(it.y) === k && !onCut(it, cuts));
    if (l.length > 0) bands.push({ items: l, sidebar: narrowLeft });
    if (r.length > 0) bands.push({ items: r, sidebar: narrowRight });
    if (k < cuts.length) {
      const y = cuts[k]!;
      const full = items3(crossing, left, right).filter((it) => Math.abs(it.y - y) <= 2);
      bands.push({ items: full, sidebar: false, full: true });
    }
  }
  return bands;
}

function onCut(it: TextItem, cuts: number[]): boolean {
  return cuts.some((y) => Math.abs(it.y - y) <= 2);
}

function items3(a: TextItem[], b: TextItem[], c: TextItem[]): TextItem[] {
  return [...a, ...b, ...c];
}
