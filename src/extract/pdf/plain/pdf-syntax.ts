/**
 * PDF syntax for the plain-file reader: a lexer over a file's or a content stream's bytes, and
 * the objects it spells. It reads well-formed syntax only: anything it does not expect throws
 * NotPlainPdf, and the caller hands the file to PDFium, which repairs damaged files.
 */

/** A file this reader leaves to the full engine; the reason is for debugging only. */
export class NotPlainPdf extends Error {
  override name = 'NotPlainPdf';
}

export class PdfName {
  constructor(readonly name: string) {}
}

/**
 * A string's bytes, one char per byte (0–255); what they mean depends on the font or the
 * context. A JS string, not a typed array: content streams hold tens of thousands of them and
 * V8 makes short strings far more cheaply.
 */
export class PdfString {
  constructor(readonly value: string) {}
}

export class PdfRef {
  constructor(
    readonly num: number,
    readonly gen: number,
  ) {}
}

export class PdfStream {
  constructor(
    readonly dict: PdfDict,
    /** The raw, still-encoded bytes. */
    readonly raw: Uint8Array,
  ) {}
}

export type PdfDict = Map<string, PdfValue>;
export type PdfValue = number | boolean | null | PdfName | PdfString | PdfRef | PdfStream | PdfDict | PdfValue[];

/** A token: numbers, names and strings as values; delimiters and keywords as plain strings. */
export type Token = number | PdfName | PdfString | string;

export const WHITE = new Uint8Array(256);
for (const c of [0, 9, 10, 12, 13, 32]) WHITE[c] = 1;
const DELIM = new Uint8Array(256);
for (const c of '()<>[]{}/%') DELIM[c.charCodeAt(0)] = 1;

export const latin1 = (bytes: Uint8Array, from: number, to: number): string => Buffer.from(bytes.buffer, bytes.byteOffset + from, Math.max(0, Math.min(to, bytes.length) - from)).toString('latin1');

/** A short run of bytes as a string, without the Buffer a longer one needs. */
function ascii(b: Uint8Array, from: number, to: number): string {
  if (to - from > 24) return latin1(b, from, to);
  let out = '';
  for (let i = from; i < to; i++) out += String.fromCharCode(b[i]!);
  return out;
}

export const hexValue = (c: number): number => (c >= 48 && c <= 57 ? c - 48 : c >= 65 && c <= 70 ? c - 55 : c >= 97 && c <= 102 ? c - 87 : -1);

export const SCAN_END = 0;
export const SCAN_NUMBER = 1;
export const SCAN_OPERATOR = 2;
export const SCAN_VALUE = 3;

/** An operator's bytes packed as scan() packs them: 'Tj' → 0x6a54. */
export const opCode = (name: string): number => {
  let code = 0;
  for (let i = 0; i < name.length; i++) code |= name.charCodeAt(i) << (8 * i);
  return code;
};

/** Reads tokens one at a time; `pos` may be moved by the caller. */
export class Lexer {
  pos: number;
  constructor(
    readonly bytes: Uint8Array,
    start = 0,
  ) {
    this.pos = start;
  }

  // The loops below keep the position in a local and store it once: a property read and write
  // per byte was most of their cost while the code still runs unoptimized, as it mostly does.
  skipSpace(): void {
    const b = this.bytes;
    let pos = this.pos;
    for (;;) {
      while (pos < b.length && WHITE[b[pos]!] === 1) pos++;
      if (b[pos] !== 0x25) break;
      while (pos < b.length && b[pos] !== 10 && b[pos] !== 13) pos++;
    }
    this.pos = pos;
  }

  /** The next token, or undefined at the end of the bytes. */
  next(): Token | undefined {
    this.skipSpace();
    const b = this.bytes;
    if (this.pos >= b.length) return undefined;
    const c = b[this.pos]!;
    if (c === 0x2f) return this.name();
    if (c === 0x28) return this.literal();
    if (c === 0x3c) {
      if (b[this.pos + 1] === 0x3c) {
        this.pos += 2;
        return '<<';
      }
      return this.hex();
    }
    if (c === 0x3e) {
      if (b[this.pos + 1] !== 0x3e) throw new NotPlainPdf('stray >');
      this.pos += 2;
      return '>>';
    }
    if (c === 0x5b || c === 0x5d || c === 0x7b || c === 0x7d) {
      this.pos++;
      return String.fromCharCode(c);
    }
    if ((c >= 0x30 && c <= 0x39) || c === 0x2b || c === 0x2d || c === 0x2e) {
      const n = this.number();
      if (n !== undefined) return n;
    }
    const start = this.pos;
    while (this.pos < b.length && WHITE[b[this.pos]!] === 0 && DELIM[b[this.pos]!] === 0) this.pos++;
    if (this.pos === start) {
      this.pos++;
      throw new NotPlainPdf(`unexpected byte ${c}`);
    }
    return ascii(b, start, this.pos);
  }

  /** What scan() found, set by it. */
  num = 0;
  op = 0;
  value: PdfValue = null;

  /**
   * The content-stream fast path of next(): returns SCAN_NUMBER (in `num`), SCAN_OPERATOR
   * (its bytes packed in `op`), SCAN_VALUE (in `value`) or SCAN_END. A page holds tens of
   * thousands of tokens, so operators are numbers, not strings.
   */
  scan(): number {
    this.skipSpace();
    const b = this.bytes;
    if (this.pos >= b.length) return SCAN_END;
    const c = b[this.pos]!;
    if ((c >= 0x30 && c <= 0x39) || c === 0x2d || c === 0x2e || c === 0x2b) {
      const n = this.number();
      if (n !== undefined) {
        this.num = n;
        return SCAN_NUMBER;
      }
    }
    if (DELIM[c] === 0) {
      let code = 0;
      let pos = this.pos;
      const start = pos;
      while (pos < b.length && WHITE[b[pos]!] === 0 && DELIM[b[pos]!] === 0) {
        if (pos - start < 4) code |= b[pos]! << (8 * (pos - start));
        pos++;
      }
      if (pos - start <= 3) {
        this.pos = pos;
        this.op = code;
        return SCAN_OPERATOR;
      }
    }
    this.value = parseObject(this, this.next(), false);
    return SCAN_VALUE;
  }

  private number(): number | undefined {
    const b = this.bytes;
    let pos = this.pos;
    let sign = 1;
    if (b[pos] === 0x2d) {
      sign = -1;
      pos++;
    } else if (b[pos] === 0x2b) pos++;
    // Some writers double the sign ("--5"); readers treat it as one.
    while (b[pos] === 0x2d) pos++;
    let value = 0;
    let digits = 0;
    while (b[pos]! >= 0x30 && b[pos]! <= 0x39) {
      value = value * 10 + b[pos++]! - 0x30;
      digits++;
    }
    if (b[pos] === 0x2e) {
      pos++;
      let scale = 0.1;
      while (b[pos]! >= 0x30 && b[pos]! <= 0x39) {
        value += (b[pos++]! - 0x30) * scale;
        scale /= 10;
        digits++;
      }
    }
    if (digits === 0) return undefined;
    this.pos = pos;
    return sign * value;
  }

  private name(): PdfName {
    const b = this.bytes;
    this.pos++;
    let out = '';
    let start = this.pos;
    while (this.pos < b.length && WHITE[b[this.pos]!] === 0 && DELIM[b[this.pos]!] === 0) {
      if (b[this.pos] === 0x23 && hexValue(b[this.pos + 1] ?? 0) >= 0 && hexValue(b[this.pos + 2] ?? 0) >= 0) {
        out += ascii(b, start, this.pos) + String.fromCharCode(hexValue(b[this.pos + 1]!) * 16 + hexValue(b[this.pos + 2]!));
        this.pos += 3;
        start = this.pos;
      } else this.pos++;
    }
    return new PdfName(out + ascii(b, start, this.pos));
  }

  private literal(): PdfString {
    const b = this.bytes;
    this.pos++;
    // Most strings have no escapes or nested parentheses: take their bytes as they are.
    for (let i = this.pos; i < b.length; i++) {
      const c = b[i]!;
      if (c === 0x5c || c === 0x28) break;
      if (c === 0x29) {
        const out = new PdfString(ascii(b, this.pos, i));
        this.pos = i + 1;
        return out;
      }
    }
    const out: number[] = [];
    let depth = 1;
    while (this.pos < b.length) {
      const c = b[this.pos++]!;
      if (c === 0x28) depth++;
      else if (c === 0x29 && --depth === 0) return new PdfString(Buffer.from(out).toString('latin1'));
      if (c !== 0x5c) {
        out.push(c);
        continue;
      }
      const e = b[this.pos++]!;
      if (e >= 0x30 && e <= 0x37) {
        let v = e - 0x30;
        for (let i = 0; i < 2 && b[this.pos]! >= 0x30 && b[this.pos]! <= 0x37; i++) v = v * 8 + b[this.pos++]! - 0x30;
        out.push(v & 0xff);
      } else if (e === 0x0d) {
        if (b[this.pos] === 0x0a) this.pos++;
      } else if (e !== 0x0a) out.push(ESCAPES[e] ?? e);
    }
    throw new NotPlainPdf('unterminated string');
  }

  private hex(): PdfString {
    const b = this.bytes;
    let end = b.indexOf(0x3e, this.pos);
    if (end < 0) end = b.length;
    let out = '';
    let high = -1;
    for (let i = this.pos + 1; i < end; i++) {
      const v = hexValue(b[i]!);
      if (v < 0) continue;
      if (high < 0) high = v;
      else {
        out += String.fromCharCode(high * 16 + v);
        high = -1;
      }
    }
    if (high >= 0) out += String.fromCharCode(high * 16);
    this.pos = end + 1;
    return new PdfString(out);
  }
}

const ESCAPES: Record<number, number> = { 0x6e: 10, 0x72: 13, 0x74: 9, 0x62: 8, 0x66: 12 };

/**
 * One object from its first token. `refs` turns "n g R" into references (never in content
 * streams, where two numbers before an R-named operator would be misread).
 */
export function parseObject(lexer: Lexer, first: Token | undefined, refs: boolean): PdfValue {
  if (first === undefined) throw new NotPlainPdf('unexpected end');
  if (typeof first === 'number') {
    if (!refs) return first;
    const save = lexer.pos;
    const gen = lexer.next();
    if (typeof gen === 'number' && Number.isInteger(first) && Number.isInteger(gen)) {
      const r = lexer.next();
      if (r === 'R') return new PdfRef(first, gen);
    }
    lexer.pos = save;
    return first;
  }
  if (typeof first !== 'string') return first;
  if (first === '[') {
    const out: PdfValue[] = [];
    for (let t = lexer.next(); t !== ']'; t = lexer.next()) out.push(parseObject(lexer, t, refs));
    return out;
  }
  if (first === '<<') return parseDictBody(lexer, refs);
  if (first === 'true') return true;
  if (first === 'false') return false;
  if (first === 'null') return null;
  throw new NotPlainPdf(`unexpected ${first}`);
}

/** A dictionary after its opening <<. */
export function parseDictBody(lexer: Lexer, refs: boolean): PdfDict {
  const dict: PdfDict = new Map();
  for (let t = lexer.next(); t !== '>>'; t = lexer.next()) {
    if (!(t instanceof PdfName)) throw new NotPlainPdf('dictionary key is not a name');
    dict.set(t.name, parseObject(lexer, lexer.next(), refs));
  }
  return dict;
}

export const nameOf = (value: PdfValue | undefined): string | undefined => (value instanceof PdfName ? value.name : undefined);

