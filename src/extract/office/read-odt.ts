import type JSZip from 'jszip';
import { diagnostic } from '../../messages.js';
import type { Diagnostic, RawLine } from '../../types.js';
import type { ReaderResult } from '../types.js';
import { ExtractError, extractError } from '../errors.js';
import type { ReadBudget } from '../budget.js';
import { readPartText } from './read-part.js';
import { childElements, findAll, firstChild, parseXml, type XmlElement } from './xml.js';

type Origin = NonNullable<RawLine['origin']>;

interface OdtLook {
  parent?: string;
  hidden?: boolean;
}

/** Style name → whether its text is invisible (white, ≤ 2 pt, display none), with parents. */
function readStyles(roots: XmlElement[]): Map<string, OdtLook> {
  const map = new Map<string, OdtLook>();
  for (const root of roots) {
    for (const s of findAll(root, 'style:style')) {
      const name = s.attrs['style:name'];
      if (name === undefined) continue;
      const props = firstChild(s, 'style:text-properties');
      const look: OdtLook = {};
      const parent = s.attrs['style:parent-style-name'];
      if (parent !== undefined) look.parent = parent;
      if (props !== undefined) {
        const color = props.attrs['fo:color'];
        const size = props.attrs['fo:font-size'];
        const pt = size !== undefined && size.endsWith('pt') ? parseFloat(size) : Number.NaN;
        if (props.attrs['text:display'] === 'none' || (color !== undefined && /^#f[4-9a-f]f[4-9a-f]f[4-9a-f]$/i.test(color)) || pt <= 2) look.hidden = true;
        else if (color !== undefined || size !== undefined) look.hidden = false;
      }
      map.set(name, look);
    }
  }
  return map;
}

function isHiddenStyle(styles: Map<string, OdtLook>, name: string | undefined): boolean | undefined {
  const seen = new Set<string>();
  let cur = name;
  while (cur !== undefined && !seen.has(cur)) {
    seen.add(cur);
    const look = styles.get(cur);
    if (look === undefined) return undefined;
    if (look.hidden !== undefined) return look.hidden;
    cur = look.parent;
  }
  return undefined;
}

interface Out {
  lines: RawLine[];
  hidden: RawLine[];
  hiddenWords: Map<Origin, number>;
}

function emit(out: Out, visible: string, hidden: string, origin: Origin): void {
  const add = (list: RawLine[], s: string): void => {
    for (const t of s.split('\n')) if (t.trim() !== '') list.push(origin === 'body' ? { text: t, page: 1 } : { text: t, page: 1, origin });
  };
  add(out.lines, visible);
  add(out.hidden, hidden);
  const words = hidden.split(/[\s,;]+/).filter((x) => x !== '').length;
  if (words > 0) out.hiddenWords.set(origin, (out.hiddenWords.get(origin) ?? 0) + words);
}

function walk(el: XmlElement, styles: Map<string, OdtLook>, out: Out, origin: Origin): void {
  for (const c of childElements(el)) {
    if (c.name === 'text:p' || c.name === 'text:h') {
      const acc = { visible: '', hidden: '' };
      const frames: XmlElement[] = [];
      inline(c, styles, isHiddenStyle(styles, c.attrs['text:style-name']) === true, acc, frames);
      emit(out, acc.visible, acc.hidden, origin);
      for (const f of frames) walk(f, styles, out, origin === 'body' ? 'textbox' : origin);
    } else if (c.name === 'table:table-cell') walk(c, styles, out, origin === 'body' ? 'table' : origin);
    else walk(c, styles, out, origin);
  }
}

function inline(el: XmlElement, styles: Map<string, OdtLook>, hidden: boolean, acc: { visible: string; hidden: string }, frames: XmlElement[]): void {
  for (const c of el.children) {
    if (typeof c === 'string') {
      if (hidden) acc.hidden += c;
      else acc.visible += c;
      continue;
    }
    const add = (s: string): void => void (hidden ? (acc.hidden += s) : (acc.visible += s));
    if (c.name === 'text:s') add(' '.repeat(Math.min(Number(c.attrs['text:c'] ?? 1) || 1, 8)));
    else if (c.name === 'text:tab') add('\t');
    else if (c.name === 'text:line-break') add('\n');
    else if (c.name === 'draw:frame' || c.name === 'draw:text-box') frames.push(c);
    else if (c.name === 'text:note' || c.name === 'office:annotation') continue;
    else {
      const own = isHiddenStyle(styles, c.attrs['text:style-name']);
      inline(c, styles, own ?? hidden, acc, frames);
    }
  }
}

/** Reads an OpenDocument text: headers/footers of the master pages first/last, body between. */
export async function readOdt(zip: JSZip, budget?: ReadBudget): Promise<ReaderResult> {
  const read = async (name: string): Promise<XmlElement | undefined> => {
    const f = zip.file(name);
    return f === null ? undefined : parseXml(budget === undefined ? await f.async('string') : await readPartText(f, budget), budget);
  };
  const content = await read('content.xml').catch((err: unknown) => {
    if (err instanceof ExtractError) throw err;
    throw extractError('corrupt-odt-content', err);
  });
  if (content === undefined) throw extractError('no-odt-content');
  const stylesRoot = await read('styles.xml').catch(() => undefined);
  const styles = readStyles(stylesRoot === undefined ? [content] : [stylesRoot, content]);
  const out: Out = { lines: [], hidden: [], hiddenWords: new Map() };
  const headers: RawLine[] = [];
  const footers: RawLine[] = [];
  if (stylesRoot !== undefined) {
    for (const [tag, origin, list] of [['style:header', 'header', headers], ['style:footer', 'footer', footers]] as const) {
      const part: Out = { ...out, lines: [] };
      for (const h of findAll(stylesRoot, tag)) walk(h, styles, part, origin);
      const seen = new Set<string>();
      for (const l of part.lines) if (!seen.has(l.text)) (seen.add(l.text), list.push(l));
    }
  }
  const body = firstChild(firstChild(content, 'office:body'), 'office:text') ?? content;
  walk(body, styles, out, 'body');
  const warnings: Diagnostic[] = [];
  if (out.hiddenWords.size > 0) {
    warnings.push(diagnostic({ code: 'HIDDEN_TEXT', parts: [...out.hiddenWords].map(([where, words]) => ({ words, where, why: 'white, tiny or hidden text' })) }));
  }
  return { pages: 1, lines: [...headers, ...out.lines, ...footers], hidden: out.hidden, warnings };
}
