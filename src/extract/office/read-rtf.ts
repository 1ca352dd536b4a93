import type { Diagnostic, RawLine } from '../../types.js';
import { diagnostic } from '../../messages.js';
import type { ReaderResult } from '../types.js';

type Dest = 'body' | 'header' | 'footer';

interface State {
  skip: boolean;
  hidden: boolean;
  fontSize: number;
  color: number;
  uc: number;
  dest: Dest;
}

/** Destinations whose text is not document text. */
const skipped = new Set([
  'fonttbl', 'colortbl', 'stylesheet', 'info', 'pict', 'object', 'themedata', 'colorschememapping',
  'datastore', 'latentstyles', 'listtable', 'listoverridetable', 'rsidtbl', 'generator', 'xmlnstbl',
  'mmathPr', 'filetbl', 'revtbl', 'pgdsctbl', 'fldinst', 'bkmkstart', 'bkmkend', 'pntext', 'pntxta',
  'pntxtb', 'listtext', 'footnote', 'annotation', 'atnid', 'atnauthor', 'nonshppict', 'blipuid', 'header_skip',
]);
const headerWords: Record<string, Dest> = {
  header: 'header', headerl: 'header', headerr: 'header', headerf: 'header',
  footer: 'footer', footerl: 'footer', footerr: 'footer', footerf: 'footer',
};

const cp1252 = new TextDecoder('windows-1252');

interface Buffers {
  visible: Record<Dest, string>;
  hidden: Record<Dest, string>;
}

/** A small RTF-to-text reader: enough for resumes written by Word, pandoc or LibreOffice. */
export function readRtf(bytes: Uint8Array): ReaderResult {
  const src = Buffer.from(bytes).toString('latin1');
  const whiteColors = new Set<number>();
  const out: Buffers = { visible: { body: '', header: '', footer: '' }, hidden: { body: '', header: '', footer: '' } };
  const stack: State[] = [];
  let st: State = { skip: false, hidden: false, fontSize: 24, color: 0, uc: 1, dest: 'body' };
  let pendingSkip = 0;
  let groupStart = false;
  let colorIndex = -1;
  let rgb: [number, number, number] = [0, 0, 0];

  const emit = (s: string): void => {
    if (st.skip) return;
    if (pendingSkip > 0) {
      pendingSkip--;
      return;
    }
    const hidden = st.hidden || st.fontSize <= 4 || whiteColors.has(st.color);
    (hidden ? out.hidden : out.visible)[st.dest] += s;
  };
  const breakLine = (): void => {
    if (!st.skip) {
      out.visible[st.dest] += '\n';
      out.hidden[st.dest] += '\n';
    }
  };

  for (let i = 0; i < src.length; i++) {
    const ch = src[i]!;
    if (ch === '{') {
      stack.push(st);
      st = { ...st };
      groupStart = true;
      continue;
    }
    if (ch === '}') {
      if (st.dest !== (stack[stack.length - 1]?.dest ?? 'body')) breakLine();
      st = stack.pop() ?? st;
      groupStart = false;
      continue;
    }
    if (ch === '\r' || ch === '\n') continue;
    if (ch !== '\\') {
      groupStart = false;
      if (st.skip && colorIndex >= 0 && ch === ';') {
        if (rgb[0] >= 0xf4 && rgb[1] >= 0xf4 && rgb[2] >= 0xf4) whiteColors.add(colorIndex);
        colorIndex++;
        rgb = [0, 0, 0];
      }
      emit(ch);
      continue;
    }
    const next = src[i + 1] ?? '';
    if (next === "'") {
      const code = parseInt(src.slice(i + 2, i + 4), 16);
      i += 3;
      if (Number.isFinite(code)) emit(cp1252.decode(new Uint8Array([code])));
      continue;
    }
    if (!/[a-zA-Z]/.test(next)) {
      i++;
      if (next === '*') st.skip = true;
      else if (next === '~') emit('\u00A0');
      else if (next === '-') emit('\u00AD');
      else if (next === '_') emit('-');
      else if (next === '\\' || next === '{' || next === '}') emit(next);
      else if (next === '\n' || next === '\r') breakLine();
      continue;
    }
    const m = /^([a-zA-Z]+)(-?\d+)? ?/.exec(src.slice(i + 1, i + 40));
    if (m === null) continue;
    i += m[0].length;
    const word = m[1]!;
    const arg = m[2] === undefined ? undefined : Number(m[2]);
    const first = groupStart;
    groupStart = false;
    if (first && word === 'colortbl') {
      st.skip = true;
      colorIndex = 0;
      continue;
    }
    if (first && headerWords[word] !== undefined) {
      st.dest = headerWords[word]!;
      breakLine();
      continue;
    }
    if (first && skipped.has(word)) {
      st.skip = true;
      continue;
    }
    switch (word) {
      case 'red': rgb[0] = arg ?? 0; break;
      case 'green': rgb[1] = arg ?? 0; break;
      case 'blue': rgb[2] = arg ?? 0; break;
      case 'par': case 'line': case 'sect': case 'page': case 'row': case 'cell': case 'nestcell': breakLine(); break;
      case 'tab': emit('\t'); break;
      case 'emdash': emit('—'); break;
      case 'endash': emit('–'); break;
      case 'bullet': emit('•'); break;
      case 'lquote': emit('‘'); break;
      case 'rquote': emit('’'); break;
      case 'ldblquote': emit('“'); break;
      case 'rdblquote': emit('”'); break;
      case 'uc': st.uc = arg ?? 1; break;
      case 'u': {
        const code = (arg ?? 0) < 0 ? (arg ?? 0) + 65536 : (arg ?? 0);
        emit(String.fromCharCode(code));
        pendingSkip = st.uc;
        break;
      }
      case 'v': st.hidden = arg !== 0; break;
      case 'fs': st.fontSize = arg ?? 24; break;
      case 'cf': st.color = arg ?? 0; break;
      case 'plain': st.hidden = false; st.fontSize = 24; st.color = 0; break;
      case 'bin': i += arg ?? 0; break;
      default: break;
    }
  }
  return toResult(out);
}

function toLines(text: string, origin: Dest): RawLine[] {
  return text
    .split('\n')
    .filter((t) => t.trim() !== '')
    .map((t) => (origin === 'body' ? { text: t, page: 1 } : { text: t, page: 1, origin }));
}

function toResult(out: Buffers): ReaderResult {
  const dedupe = (lines: RawLine[]): RawLine[] => {
    const seen = new Set<string>();
    return lines.filter((l) => !seen.has(l.text) && (seen.add(l.text), true));
  };
  const lines = [...dedupe(toLines(out.visible.header, 'header')), ...toLines(out.visible.body, 'body'), ...dedupe(toLines(out.visible.footer, 'footer'))];
  const hidden = [...toLines(out.hidden.header, 'header'), ...toLines(out.hidden.body, 'body'), ...toLines(out.hidden.footer, 'footer')];
  const warnings: Diagnostic[] = [];
  const words = (s: string): number => s.split(/[\s,;]+/).filter((x) => x !== '').length;
  const parts = (['header', 'body', 'footer'] as const)
    .filter((d) => words(out.hidden[d]) > 0)
    .map((where) => ({ words: words(out.hidden[where]), where, why: 'white, tiny or hidden text' }));
  if (parts.length > 0) warnings.push(diagnostic({ code: 'HIDDEN_TEXT', parts }));
  return { pages: 1, lines, hidden, warnings };
}
