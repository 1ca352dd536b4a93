import { childElements, firstChild, type XmlElement } from './xml.js';

/** The run properties that decide whether a reader can see text. Undefined = inherit. */
export interface RunLook {
  vanish?: boolean;
  white?: boolean;
  tiny?: boolean;
}

interface StyleEntry {
  basedOn?: string;
  look: RunLook;
}

export interface StyleSheet {
  defaults: RunLook;
  defaultParagraphStyle?: string;
  styles: Map<string, StyleEntry>;
}

const offValues = new Set(['0', 'false', 'off']);

function toggle(el: XmlElement | undefined): boolean | undefined {
  if (el === undefined) return undefined;
  const v = el.attrs['w:val'];
  return v === undefined || !offValues.has(v.toLowerCase());
}

/** Near-white text colours (FFFFFF and a hair off it, as some tools write). */
export function isWhiteHex(hex: string | undefined): boolean {
  if (hex === undefined || !/^#?[0-9a-fA-F]{6}$/.test(hex)) return false;
  const h = hex.replace('#', '');
  return [0, 2, 4].every((i) => parseInt(h.slice(i, i + 2), 16) >= 0xf4);
}

/** Half-points: w:sz 4 is 2 pt, unreadable on paper. */
const tinyHalfPoints = 4;

export function readRunLook(rPr: XmlElement | undefined): RunLook {
  if (rPr === undefined) return {};
  const look: RunLook = {};
  const vanish = toggle(firstChild(rPr, 'w:vanish'));
  if (vanish !== undefined) look.vanish = vanish;
  const color = firstChild(rPr, 'w:color')?.attrs['w:val'];
  if (color !== undefined) look.white = isWhiteHex(color);
  const sz = firstChild(rPr, 'w:sz')?.attrs['w:val'];
  if (sz !== undefined && Number.isFinite(Number(sz))) look.tiny = Number(sz) <= tinyHalfPoints;
  return look;
}

export function mergeLooks(...looks: RunLook[]): RunLook {
  const out: RunLook = {};
  for (const l of looks) {
    if (l.vanish !== undefined) out.vanish = l.vanish;
    if (l.white !== undefined) out.white = l.white;
    if (l.tiny !== undefined) out.tiny = l.tiny;
  }
  return out;
}

export function readStyleSheet(root: XmlElement | undefined): StyleSheet {
  const sheet: StyleSheet = { defaults: {}, styles: new Map() };
  if (root === undefined) return sheet;
  sheet.defaults = readRunLook(firstChild(firstChild(firstChild(root, 'w:docDefaults'), 'w:rPrDefault'), 'w:rPr'));
  for (const s of childElements(root, 'w:style')) {
    const id = s.attrs['w:styleId'];
    if (id === undefined) continue;
    const basedOn = firstChild(s, 'w:basedOn')?.attrs['w:val'];
    const entry: StyleEntry = { look: readRunLook(firstChild(s, 'w:rPr')) };
    if (basedOn !== undefined) entry.basedOn = basedOn;
    sheet.styles.set(id, entry);
    if (s.attrs['w:type'] === 'paragraph' && toggle({ name: '', attrs: { 'w:val': s.attrs['w:default'] ?? '0' }, children: [] })) {
      sheet.defaultParagraphStyle = id;
    }
  }
  return sheet;
}

/** A style's look with its basedOn chain applied (root first), guarding against cycles. */
export function styleLook(sheet: StyleSheet, id: string | undefined): RunLook {
  const chain: RunLook[] = [];
  const seen = new Set<string>();
  let cur = id;
  while (cur !== undefined && !seen.has(cur)) {
    seen.add(cur);
    const entry = sheet.styles.get(cur);
    if (entry === undefined) break;
    chain.unshift(entry.look);
    cur = entry.basedOn;
  }
  return mergeLooks(...chain);
}
