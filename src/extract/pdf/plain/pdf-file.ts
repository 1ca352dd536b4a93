/**
 * A PDF file's objects, read on demand through its cross-reference table (plain, stream or
 * hybrid), and its streams decoded. A file this does not expect (damaged, encrypted, an
 * unknown filter) throws NotPlainPdf, and PDFium, which repairs and decrypts, reads it instead.
 */
import { inflateSync, constants as zlib } from 'node:zlib';
import { DEFAULT_CONFIG } from '../../../config/index.js';
import { ReadBudget } from '../../budget.js';
import { extractError } from '../../errors.js';
import { hexValue, Lexer, NotPlainPdf, latin1, nameOf, parseObject, type PdfDict, PdfRef, PdfStream, type PdfValue, type Token, WHITE } from './pdf-syntax.js';

interface XrefEntry {
  /** Byte offset of an object in the file, or the number of the object stream holding it. */
  at: number;
  /** Index inside the object stream; -1 for an object at an offset. */
  index: number;
}


/** A parsed file: its objects, read on demand. */
export class PdfFile {
  private readonly xref = new Map<number, XrefEntry>();
  private readonly cache = new Map<number, PdfValue>();
  private readonly objectStreams = new Map<number, { lexer: Lexer; offsets: Map<number, number> }>();
  readonly trailer: PdfDict = new Map();
  /** Where each "n g obj" sits, found by scanning the file: built when an xref entry misses. */
  private found: Map<number, number> | undefined;

  constructor(
    readonly bytes: Uint8Array,
    /** Time and limits: bounds what is inflated and parsed, so a file of many small bombs stops too. */
    readonly budget = new ReadBudget(DEFAULT_CONFIG.limits),
  ) {
    const tail = latin1(bytes, Math.max(0, bytes.length - 1024), bytes.length);
    const at = tail.lastIndexOf('startxref');
    if (at < 0) throw new NotPlainPdf('no startxref');
    const lexer = new Lexer(bytes, bytes.length - tail.length + at + 9);
    let offset = lexer.next();
    const seen = new Set<number>();
    while (typeof offset === 'number' && !seen.has(offset)) {
      seen.add(offset);
      const trailer = this.readXref(offset);
      for (const [k, v] of trailer) if (!this.trailer.has(k)) this.trailer.set(k, v);
      const hybrid = trailer.get('XRefStm');
      if (typeof hybrid === 'number' && !seen.has(hybrid)) {
        seen.add(hybrid);
        this.readXref(hybrid);
      }
      offset = trailer.get('Prev') as Token;
    }
    if (this.trailer.has('Encrypt')) throw new NotPlainPdf('encrypted');
    if (!(this.trailer.get('Root') instanceof PdfRef)) throw new NotPlainPdf('no root');
  }

  /** Reads one xref section (table or stream) into the map; newer sections were read first and win. */
  private readXref(offset: number): PdfDict {
    const lexer = new Lexer(this.bytes, offset);
    const first = lexer.next();
    if (first === 'xref') {
      for (;;) {
        const start = lexer.next();
        if (start === 'trailer') break;
        const count = lexer.next();
        if (typeof start !== 'number' || typeof count !== 'number') throw new NotPlainPdf('bad xref table');
        lexer.skipSpace();
        for (let i = 0; i < count; i++) {
          // Entries are 20 bytes: 10-digit offset, 5-digit generation, n or f.
          const line = latin1(this.bytes, lexer.pos, lexer.pos + 20);
          const m = /^(\d{10}) (\d{5}) ([nf])/.exec(line);
          if (m === null) throw new NotPlainPdf('bad xref entry');
          if (m[3] === 'n' && !this.xref.has(start + i)) this.xref.set(start + i, { at: Number(m[1]), index: -1 });
          lexer.pos += 20;
          lexer.skipSpace();
        }
      }
      const trailer = parseObject(lexer, lexer.next(), true);
      if (!(trailer instanceof Map)) throw new NotPlainPdf('bad trailer');
      return trailer;
    }
    const stream = this.parseIndirect(lexer, first);
    if (!(stream instanceof PdfStream) || nameOf(stream.dict.get('Type')) !== 'XRef') throw new NotPlainPdf('bad xref stream');
    const data = decodeStream(this, stream);
    const widths = (stream.dict.get('W') as number[] | undefined) ?? [];
    const [w0 = 1, w1 = 0, w2 = 0] = widths;
    const size = stream.dict.get('Size') as number;
    const index = (stream.dict.get('Index') as number[] | undefined) ?? [0, size];
    const field = (at: number, width: number): number => {
      let v = 0;
      for (let i = 0; i < width; i++) v = v * 256 + data[at + i]!;
      return v;
    };
    let at = 0;
    for (let s = 0; s + 1 < index.length; s += 2) {
      for (let i = 0; i < index[s + 1]!; i++) {
        const type = w0 === 0 ? 1 : field(at, w0);
        const a = field(at + w0, w1);
        const b = field(at + w0 + w1, w2);
        at += w0 + w1 + w2;
        if (at > data.length) throw new NotPlainPdf('short xref stream');
        const num = index[s]! + i;
        if (this.xref.has(num)) continue;
        if (type === 1) this.xref.set(num, { at: a, index: -1 });
        else if (type === 2) this.xref.set(num, { at: a, index: b });
      }
    }
    return stream.dict;
  }

  /** "n g obj" at the lexer, then the object (a stream when one follows). */
  private parseIndirect(lexer: Lexer, first: Token | undefined = lexer.next()): PdfValue {
    const gen = lexer.next();
    const obj = lexer.next();
    if (typeof first !== 'number' || typeof gen !== 'number' || obj !== 'obj') throw new NotPlainPdf('bad object header');
    const value = parseObject(lexer, lexer.next(), true);
    if (!(value instanceof Map)) return value;
    const save = lexer.pos;
    if (lexer.next() !== 'stream') {
      lexer.pos = save;
      return value;
    }
    const b = this.bytes;
    let start = lexer.pos;
    if (b[start] === 0x0d) start++;
    if (b[start] === 0x0a) start++;
    const length = this.resolve(value.get('Length'));
    let end = typeof length === 'number' ? start + length : -1;
    if (end < 0 || end > b.length || !latin1(b, end, Math.min(b.length, end + 12)).includes('endstream')) {
      // A wrong /Length: find the end marker instead, as readers do.
      end = Buffer.from(b.buffer, b.byteOffset, b.length).indexOf('endstream', start, 'latin1');
      if (end < 0) throw new NotPlainPdf('no endstream');
      if (b[end - 1] === 0x0a) end--;
      if (b[end - 1] === 0x0d) end--;
    }
    return new PdfStream(value, b.subarray(start, end));
  }

  /** The object a value refers to (the value itself when it is no reference). */
  resolve(value: PdfValue | undefined): PdfValue | undefined {
    if (!(value instanceof PdfRef)) return value;
    const cached = this.cache.get(value.num);
    if (cached !== undefined || this.cache.has(value.num)) return cached;
    const entry = this.xref.get(value.num);
    let out: PdfValue = null;
    if (++this.budget.objects > this.budget.limits.maxObjects) throw extractError('too-many-objects', { max: this.budget.limits.maxObjects });
    if (entry !== undefined) out = entry.index < 0 ? this.atOffset(entry.at, value.num) : this.fromObjectStream(entry.at, value.num);
    this.cache.set(value.num, out);
    return out;
  }

  /**
   * The object at an xref offset; where the entry points past the end of the file or at
   * something else, the object where a scan of the file finds it, as poppler recovers it.
   */
  private atOffset(at: number, num: number): PdfValue {
    if (at < this.bytes.length) {
      const lexer = new Lexer(this.bytes, at);
      const first = lexer.next();
      if (first === num) return this.parseIndirect(lexer, first);
    }
    const found = this.scanObjects().get(num);
    if (found === undefined) throw new NotPlainPdf('bad object offset');
    return this.parseIndirect(new Lexer(this.bytes, found));
  }

  /** Every "n g obj" in the file (the last one of a number wins, as an update would). */
  private scanObjects(): Map<number, number> {
    if (this.found !== undefined) return this.found;
    const found = new Map<number, number>();
    const text = latin1(this.bytes, 0, this.bytes.length);
    const re = /(?<![0-9])(\d{1,10})[ \t\r\n\f\0]+\d{1,5}[ \t\r\n\f\0]+obj\b/g;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) found.set(Number(m[1]), m.index);
    this.found = found;
    return found;
  }

  private fromObjectStream(streamNum: number, num: number): PdfValue {
    let holder = this.objectStreams.get(streamNum);
    if (holder === undefined) {
      const stream = this.resolve(new PdfRef(streamNum, 0));
      if (!(stream instanceof PdfStream)) throw new NotPlainPdf('bad object stream');
      const data = decodeStream(this, stream);
      const lexer = new Lexer(data);
      const offsets = new Map<number, number>();
      const count = stream.dict.get('N') as number;
      const first = stream.dict.get('First') as number;
      for (let i = 0; i < count; i++) {
        const n = lexer.next();
        const off = lexer.next();
        if (typeof n !== 'number' || typeof off !== 'number') throw new NotPlainPdf('bad object stream header');
        offsets.set(n, first + off);
      }
      holder = { lexer, offsets };
      this.objectStreams.set(streamNum, holder);
    }
    const at = holder.offsets.get(num);
    if (at === undefined) return null;
    holder.lexer.pos = at;
    return parseObject(holder.lexer, holder.lexer.next(), true);
  }

  /** A dictionary entry, resolved. */
  get(dict: PdfDict | undefined, key: string): PdfValue | undefined {
    return this.resolve(dict?.get(key));
  }

  dict(dict: PdfDict | undefined, key: string): PdfDict | undefined {
    const v = this.get(dict, key);
    return v instanceof Map ? v : v instanceof PdfStream ? v.dict : undefined;
  }

  array(dict: PdfDict | undefined, key: string): PdfValue[] | undefined {
    const v = this.get(dict, key);
    return Array.isArray(v) ? v.map((x) => this.resolve(x) ?? null) : undefined;
  }
}

/** A stream's decoded bytes. Filters beyond Flate, hex and ASCII85 are left to PDFium. */
export function decodeStream(file: PdfFile, stream: PdfStream): Uint8Array {
  const filterValue = file.resolve(stream.dict.get('Filter'));
  const filters = Array.isArray(filterValue) ? filterValue.map((f) => nameOf(file.resolve(f))) : filterValue === undefined || filterValue === null ? [] : [nameOf(filterValue)];
  const parmsValue = file.resolve(stream.dict.get('DecodeParms'));
  const parms = Array.isArray(parmsValue) ? parmsValue.map((p) => file.resolve(p)) : [parmsValue];
  let data = stream.raw;
  filters.forEach((filter, i) => {
    if (filter === 'FlateDecode' || filter === 'Fl') {
      data = inflate(data, file.budget);
      file.budget.inflated += data.length;
    }
    else if (filter === 'ASCIIHexDecode' || filter === 'AHx') data = asciiHex(data);
    else if (filter === 'ASCII85Decode' || filter === 'A85') data = ascii85(data);
    else throw new NotPlainPdf(`filter ${filter}`);
    const p = parms[i];
    if (p instanceof Map) {
      const predictor = (p.get('Predictor') as number | undefined) ?? 1;
      if (predictor >= 10) data = unpredictPng(data, (p.get('Columns') as number | undefined) ?? 1, ((p.get('Colors') as number | undefined) ?? 1) * (((p.get('BitsPerComponent') as number | undefined) ?? 8) / 8));
      else if (predictor !== 1) throw new NotPlainPdf(`predictor ${predictor}`);
    }
  });
  return data;
}

/** No resume has a stream this large; a deflate bomb stops here, whatever is left of limits.maxInflatedBytes. */
const maxInflated = 64 << 20;

const isOverLimit = (err: unknown): boolean => err instanceof RangeError && (err as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE';

/** Inflates up to what the budget has room for; past it, TOO_LARGE (the page keeps what it read). */
function inflate(data: Uint8Array, budget: ReadBudget): Uint8Array {
  const room = Math.min(maxInflated, budget.inflateRoom);
  const tooLarge = (): Error => extractError('stream-inflates-past-cap', { max: budget.limits.maxInflatedBytes });
  try {
    return inflateSync(data, { maxOutputLength: Math.max(1, room) });
  } catch (err) {
    if (isOverLimit(err)) throw tooLarge();
    // A stream cut short or with a bad checksum still holds its text; take what inflates.
    try {
      return inflateSync(data, { finishFlush: zlib.Z_SYNC_FLUSH, maxOutputLength: Math.max(1, room) });
    } catch (err2) {
      if (isOverLimit(err2)) throw tooLarge();
      throw new NotPlainPdf('bad flate stream');
    }
  }
}

/** Hex digit pairs up to '>'; white space is skipped and an odd last digit counts as d0. */
function asciiHex(data: Uint8Array): Uint8Array {
  const out = new Uint8Array((data.length + 1) >> 1);
  let n = 0;
  let high = -1;
  for (const c of data) {
    if (c === 0x3e) break;
    const v = hexValue(c);
    if (v < 0) continue;
    if (high < 0) high = v;
    else {
      out[n++] = high * 16 + v;
      high = -1;
    }
  }
  if (high >= 0) out[n++] = high * 16;
  return out.subarray(0, n);
}

function ascii85(data: Uint8Array): Uint8Array {
  const out: number[] = [];
  let group = 0;
  let n = 0;
  for (const c of data) {
    if (c === 0x7e) break;
    if (WHITE[c] === 1) continue;
    if (c === 0x7a && n === 0) {
      out.push(0, 0, 0, 0);
      continue;
    }
    group = group * 85 + (c - 33);
    if (++n === 5) {
      out.push((group >>> 24) & 255, (group >>> 16) & 255, (group >>> 8) & 255, group & 255);
      group = 0;
      n = 0;
    }
  }
  if (n > 0) {
    for (let i = n; i < 5; i++) group = group * 85 + 84;
    const last = [(group >>> 24) & 255, (group >>> 16) & 255, (group >>> 8) & 255, group & 255];
    out.push(...last.slice(0, n - 1));
  }
  return Uint8Array.from(out);
}

/** Undoes PNG row filters (used by xref and object streams). */
function unpredictPng(data: Uint8Array, columns: number, bytesPerPixel: number): Uint8Array {
  const rowLength = Math.ceil(columns * bytesPerPixel);
  const bpp = Math.max(1, Math.floor(bytesPerPixel));
  const rows = Math.floor(data.length / (rowLength + 1));
  const out = new Uint8Array(rows * rowLength);
  for (let r = 0; r < rows; r++) {
    const type = data[r * (rowLength + 1)]!;
    const src = r * (rowLength + 1) + 1;
    const row = r * rowLength;
    for (let i = 0; i < rowLength; i++) {
      const raw = data[src + i]!;
      const left = i >= bpp ? out[row + i - bpp]! : 0;
      const up = r > 0 ? out[row - rowLength + i]! : 0;
      const upLeft = r > 0 && i >= bpp ? out[row - rowLength + i - bpp]! : 0;
      let v: number;
      if (type === 0) v = raw;
      else if (type === 1) v = raw + left;
      else if (type === 2) v = raw + up;
      else if (type === 3) v = raw + ((left + up) >> 1);
      else if (type === 4) {
        const p = left + up - upLeft;
        const pa = Math.abs(p - left);
        const pb = Math.abs(p - up);
        const pc = Math.abs(p - upLeft);
        v = raw + (pa <= pb && pa <= pc ? left : pb <= pc ? up : upLeft);
      } else throw new NotPlainPdf(`png filter ${type}`);
      out[row + i] = v & 255;
    }
  }
  return out;
}
