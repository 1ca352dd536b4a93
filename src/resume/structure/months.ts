import type { YearMonth } from '../../types.js';

/** A span of whole calendar months, both ends inclusive. */
export interface MonthRange {
  start: YearMonth;
  end: YearMonth;
}

/** Months since year 0, so that ranges compare and subtract as integers. */
export function monthIndex(ym: YearMonth): number {
  // The fields of ym.split('-'), read without building the array: this runs per skill per position.
  const dash = ym.indexOf('-');
  if (dash === -1) return Number(ym) * 12;
  const next = ym.indexOf('-', dash + 1);
  return Number(ym.slice(0, dash)) * 12 + (Number(ym.slice(dash + 1, next === -1 ? undefined : next)) - 1);
}

export function fromMonthIndex(index: number): YearMonth {
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return `${year}-${String(month).padStart(2, '0')}`;
}

export function toYearMonth(year: number, month: number): YearMonth {
  return `${year}-${String(month).padStart(2, '0')}`;
}

/** Jan 2019 – Mar 2019 is 3: both the first and the last month count. */
export function monthsInclusive(range: MonthRange): number {
  return Math.max(0, monthIndex(range.end) - monthIndex(range.start) + 1);
}

/**
 * Total months covered by the ranges, each month counted once: overlapping or touching
 * ranges are merged first, so two jobs held at once never double a candidate's experience.
 */
export function mergeMonths(ranges: readonly MonthRange[]): number {
  const spans = ranges
    .map((r) => [monthIndex(r.start), monthIndex(r.end)] as const)
    .filter(([s, e]) => e >= s)
    .sort((a, b) => a[0] - b[0]);
  let total = 0;
  let current: [number, number] | null = null;
  for (const [s, e] of spans) {
    if (current && s <= current[1] + 1) {
      current[1] = Math.max(current[1], e);
      continue;
    }
    if (current) total += current[1] - current[0] + 1;
    current = [s, e];
  }
  if (current) total += current[1] - current[0] + 1;
  return total;
}
