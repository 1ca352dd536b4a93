import { escapeRegExp } from '../../regexp.js';
import type JSZip from 'jszip';
import type { Diagnostic, RawLine } from '../../types.js';
import { type HiddenWords, diagnostic } from '../../messages.js';
import type { ReaderResult } from '../types.js';
import { CLOCK_EVERY, type ReadBudget } from '../budget.js';
import { readPartText } from './read-part.js';
import { ExtractError, extractError } from '../errors.js';
import { mergeLooks, readRunLook, readStyleSheet, styleLook, type RunLook, type StyleSheet } from './docx-styles.js';
import { drawsPanelBehindText } from './docx-panels.js';
import { readingOrder, type Rect } from './box-order.js';
import { childElements, firstChild, parseXml, type XmlElement } from './xml.js';

type Origin = NonNullable<RawLine['origin']>;

interface Relationship {
  type: string;
  target: string;
}

/** Resolves a relationship target against the folder of the part that names it. */
function resolveTarget(base: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = base.split('/').slice(0, -1);
  for (const seg of target.split('/')) {
    if (seg === '..') parts.pop();
    else if (seg !== '.' && seg !== '') parts.push(seg);
  }
  return parts.join('/');
}

async function readPart(zip: JSZip, path: string, budget: ReadBudget): Promise<XmlElement | undefined> {
  const file = zip.file(path) ?? zip.file(new RegExp(`^${escapeRegExp(path)}$`, 'i'))[0];
  if (file === undefined) return undefined;
  return parseXml(await readPartText(file, budget), budget);
}

async function readRels(zip: JSZip, partPath: string, budget: ReadBudget): Promise<Relationship[]> {
  const slash = partPath.lastIndexOf('/');
  const relsPath = `${partPath.slice(0, slash + 1)}_rels/${partPath.slice(slash + 1)}.rels`;
  const root = await readPart(zip, relsPath, budget);
  if (root === undefined) return [];
  return childElements(root)
    .filter((r) => r.name.endsWith('Relationship') && r.attrs['TargetMode'] !== 'External')
    .map((r) => ({ type: r.attrs['Type'] ?? '', target: resolveTarget(partPath, r.attrs['Target'] ?? '') }));
}

const relType = (rels: Relationship[], suffix: string): Relationship[] => rels.filter((r) => r.type.endsWith(suffix));

/** Where hidden words were found and why, for the HIDDEN_TEXT message. */
type HiddenTally = Map<string, number>;

interface Walk {
  budget: ReadBudget;
  sheet: StyleSheet;
  lines: RawLine[];
  hidden: RawLine[];
  tally: HiddenTally;
}

interface Ctx {
  origin: Origin;
  /** Inside a shaded cell/paragraph or a shape, white text may well be visible. */
  shaded: boolean;
}

function isShaded(pr: XmlElement | undefined): boolean {
  const fill = firstChild(pr, 'w:shd')?.attrs['w:fill'];
  return fill !== undefined && fill !== 'auto' && !/^f{6}$/i.test(fill);
}

function hiddenWhy(look: RunLook, shaded: boolean): string | undefined {
  if (look.vanish === true) return 'hidden formatting';
  if (look.tiny === true) return 'tiny text';
  if (look.white === true && !shaded) return 'white text';
  return undefined;
}

function push(out: RawLine[], text: string, origin: Origin): void {
  for (const t of text.split('\n')) if (t.trim() !== '') out.push(origin === 'body' ? { text: t, page: 1 } : { text: t, page: 1, origin });
}

/** Block-level content: paragraphs, tables, content controls, in order. */
function walkBlocks(el: XmlElement, w: Walk, ctx: Ctx): void {
  for (const c of childElements(el)) {
    if (c.name === 'w:p') walkParagraph(c, w, ctx);
    else if (c.name === 'w:tbl') walkTable(c, w, ctx);
    else if (c.name === 'w:sdt') walkBlocks(firstChild(c, 'w:sdtContent') ?? c, w, ctx);
    else if (c.name === 'mc:AlternateContent') walkBlocks(chooseAlternative(c), w, ctx);
    else if (c.name === 'w:customXml' || c.name === 'w:ins' || c.name === 'w:smartTag') walkBlocks(c, w, ctx);
  }
}

/** mc:AlternateContent: the first Choice, else the Fallback; never both. */
function chooseAlternative(el: XmlElement): XmlElement {
  return firstChild(el, 'mc:Choice') ?? firstChild(el, 'mc:Fallback') ?? { name: '', attrs: {}, children: [] };
}

/** Each cell's content as its own lines, cells left to right: label cells read as headings. */
function walkTable(tbl: XmlElement, w: Walk, ctx: Ctx): void {
  const rows = (el: XmlElement): XmlElement[] =>
    childElements(el).flatMap((c) => (c.name === 'w:tr' ? [c] : c.name === 'w:sdt' ? rows(firstChild(c, 'w:sdtContent') ?? c) : []));
  const cells = (el: XmlElement): XmlElement[] =>
    childElements(el).flatMap((c) => (c.name === 'w:tc' ? [c] : c.name === 'w:sdt' ? cells(firstChild(c, 'w:sdtContent') ?? c) : []));
  for (const tr of rows(tbl)) {
    for (const tc of cells(tr)) {
      const shaded = ctx.shaded || isShaded(firstChild(tc, 'w:tcPr'));
      walkBlocks(tc, w, { origin: ctx.origin === 'body' ? 'table' : ctx.origin, shaded });
    }
  }
}

/** A text box, with where its drawing is placed when the file says. */
interface Box {
  content: XmlElement;
  /** The drawing (wp:anchor or wp:inline) that holds it: boxes of one group share it. */
  drawing: XmlElement | null;
  /** The drawing's place, and the frames its offsets are measured from ("column|paragraph"). */
  at: Rect | null;
  frame: string;
  /** The box's place inside its group of shapes, in the group's own units. */
  inGroup: Rect | null;
}

interface Pieces {
  visible: string;
  hidden: string;
  why: Set<string>;
  boxes: Box[];
}

function walkParagraph(p: XmlElement, w: Walk, ctx: Ctx): void {
  const budget = w.budget;
  if (++budget.paragraphs > budget.limits.maxParagraphs) {
    budget.truncate({ limit: 'maxParagraphs', value: budget.limits.maxParagraphs });
    return;
  }
  if ((budget.paragraphs & (CLOCK_EVERY - 1)) === 0) budget.checkTime();
  const pPr = firstChild(p, 'w:pPr');
  const pStyle = firstChild(pPr, 'w:pStyle')?.attrs['w:val'] ?? w.sheet.defaultParagraphStyle;
  const base = mergeLooks(w.sheet.defaults, styleLook(w.sheet, pStyle));
  const pieces: Pieces = { visible: '', hidden: '', why: new Set(), boxes: [] };
  collectRuns(p, w.sheet, base, ctx.shaded || isShaded(pPr), pieces);
  push(w.lines, pieces.visible, ctx.origin);
  if (pieces.hidden.trim() !== '') {
    push(w.hidden, pieces.hidden, ctx.origin);
    const words = pieces.hidden.split(/[\s,;]+/).filter((x) => x !== '').length;
    const key = `${ctx.origin}|${[...pieces.why].join(', ')}`;
    w.tally.set(key, (w.tally.get(key) ?? 0) + words);
  }
  for (const box of boxesInReadingOrder(pieces.boxes)) walkBlocks(box, w, { origin: ctx.origin === 'body' ? 'textbox' : ctx.origin, shaded: true });
}

/**
 * The text boxes anchored in one paragraph, read by their place on the page rather than the
 * order they were drawn in; the boxes of a group together, by their place in it. Drawings
 * whose offsets are measured from different frames keep the file's order.
 */
function boxesInReadingOrder(boxes: Box[]): XmlElement[] {
  if (boxes.length < 2) return boxes.map((b) => b.content);
  const drawings: Box[][] = [];
  for (const box of boxes) {
    const last = drawings[drawings.length - 1];
    if (last && box.drawing !== null && last[0]!.drawing === box.drawing) last.push(box);
    else drawings.push([box]);
  }
  const oneFrame = new Set(drawings.map((d) => d[0]!.frame)).size === 1;
  const ordered = oneFrame ? readingOrder(drawings, (d) => d[0]!.at) : drawings;
  return ordered.flatMap((d) => readingOrder(d, (b) => b.inGroup).map((b) => b.content));
}

const runContainers = new Set(['w:hyperlink', 'w:ins', 'w:smartTag', 'w:customXml', 'w:fldSimple', 'w:moveTo', 'w:dir', 'w:bdo']);

function collectRuns(el: XmlElement, sheet: StyleSheet, base: RunLook, shaded: boolean, out: Pieces): void {
  for (const c of childElements(el)) {
    if (c.name === 'w:r') readRun(c, sheet, base, shaded, out);
    else if (runContainers.has(c.name)) collectRuns(c, sheet, base, shaded, out);
    else if (c.name === 'w:sdt') collectRuns(firstChild(c, 'w:sdtContent') ?? c, sheet, base, shaded, out);
    else if (c.name === 'mc:AlternateContent') collectRuns(chooseAlternative(c), sheet, base, shaded, out);
  }
}

function readRun(r: XmlElement, sheet: StyleSheet, base: RunLook, shaded: boolean, out: Pieces): void {
  const rPr = firstChild(r, 'w:rPr');
  const look = mergeLooks(base, styleLook(sheet, firstChild(rPr, 'w:rStyle')?.attrs['w:val']), readRunLook(rPr));
  const why = hiddenWhy(look, shaded || isShaded(rPr));
  let text = '';
  for (const c of childElements(r)) {
    switch (c.name) {
      case 'w:t':
        for (const t of c.children) if (typeof t === 'string') text += t;
        break;
      case 'w:tab':
      case 'w:ptab':
        text += '\t';
        break;
      case 'w:br':
      case 'w:cr':
        text += '\n';
        break;
      case 'w:noBreakHyphen':
        text += '-';
        break;
      case 'w:softHyphen':
        text += '\u00AD';
        break;
      default:
        findTextboxes(c, out.boxes);
    }
  }
  if (why === undefined) out.visible += text;
  else {
    out.hidden += text;
    if (text.trim() !== '') out.why.add(why);
  }
}

const localName = (el: XmlElement): string => el.name.slice(el.name.indexOf(':') + 1);
const child = (el: XmlElement | undefined, local: string): XmlElement | undefined =>
  el === undefined ? undefined : childElements(el).find((c) => localName(c) === local);
const emu = (el: XmlElement | undefined): number | null => {
  const text = el?.children.find((c): c is string => typeof c === 'string');
  return text !== undefined && /^\s*-?\d+\s*$/.test(text) ? Number(text) : null;
};

/** A floating drawing's offsets and size (EMU), when given as numbers rather than alignments. */
function anchorPlace(anchor: XmlElement): { at: Rect | null; frame: string } {
  const h = child(anchor, 'positionH');
  const v = child(anchor, 'positionV');
  const frame = `${h?.attrs['relativeFrom'] ?? ''}|${v?.attrs['relativeFrom'] ?? ''}`;
  const x = emu(child(h, 'posOffset'));
  const y = emu(child(v, 'posOffset'));
  const extent = child(anchor, 'extent');
  if (x === null || y === null || extent === undefined) return { at: null, frame };
  return { at: { x, y, w: Number(extent.attrs['cx'] ?? 0), h: Number(extent.attrs['cy'] ?? 0) }, frame };
}

/** A shape's offset and size inside its group (a:xfrm of its properties). */
function shapePlace(shape: XmlElement): Rect | null {
  const xfrm = child(child(shape, 'spPr'), 'xfrm');
  const off = child(xfrm, 'off');
  const ext = child(xfrm, 'ext');
  if (off === undefined || ext === undefined) return null;
  const [x, y, w, h] = [off.attrs['x'], off.attrs['y'], ext.attrs['cx'], ext.attrs['cy']].map(Number);
  return [x, y, w, h].every((n) => Number.isFinite(n)) ? { x: x!, y: y!, w: w!, h: h! } : null;
}

/** Text boxes inside drawings, taking one branch of each mc:AlternateContent, with where each is drawn. */
function findTextboxes(el: XmlElement, out: Box[], within: Omit<Box, 'content'> = { drawing: null, at: null, frame: '', inGroup: null }): void {
  if (el.name === 'w:txbxContent') {
    out.push({ content: el, ...within });
    return;
  }
  if (el.name === 'mc:AlternateContent') {
    findTextboxes(chooseAlternative(el), out, within);
    return;
  }
  let here = within;
  const local = localName(el);
  const drawingPart = !el.name.startsWith('w:') && !el.name.startsWith('a:');
  if (drawingPart && local === 'anchor') here = { ...anchorPlace(el), drawing: el, inGroup: null };
  else if (drawingPart && local === 'inline') here = { drawing: el, at: null, frame: 'inline', inGroup: null };
  else if (local === 'wsp' && within.drawing !== null) here = { ...within, inGroup: shapePlace(el) };
  for (const c of childElements(el)) findTextboxes(c, out, here);
}

function hiddenParts(tally: HiddenTally): HiddenWords[] {
  return [...tally].map(([key, words]) => {
    const [where = 'body', why = ''] = key.split('|');
    return { words, where, why };
  });
}

/** Reads a Word package: main part through the package relationships, headers first, footers last. */
export async function readDocx(zip: JSZip, budget: ReadBudget): Promise<ReaderResult> {
  const rootRels = await readRels(zip, '', budget);
  const mainPath = relType(rootRels, '/officeDocument')[0]?.target ?? 'word/document.xml';
  let main: XmlElement | undefined;
  try {
    main = await readPart(zip, mainPath, budget);
  } catch (err) {
    if (err instanceof ExtractError) throw err;
    throw extractError('corrupt-docx-part', err);
  }
  if (main === undefined) throw extractError('no-docx-main-part');
  if (main.name !== 'w:document') throw extractError('office-not-word');
  const rels = await readRels(zip, mainPath, budget);
  const stylesPath = relType(rels, '/styles')[0]?.target;
  const sheet = readStyleSheet(stylesPath === undefined ? undefined : await readPart(zip, stylesPath, budget).catch(() => undefined));
  const w: Walk = { budget, sheet, lines: [], hidden: [], tally: new Map() };
  const bodyWalk: Walk = { ...w, lines: [] };
  // White body text over a coloured panel drawn behind it (a sidebar) is visible.
  walkBlocks(firstChild(main, 'w:body') ?? main, bodyWalk, { origin: 'body', shaded: drawsPanelBehindText(main) });
  await walkParts(zip, relType(rels, '/header'), w, 'header');
  w.lines.push(...bodyWalk.lines);
  const footers: Walk = { ...w, lines: [] };
  await walkParts(zip, relType(rels, '/footer'), footers, 'footer');
  w.lines.push(...footers.lines);
  const warnings: Diagnostic[] = [];
  if (w.tally.size > 0) warnings.push(diagnostic({ code: 'HIDDEN_TEXT', parts: hiddenParts(w.tally) }));
  return { pages: 1, lines: w.lines, hidden: w.hidden, warnings };
}

/** Header/footer parts; identical lines repeated across first/even/default parts are kept once. */
async function walkParts(zip: JSZip, parts: Relationship[], w: Walk, origin: Origin): Promise<void> {
  const seen = new Set<string>();
  for (const rel of parts) {
    const root = await readPart(zip, rel.target, w.budget).catch(() => undefined);
    if (root === undefined) continue;
    const part: Walk = { ...w, lines: [], hidden: [] };
    walkBlocks(root, part, { origin, shaded: false });
    for (const l of part.lines) if (!seen.has(l.text)) (seen.add(l.text), w.lines.push(l));
    w.hidden.push(...part.hidden);
  }
}
