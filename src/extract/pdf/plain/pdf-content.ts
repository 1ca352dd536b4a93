/**
 * A page's content stream, interpreted for its text: the graphics and text state that place
 * each glyph, the colour it is filled in, marked content that gives its text (/ActualText),
 * forms drawn inside the page, and where something is painted that white text may sit on.
 */
import { type Font, type Glyph, loadFont } from './pdf-fonts.js';
import { decodeStream, type PdfFile } from './pdf-file.js';
import { type Piece, spaceShare, type TextObject, TextPlacer } from './pdf-place-text.js';
import type { TurnedText } from '../../types.js';
import { RunBuilder, TurnedFrames, WHITE_LEVEL } from '../pdf-runs.js';
import { CLOCK_EVERY, type ReadBudget } from '../../budget.js';
import { Lexer, NotPlainPdf, nameOf, type PdfDict, PdfName, PdfStream, PdfString, type PdfValue, SCAN_END, SCAN_NUMBER, SCAN_VALUE } from './pdf-syntax.js';

/**
 * a b c d e f. A Float64Array, not an array: an array's elements are small integers or doubles
 * by its values, so matrices came in two shapes and each new one undid the optimized code.
 */
type Matrix = Float64Array;

/** m × n, into `out`: a new matrix unless one is given to reuse. */
function multiply(m: Matrix, n: Matrix, out: Matrix = new Float64Array(6)): Matrix {
  const a = m[0] * n[0] + m[1] * n[2];
  const b = m[0] * n[1] + m[1] * n[3];
  const c = m[2] * n[0] + m[3] * n[2];
  const d = m[2] * n[1] + m[3] * n[3];
  const e = m[4] * n[0] + m[5] * n[2] + n[4];
  const f = m[4] * n[1] + m[5] * n[3] + n[5];
  out[0] = a;
  out[1] = b;
  out[2] = c;
  out[3] = d;
  out[4] = e;
  out[5] = f;
  return out;
}

const IDENTITY: Matrix = Float64Array.of(1, 0, 0, 1, 0, 0);


/**
 * The graphics state that text placement and colour depend on (saved by q, restored by Q).
 * V8 gives every State one hidden class, and optimized code holds on to it: a State copied
 * by an object spread had another class, and a number field first set to a small integer is
 * stored as one, so the first fractional size changed the class. Either threw the optimized
 * code away (a third of this reader's compile time), hence a class with its own copy, and
 * zeros written -0, a double that is still zero.
 */
class State {
  ctm: Matrix = IDENTITY;
  font: Font | undefined = undefined;
  fontSize = -0;
  charSpace = -0;
  wordSpace = -0;
  /** Tz / 100. */
  scale = 1;
  leading = -0;
  rise = -0;
  /** Fill colour space: 1 gray, 3 RGB, 4 CMYK, 0 anything else (never judged white). */
  fillComponents = 1;
  fillWhite = false;

  copy(): State {
    const c = new State();
    c.ctm = this.ctm;
    c.font = this.font;
    c.fontSize = this.fontSize;
    c.charSpace = this.charSpace;
    c.wordSpace = this.wordSpace;
    c.scale = this.scale;
    c.leading = this.leading;
    c.rise = this.rise;
    c.fillComponents = this.fillComponents;
    c.fillWhite = this.fillWhite;
    return c;
  }
}

/** The last shown strings, to drop a string drawn twice at one spot (fake bold). */
interface Shown {
  text: string;
  x: number;
  y: number;
}

const recentShows = 8;
const recentGlyphs = 7;
/** More numbers than any operator takes (cm and Tm take six; sc up to a DeviceN's count). */
const maxOperands = 32;

const maxFormDepth = 12;
/**
 * Saved states (q) and open marks (BMC) held at most: content nests a few levels, and a
 * stream of millions of q held a gigabyte of saved states.
 */
const maxNesting = 1024;
/** Painted rectangles kept per page (a resume paints a few hundred). */
const maxBackdrops = 20_000;

/** Whether a fill colour, in 0–1 components of a device space, is near-white. */
function isWhite(components: number, values: Float64Array): boolean {
  const level = (v: number): boolean => Math.round(v * 255) >= WHITE_LEVEL;
  if (components === 1) return level(values[0] ?? 0);
  if (components === 3) return values.length >= 3 && level(values[0]!) && level(values[1]!) && level(values[2]!);
  if (components === 4) {
    // CMYK: white only with no ink at all.
    const [c = 1, m = 1, y = 1, k = 1] = values;
    return level((1 - c) * (1 - k)) && level((1 - m) * (1 - k)) && level((1 - y) * (1 - k));
  }
  return false;
}

/**
 * The letter spacing (Tc, in ems) that PDFium takes as the text's normal gap in a TJ of three
 * or more items: the smallest gap between glyphs, so only wider ones read as spaces.
 */
function letterSpacing(parts: PdfValue[], charSpace: number): number {
  if (charSpace === 0) return 0;
  let base = charSpace;
  let items = 0;
  let kerned = false;
  for (const p of parts) {
    if (typeof p === 'number') {
      base = Math.min(base, p / -1000 + charSpace);
      kerned = true;
      items++;
    } else if (p instanceof PdfString) items += p.value.length;
  }
  if (items < 3 || base < 0 || (items === 3 && kerned)) return 0;
  return base;
}

/** A PDF text string: UTF-16BE after a byte-order mark, else (near enough) Latin-1. */
function textString(bytes: string): string {
  if (!bytes.startsWith('\xfe\xff')) return bytes;
  let out = '';
  for (let i = 2; i + 1 < bytes.length; i += 2) out += String.fromCharCode((bytes.charCodeAt(i) << 8) | bytes.charCodeAt(i + 1));
  return out;
}

/** The raw bytes of a Tj or TJ, to spot one drawn twice. */
const showKey = (parts: PdfValue[]): string => {
  let key = '';
  for (const p of parts) if (p instanceof PdfString) key += p.value;
  return key;
};

/** Reads one page's content, forms included. */
export class PageReader {
  readonly runs = new RunBuilder();
  readonly placer = new TextPlacer(this.runs);
  /** Rectangles something non-white is painted on (left, bottom, right, top). */
  readonly backdrops: number[][] = [];
  unnamed = 0;
  private state = new State();
  private readonly stack: State[] = [];
  /** Text and line matrices; changed in place, never shared. */
  private tm: Matrix = IDENTITY.slice();
  private tlm: Matrix = IDENTITY.slice();
  /** Text space to page space for the string being shown, reused: show() runs for every string. */
  private readonly textToPage: Matrix = new Float64Array(6);
  /** Bounds of the path being built, in page space. */
  private pathLeft = Infinity;
  private pathBottom = Infinity;
  private pathRight = -Infinity;
  private pathTop = -Infinity;
  private readonly shown: Shown[] = [];
  /** The text of the last glyph shown, in content order. */
  private lastText = '';
  /** The last glyphs placed (a ring), to drop one drawn again a hair away (fake bold, glyph by glyph). */
  private readonly recentGlyph: (Glyph | undefined)[] = new Array<Glyph | undefined>(recentGlyphs);
  private readonly recentX = new Float64Array(recentGlyphs);
  private readonly recentY = new Float64Array(recentGlyphs);
  private recentAt = 0;
  /** Open marked content (BMC/BDC … EMC); an entry with /ActualText where one was given. */
  private readonly marks: boolean[] = [];
  /** The open marks that carry /ActualText, innermost last (kept apart: searching all marks for one made a page of many marks quadratic). */
  private readonly textMarks: { text: string; started: boolean }[] = [];
  /** q and BMC/BDC beyond maxNesting, answered by their Q and EMC: not saved, so never held in memory. */
  private unsavedStates = 0;
  private unsavedMarks = 0;
  private readonly forms = new Set<PdfStream>();
  /** Text at angles, by whole degree, and the placer of each frame's strings. */
  private readonly turned = new TurnedFrames();
  private readonly turnedPlacers = new Map<RunBuilder, TextPlacer>();

  constructor(
    private readonly file: PdfFile,
    private readonly view: number[],
    /** The file's fonts as loaded so far, shared by its pages. */
    private readonly fonts: Map<PdfValue, Font>,
    /** The file's time and limits: the clock is looked at every few thousand tokens. */
    private readonly budget: ReadBudget = file.budget,
  ) {}

  run(content: Uint8Array, resources: PdfDict | undefined): void {
    const lexer = new Lexer(content);
    const nums = new Float64Array(maxOperands);
    let count = 0;
    const values: PdfValue[] = [];
    let tokens = 0;
    for (let kind = lexer.scan(); kind !== SCAN_END; kind = lexer.scan()) {
      if (++tokens === CLOCK_EVERY) {
        tokens = 0;
        this.budget.checkTime();
      }
      if (kind === SCAN_NUMBER) {
        if (count < maxOperands) nums[count++] = lexer.num;
      } else if (kind === SCAN_VALUE) values.push(lexer.value);
      else if (lexer.op === 0x4942 /* BI */) this.skipInlineImage(lexer);
      else {
        this.operator(lexer.op, nums, count, values, resources);
        count = 0;
        if (values.length !== 0) values.length = 0;
      }
    }
  }

  /** One operator: `n` numbers in `nums` and any other operands in `o`, in order. */
  // Cases are scan() codes (opCode('Tj') === 0x6a54), literal so the switch compiles to a jump table.
  private operator(op: number, nums: Float64Array, n: number, o: PdfValue[], resources: PdfDict | undefined): void {
    const s = this.state;
    switch (op) {
      case 0x71: // q
        if (this.stack.length < maxNesting) this.stack.push(s.copy());
        else this.unsavedStates++;
        break;
      case 0x51: // Q
        if (this.unsavedStates > 0) this.unsavedStates--;
        else this.state = this.stack.pop() ?? s;
        break;
      case 0x6d63: // cm
        // Operands an operator lacks read as whatever came before: harmless, and no check per read.
        s.ctm = multiply(nums, s.ctm);
        break;
      case 0x5442: // BT
        for (let i = 0; i < 6; i++) this.tm[i] = this.tlm[i] = IDENTITY[i]!;
        break;
      case 0x6654: // Tf
        s.font = this.font(resources, o[0]);
        s.fontSize = nums[0]!;
        break;
      case 0x6354: // Tc
        s.charSpace = nums[0]!;
        break;
      case 0x7754: // Tw
        s.wordSpace = nums[0]!;
        break;
      case 0x7a54: // Tz
        s.scale = nums[0]! / 100;
        break;
      case 0x4c54: // TL
        s.leading = nums[0]!;
        break;
      case 0x7354: // Ts
        s.rise = nums[0]!;
        break;
      case 0x6454: // Td
        this.moveLine(nums[0]!, nums[1]!);
        break;
      case 0x4454: // TD
        s.leading = -nums[1]!;
        this.moveLine(nums[0]!, nums[1]!);
        break;
      case 0x6d54: // Tm
        for (let i = 0; i < 6; i++) this.tm[i] = this.tlm[i] = nums[i]!;
        break;
      case 0x2a54: // T*
        this.moveLine(0, -s.leading);
        break;
      case 0x6a54: // Tj
        this.show(o);
        break;
      case 0x4a54: // TJ
        this.show(Array.isArray(o[0]) ? o[0] : []);
        break;
      case 0x27: // '
        this.moveLine(0, -s.leading);
        this.show(o);
        break;
      case 0x22: // "
        s.wordSpace = nums[0]!;
        s.charSpace = nums[1]!;
        this.moveLine(0, -s.leading);
        this.show(o);
        break;
      case 0x67: // g
        this.setFill(1, nums, n);
        break;
      case 0x6772: // rg
        this.setFill(3, nums, n);
        break;
      case 0x6b: // k
        this.setFill(4, nums, n);
        break;
      case 0x7363: // cs
        s.fillComponents = this.componentsOf(resources, o[0]);
        s.fillWhite = false;
        break;
      case 0x6373: // sc
      case 0x6e6373: // scn
        // A pattern (a name operand) is never judged white.
        s.fillWhite = o.length === 0 && isWhite(s.fillComponents, nums.subarray(0, n));
        break;
      case 0x6d: // m
      case 0x6c: // l
        this.addPoint(nums[0]!, nums[1]!);
        break;
      case 0x63: // c
        this.addPoint(nums[0]!, nums[1]!);
        this.addPoint(nums[2]!, nums[3]!);
        this.addPoint(nums[4]!, nums[5]!);
        break;
      case 0x76: // v
      case 0x79: // y
        this.addPoint(nums[0]!, nums[1]!);
        this.addPoint(nums[2]!, nums[3]!);
        break;
      case 0x6572: // re
        this.addPoint(nums[0]!, nums[1]!);
        this.addPoint(nums[0]! + nums[2]!, nums[1]! + nums[3]!);
        break;
      case 0x66: // f
      case 0x46: // F
      case 0x2a66: // f*
      case 0x42: // B
      case 0x2a42: // B*
      case 0x62: // b
      case 0x2a62: // b*
        if (!s.fillWhite) this.addBackdrop();
        this.clearPath();
        break;
      case 0x53: // S
      case 0x73: // s
      case 0x6e: // n
        this.clearPath();
        break;
      case 0x6873: // sh
        // A shading fills the clip; without tracking clips, count the whole page.
        this.addBackdropRect(this.view);
        break;
      case 0x6f44: // Do
        this.drawObject(resources, o[0]);
        break;
      case 0x434d42: // BMC
        this.openMark(undefined);
        break;
      case 0x434442: // BDC
        this.openMark(this.markText(resources, o[1]));
        break;
      case 0x434d45: // EMC
        if (this.unsavedMarks > 0) this.unsavedMarks--;
        else if (this.marks.pop() === true) this.textMarks.pop();
        break;
      default:
      // Marked content, clipping, stroke colours and line styles change no text.
    }
  }

  private openMark(mark: { text: string; started: boolean } | undefined): void {
    if (this.marks.length >= maxNesting) {
      this.unsavedMarks++;
      return;
    }
    this.marks.push(mark !== undefined);
    if (mark !== undefined) this.textMarks.push(mark);
  }

  /** A painted rectangle; past maxBackdrops a page is painted over anyway, and more would only hold memory. */
  private addBackdropRect(rect: number[]): void {
    if (this.backdrops.length < maxBackdrops) this.backdrops.push(rect);
  }

  /** A BDC's /ActualText, from its inline dictionary or a named /Properties entry. */
  private markText(resources: PdfDict | undefined, value: PdfValue | undefined): { text: string; started: boolean } | undefined {
    const dict = value instanceof Map ? value : this.file.dict(this.file.dict(resources, 'Properties'), nameOf(value) ?? '');
    const actual = this.file.get(dict, 'ActualText');
    return actual instanceof PdfString ? { text: textString(actual.value), started: false } : undefined;
  }

  private moveLine(tx: number, ty: number): void {
    const l = this.tlm;
    l[4] += tx * l[0] + ty * l[2];
    l[5] += tx * l[1] + ty * l[3];
    const m = this.tm;
    for (let i = 0; i < 6; i++) m[i] = l[i]!;
  }

  private setFill(components: number, nums: Float64Array, n: number): void {
    this.state.fillComponents = components;
    this.state.fillWhite = isWhite(components, nums.subarray(0, n));
  }

  /** How many components a named colour space has (0 for one never judged white). */
  private componentsOf(resources: PdfDict | undefined, value: PdfValue | undefined): number {
    const name = nameOf(value);
    if (name === 'DeviceGray' || name === 'G') return 1;
    if (name === 'DeviceRGB' || name === 'RGB') return 3;
    if (name === 'DeviceCMYK' || name === 'CMYK') return 4;
    if (name === undefined) return 0;
    const space = this.file.resolve(this.file.dict(resources, 'ColorSpace')?.get(name));
    if (Array.isArray(space) && nameOf(this.file.resolve(space[0])) === 'ICCBased') {
      const profile = this.file.resolve(space[1]);
      const n = profile instanceof PdfStream ? this.file.get(profile.dict, 'N') : undefined;
      return typeof n === 'number' && [1, 3, 4].includes(n) ? n : 0;
    }
    const alias = nameOf(space);
    return alias !== undefined && alias !== name ? this.componentsOf(undefined, space as PdfName) : 0;
  }

  private font(resources: PdfDict | undefined, nameValue: PdfValue | undefined): Font {
    const name = nameOf(nameValue);
    const ref = name === undefined ? undefined : this.file.dict(resources, 'Font')?.get(name);
    if (ref === undefined) throw new NotPlainPdf(`font ${name} not in resources`);
    // A font object is shared by pages and forms; it is loaded once per file.
    const key = this.file.resolve(ref) ?? ref;
    let font = this.fonts.get(key);
    if (font === undefined) {
      font = loadFont(this.file, ref);
      this.fonts.set(key, font);
    }
    return font;
  }

  /**
   * Tj / TJ: places each glyph and moves the pen. Inside a TJ, kerning of half a space or more
   * reads as a space the writer left out, as PDFium reads it (core/fpdftext/cpdf_textpage.cpp).
   */
  private show(parts: PdfValue[]): void {
    const s = this.state;
    const font = s.font;
    if (font === undefined) throw new NotPlainPdf('text before Tf');
    const budget = this.budget;
    // Glyphs this string may still place: one TJ of a million strings stops here too.
    const room = budget.limits.maxChars - budget.chars;
    if (room <= 0) {
      budget.truncate({ limit: 'maxChars', value: budget.limits.maxChars });
      return;
    }
    // Glyph positions in page space: the text matrix times the CTM; the pen moves along its x axis.
    const tm = this.tm;
    const m = multiply(tm, s.ctm, this.textToPage);
    const size = s.fontSize * Math.hypot(m[2], m[3]);
    // Upside down (180°) is no more upright than 90°: its pen runs right to left.
    const upright = Math.abs(m[1]) <= 0.1 * Math.abs(m[0]) && m[0] > 0;
    const x0 = m[2] * s.rise + m[4];
    const y0 = m[3] * s.rise + m[5];
    const actual = this.actualText();
    const drawn = actual === undefined && !this.drawnBefore(parts, x0, y0, size);
    const step = font.codeBytes;
    const charSpace = s.fontSize === 0 ? 0 : s.charSpace / s.fontSize;
    const baseSpace = drawn ? letterSpacing(parts, charSpace) : 0;
    const pieces: Piece[] = [];
    let pen = 0;
    let kern = 0;
    let item = 0;
    for (const part of parts) {
      if (typeof part === 'number') {
        // part / -1000, not -part / 1000 (the same number): a negation of a small integer is
        // optimized for small integers only, and the first fractional kern undid the code.
        pen += (part / -1000) * s.fontSize * s.scale;
        item++;
        if (this.lastText !== '' && !this.lastText.endsWith(' ')) kern = part / -1000;
        continue;
      }
      if (!(part instanceof PdfString)) continue;
      const bytes = part.value;
      for (let i = 0; i + step <= bytes.length; i += step) {
        const g = font.glyph(step === 1 ? bytes.charCodeAt(i) : (bytes.charCodeAt(i) << 8) | bytes.charCodeAt(i + 1));
        if (drawn) {
          let spaceBefore = false;
          const spacing = kern + charSpace - baseSpace;
          if (item > 0 && spacing > 0) {
            const space = font.spaceWidth();
            spaceBefore = spacing >= (space !== undefined && space > 0 && space <= 1 / 3 ? space / 2 : spaceShare(g.width, 300, 500, 700));
          }
          const code = g.text.charCodeAt(0);
          // A nameless glyph between letters is a lost ligature (o[ffi]ce).
          if (code < 0x20 && code !== 0x09 && g.text.length === 1 && i + 2 * step <= bytes.length && /\p{L}$/u.test(this.lastText)) {
            const next = font.glyph(step === 1 ? bytes.charCodeAt(i + 1) : (bytes.charCodeAt(i + 2) << 8) | bytes.charCodeAt(i + 3));
            if (/^\p{L}/u.test(next.text)) this.unnamed++;
          }
          const x = x0 + pen * m[0];
          const y = y0 + pen * m[1];
          if (!this.drawnHere(g, x, y, size) && pieces.length < room) pieces.push({ text: g.text, x, y, right: x + g.width * s.fontSize * s.scale * m[0], width: g.width, spaceBefore });
          this.lastText = g.text;
        }
        kern = 0;
        item++;
        pen += (g.width * s.fontSize + s.charSpace + (g.wordSpace ? s.wordSpace : 0)) * s.scale;
      }
    }
    if (actual !== undefined && actual !== '') {
      // What the marked content says it reads as, spread over where its glyphs went.
      const width = (pen * m[0]) / actual.length;
      [...actual].forEach((text, k) => pieces.push({ text, x: x0 + k * width, y: y0, right: x0 + (k + 1) * width, width: width / Math.max(size, 1), spaceBefore: false }));
      this.lastText = actual;
    }
    budget.chars += pieces.length;
    if (pieces.length >= room) budget.truncate({ limit: 'maxChars', value: budget.limits.maxChars });
    if (upright) this.placer.add({ x: x0, y: y0, size, white: s.fillWhite, pieces });
    else this.addTurned(m, { x: x0, y: y0, size, white: s.fillWhite, pieces }, s.fontSize * s.scale);
    tm[4] += pen * tm[0];
    tm[5] += pen * tm[1];
  }

  /**
   * Text at an angle (its baseline not left to right): placed in the frame of its angle, one
   * frame per whole degree, so that 90°, 180° or 270° text reads in its own order with its
   * word breaks. It still ends the upright line being built, as it always did.
   */
  private addTurned(m: Matrix, object: TextObject, advancePerEm: number): void {
    this.placer.flush();
    this.runs.lineBreak();
    const frame = this.turned.frame(m[0], m[1]);
    let placer = this.turnedPlacers.get(frame.runs);
    if (placer === undefined) {
      placer = new TextPlacer(frame.runs);
      this.turnedPlacers.set(frame.runs, placer);
    }
    const { cos, sin } = frame;
    const advance = advancePerEm * Math.hypot(m[0], m[1]);
    for (const p of object.pieces) {
      const x = p.x;
      p.x = x * cos + p.y * sin;
      p.y = p.y * cos - x * sin;
      p.right = p.x + p.width * advance;
    }
    placer.add({ ...object, x: object.x * cos + object.y * sin, y: object.y * cos - object.x * sin });
  }

  /** The page's text at angles, turned upright, with the runs that lie off the page set apart. */
  turnedText(): TurnedText[] {
    for (const placer of this.turnedPlacers.values()) placer.flush();
    return this.turned.finish(this.view);
  }

  /**
   * The text marked content gives for the glyphs it holds (/ActualText: an icon's meaning, a
   * word hyphenated across lines), as PDFium reads it: the first string in the mark shows
   * it, later ones nothing. Undefined when no mark says; '' when the glyphs are not shown.
   */
  private actualText(): string | undefined {
    const mark = this.textMarks.at(-1);
    if (mark === undefined) return undefined;
    if (mark.started) return '';
    mark.started = true;
    if (mark.text === '') return undefined;
    return /[\u0081-\ufffc]|[\x20-\x7e]/.test(mark.text) ? mark.text : '';
  }

  /**
   * Whether this glyph of this font was just placed within 0.07 em of here, as PDFium checks
   * the last seven: some writers fake bold by drawing each glyph several times, offset a hair.
   */
  private drawnHere(glyph: Glyph, x: number, y: number, size: number): boolean {
    const near = 0.07 * Math.max(size, 0.01);
    for (let k = 0; k < recentGlyphs; k++) {
      if (this.recentGlyph[k] === glyph && Math.abs(this.recentX[k]! - x) < near && Math.abs(this.recentY[k]! - y) < near) return true;
    }
    this.recentGlyph[this.recentAt] = glyph;
    this.recentX[this.recentAt] = x;
    this.recentY[this.recentAt] = y;
    this.recentAt = (this.recentAt + 1) % recentGlyphs;
    return false;
  }

  /**
   * Whether these strings were just drawn at this spot: some writers fake bold by drawing a
   * string twice, a hair apart, and readers keep one.
   */
  private drawnBefore(parts: PdfValue[], x: number, y: number, size: number): boolean {
    const near = 0.1 * Math.max(size, 1);
    let key: string | undefined;
    for (const a of this.shown) {
      if (Math.abs(a.x - x) >= near || Math.abs(a.y - y) >= near) continue;
      key ??= showKey(parts);
      if (a.text === key) return true;
    }
    this.shown.push({ text: key ?? showKey(parts), x, y });
    if (this.shown.length > recentShows) this.shown.shift();
    return false;
  }

  /** A path point, in page space: only the path's bounds are kept. */
  private addPoint(x: number, y: number): void {
    const m = this.state.ctm;
    const px = m[0] * x + m[2] * y + m[4];
    const py = m[1] * x + m[3] * y + m[5];
    if (px < this.pathLeft) this.pathLeft = px;
    if (px > this.pathRight) this.pathRight = px;
    if (py < this.pathBottom) this.pathBottom = py;
    if (py > this.pathTop) this.pathTop = py;
  }

  private clearPath(): void {
    this.pathLeft = this.pathBottom = Infinity;
    this.pathRight = this.pathTop = -Infinity;
  }

  /** The current path's bounds as a backdrop, then a new path. */
  private addBackdrop(): void {
    if (this.pathLeft <= this.pathRight) this.addBackdropRect([this.pathLeft, this.pathBottom, this.pathRight, this.pathTop]);
    this.clearPath();
  }

  /** A unit square under the current matrix (where an image lands), or a form's box. */
  private addBox(x0: number, y0: number, x1: number, y1: number): void {
    const saved = [this.pathLeft, this.pathBottom, this.pathRight, this.pathTop] as const;
    this.clearPath();
    this.addPoint(x0, y0);
    this.addPoint(x1, y0);
    this.addPoint(x0, y1);
    this.addPoint(x1, y1);
    this.addBackdrop();
    [this.pathLeft, this.pathBottom, this.pathRight, this.pathTop] = saved;
  }

  private drawObject(resources: PdfDict | undefined, nameValue: PdfValue | undefined): void {
    const name = nameOf(nameValue);
    const object = name === undefined ? undefined : this.file.get(this.file.dict(resources, 'XObject'), name);
    if (!(object instanceof PdfStream)) return;
    const subtype = nameOf(this.file.get(object.dict, 'Subtype'));
    if (subtype === 'Image') {
      this.addBox(0, 0, 1, 1);
      return;
    }
    if (subtype !== 'Form' || this.forms.has(object)) return;
    if (this.stack.length > maxFormDepth) throw new NotPlainPdf('forms nested too deep');
    this.forms.add(object);
    this.stack.push(this.state.copy());
    const matrix = this.file.array(object.dict, 'Matrix') as number[] | undefined;
    if (matrix?.length === 6 && matrix.every((v) => typeof v === 'number')) this.state.ctm = multiply(Float64Array.from(matrix), this.state.ctm);
    const bbox = this.file.array(object.dict, 'BBox') as number[] | undefined;
    // PDFium counts a form as one object its whole box in size.
    if (bbox?.length === 4) this.addBox(bbox[0]!, bbox[1]!, bbox[2]!, bbox[3]!);
    const savedTm = this.tm.slice();
    const savedTlm = this.tlm.slice();
    this.run(decodeStream(this.file, object), this.file.dict(object.dict, 'Resources') ?? resources);
    this.tm = savedTm;
    this.tlm = savedTlm;
    this.state = this.stack.pop()!;
    this.forms.delete(object);
  }

  /** BI … ID <binary> EI: an inline image is a backdrop; its bytes are skipped. */
  private skipInlineImage(lexer: Lexer): void {
    for (let t = lexer.next(); t !== 'ID'; t = lexer.next()) if (t === undefined) return;
    const b = lexer.bytes;
    let at = lexer.pos + 1;
    // The data ends at whitespace, "EI", then whitespace or the end.
    for (; at + 2 < b.length + 1; at++) {
      if (b[at] === 0x45 && b[at + 1] === 0x49 && (at + 2 >= b.length || [0x20, 0x0a, 0x0d, 0x09].includes(b[at + 2]!)) && [0x20, 0x0a, 0x0d, 0x09].includes(b[at - 1]!)) break;
    }
    lexer.pos = at + 2;
    this.addBox(0, 0, 1, 1);
  }
}

