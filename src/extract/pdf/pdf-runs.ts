/**
 * Characters placed on a page → runs of text on one baseline in one size, split where a line
 * breaks or the pen jumps (a gutter, a tab stop, a move backwards). Both PDF readers (the
 * plain-file reader and PDFium) feed their characters through here, so they lay out alike.
 */
import type { TextItem, TurnedText } from '../types.js';


/** Near-white: what a reader cannot see on white paper (each channel of 255). */
export const WHITE_LEVEL = 240;

/** What a character code reads as in a run, or undefined when it is no text at all (a NUL, a line break, a non-character). */
export function charText(code: number): string | undefined {
  if (code === 0x09) return ' ';
  if (code === 0 || code === 0x0a || code === 0x0d || code === 0xfffe || code === 0xffff) return undefined;
  return String.fromCodePoint(code);
}

/** Whether a run's middle sits on one of the rectangles (left, bottom, right, top): white text there may be visible. */
export function onBackdrop(it: TextItem, rects: readonly number[][]): boolean {
  const x = it.x + it.width / 2;
  const y = it.y + it.size / 3;
  return rects.some(([left = 0, bottom = 0, right = 0, top = 0]) => x >= left && x <= right && y >= bottom && y <= top);
}

/**
 * A gap wider than this many ems ends a run: far wider than a word space (even justified),
 * narrower than a gutter, so a run never bridges two columns.
 */
const runGapEms = 1;
/** A gap wider than this many ems is a space the PDF left out: letter-spaced small caps run to 0.10, word gaps set by kerning from 0.19. */
const spaceGapEms = 0.15;

interface Run extends TextItem {
  end: number;
  /** Where the last visible character ends: trailing spaces do not widen a run. */
  inkEnd: number;
  white: boolean;
  /**
   * Whether the text ends in a space: kept apart because asking the text (endsWith) flattens
   * the string built by +=, which made a long run quadratic (30,000 words on a line: 2.8 s).
   */
  spaceEnd: boolean;
}

/** Collects one page's characters into runs. */
export class RunBuilder {
  readonly items: TextItem[] = [];
  readonly white: TextItem[] = [];
  private rotatedText = '';
  private rotatedEndsLine = false;
  private run: Run | undefined;
  private spaceDue = false;

  /** A line break the reader inferred. */
  lineBreak(): void {
    this.flush();
  }

  /** A space the reader inferred between two characters. */
  space(): void {
    this.spaceDue = this.run !== undefined;
  }

  /** A character of rotated text; `text` may be a space or a line break between its lines. */
  addRotated(text: string): void {
    this.flush();
    // Asked of a flag, not of the text: endsWith flattens a string built by += (quadratic).
    if (text !== '\n' || !this.rotatedEndsLine) this.rotatedText += text;
    this.rotatedEndsLine = text === '\n' || (this.rotatedEndsLine && text === '');
  }

  /**
   * One character where the page shows it: origin (x, y) on the baseline in page space, where
   * its advance ends, its size as a reader sees it (font size scaled by the text matrix), and
   * whether it is filled near-white. Positional: this runs for every character of a batch.
   */
  add(text: string, x: number, y: number, right: number, size: number, filledWhite: boolean): void {
    const em = Math.max(size, 1);
    const blank = text.trim() === '';
    const white = filledWhite && !blank;
    let run = this.run;
    if (run !== undefined) {
      const gap = x - run.end;
      const recoloured = !blank && white !== run.white;
      if (recoloured || Math.abs(y - run.y) > 0.3 * em || Math.abs(size - run.size) > 0.05 * em || gap < -0.5 * em || gap > runGapEms * em) {
        this.flush();
        run = undefined;
      } else if ((this.spaceDue || gap > spaceGapEms * em) && !run.spaceEnd && text !== ' ') {
        run.text += ' ';
        run.spaceEnd = true;
      }
    }
    if (run === undefined) this.run = { text, x, y, width: 0, size, end: right, inkEnd: blank ? x : right, white, spaceEnd: text === ' ' };
    else {
      // Spaces in a row read as one.
      if (text !== ' ' || !run.spaceEnd) {
        run.text += text;
        run.spaceEnd = text === ' ';
      }
      run.end = Math.max(run.end, right);
      if (!blank) run.inkEnd = Math.max(run.inkEnd, right);
    }
    this.spaceDue = false;
  }

  /** The text of the current run so far ('' when none). */
  get current(): string {
    return this.run?.text ?? '';
  }

  private flush(): void {
    const run = this.run;
    // A soft hyphen shows where a break splits a word: there it reads as a hyphen, as PDFium reads it.
    if (run?.text.endsWith('\u00ad') === true) run.text = `${run.text.slice(0, -1)}-`;
    if (run !== undefined && run.text.trim() !== '') {
      const text = run.text.trimEnd();
      (run.white ? this.white : this.items).push({ text, x: run.x, y: run.y, width: (text === run.text ? run.end : run.inkEnd) - run.x, size: run.size });
    }
    this.run = undefined;
    this.spaceDue = false;
  }

  finish(): { items: TextItem[]; white: TextItem[]; rotated: string[] } {
    this.flush();
    return { items: this.items, white: this.white, rotated: this.rotatedText.split('\n').filter((l) => l.trim() !== '') };
  }
}

/** Runs of text at one angle, placed in the frame of that angle (turned back upright). */
export interface TurnedFrame {
  cos: number;
  sin: number;
  runs: RunBuilder;
}

/**
 * Text at angles, one frame per whole degree: a reader places each glyph at
 * (x·cos + y·sin, y·cos − x·sin), so 90°, 180° or 270° text reads in its own order, with the
 * same run and space rules as upright text.
 */
export class TurnedFrames {
  private readonly frames = new Map<number, TurnedFrame>();

  /** The frame for text whose baseline runs along (a, b) in page space. */
  frame(a: number, b: number): TurnedFrame {
    const degrees = Math.round((Math.atan2(b, a) * 180) / Math.PI);
    let frame = this.frames.get(degrees);
    if (frame === undefined) {
      const r = (degrees * Math.PI) / 180;
      frame = { cos: Math.cos(r), sin: Math.sin(r), runs: new RunBuilder() };
      this.frames.set(degrees, frame);
    }
    return frame;
  }

  /** Each frame's runs, with those whose middle lies outside the page (x0, y0, x1, y1) set apart. */
  finish(view: readonly number[]): TurnedText[] {
    const [x0 = 0, y0 = 0, x1 = 0, y1 = 0] = view;
    const out: TurnedText[] = [];
    for (const { cos, sin, runs } of this.frames.values()) {
      const read = runs.finish();
      const block: TurnedText = { items: [], offPage: [] };
      for (const it of [...read.items, ...read.white]) {
        const mx = it.x + it.width / 2;
        const my = it.y + it.size / 3;
        const px = mx * cos - my * sin;
        const py = mx * sin + my * cos;
        (px < x0 || px > x1 || py < y0 || py > y1 ? block.offPage : block.items).push(it);
      }
      out.push(block);
    }
    return out;
  }
}
