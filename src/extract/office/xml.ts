/**
 * A small XML reader for office packages: elements, attributes and text, with
 * namespace prefixes rewritten to canonical ones so that transitional and ISO-strict
 * OOXML (same local names, different namespace URIs) read alike.
 */
import { CLOCK_EVERY, type ReadBudget } from '../budget.js';

export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlNode[];
}
export type XmlNode = XmlElement | string;

/** Namespace URIs → the prefix our readers use. */
const canonicalPrefixes: [RegExp, string][] = [
  [/wordprocessingml\/2006\/main$|ooxml\/wordprocessingml\/main$/, 'w'],
  [/markup-compatibility\/2006$/, 'mc'],
  [/officeDocument\/2006\/relationships$|ooxml\/officeDocument\/relationships$/, 'r'],
  [/package\/2006\/relationships$/, 'pr'],
  [/urn:oasis:names:tc:opendocument:xmlns:text:1\.0$/, 'text'],
  [/urn:oasis:names:tc:opendocument:xmlns:office:1\.0$/, 'office'],
  [/urn:oasis:names:tc:opendocument:xmlns:style:1\.0$/, 'style'],
  [/urn:oasis:names:tc:opendocument:xmlns:table:1\.0$/, 'table'],
  [/urn:oasis:names:tc:opendocument:xmlns:drawing:1\.0$/, 'draw'],
  [/xsl-fo-compatible:1\.0$/, 'fo'],
];

function canonicalPrefix(uri: string): string | undefined {
  for (const [re, prefix] of canonicalPrefixes) if (re.test(uri)) return prefix;
  return undefined;
}

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export function decodeEntities(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/g, (m, e: string) => {
    if (e[0] === '#') {
      const code = e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : '';
    }
    return entities[e] ?? m;
  });
}

const tokenRe = /<!--[\s\S]*?-->|<!\[CDATA\[([\s\S]*?)\]\]>|<[?!][^>]*>|<(\/?)([^\s/>]+)((?:\s+[^\s=/>]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>|([^<]+)/g;
const attrRe = /([^\s=/>]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

/**
 * Parses a document into its root element; throws on nothing parseable. With a budget, the
 * elements count against limits.maxObjects: past it the tree ends there (TRUNCATED), since a
 * part of millions of empty paragraphs would otherwise take gigabytes.
 */
export function parseXml(xml: string, budget?: ReadBudget): XmlElement {
  const root: XmlElement = { name: '#root', attrs: {}, children: [] };
  const stack: XmlElement[] = [root];
  const prefixMaps: Map<string, string>[] = [new Map()];
  let m: RegExpExecArray | null;
  tokenRe.lastIndex = 0;
  let tokens = 0;
  while ((m = tokenRe.exec(xml)) !== null) {
    if (budget !== undefined && ++tokens === CLOCK_EVERY) {
      tokens = 0;
      budget.checkTime();
    }
    const top = stack[stack.length - 1]!;
    if (m[6] !== undefined) {
      top.children.push(decodeEntities(m[6]));
    } else if (m[1] !== undefined) {
      top.children.push(m[1]);
    } else if (m[3] !== undefined) {
      if (m[2] === '/') {
        if (stack.length > 1) {
          stack.pop();
          prefixMaps.pop();
        }
        continue;
      }
      const attrs: Record<string, string> = {};
      const raw = m[4] ?? '';
      let prefixes = prefixMaps[prefixMaps.length - 1]!;
      if (raw !== '') {
        let a: RegExpExecArray | null;
        attrRe.lastIndex = 0;
        const found: [string, string][] = [];
        while ((a = attrRe.exec(raw)) !== null) found.push([a[1]!, decodeEntities(a[2] ?? a[3] ?? '')]);
        for (const [k, v] of found) {
          if (k.startsWith('xmlns:') || k === 'xmlns') {
            const canon = canonicalPrefix(v);
            if (canon !== undefined) {
              if (prefixes === prefixMaps[prefixMaps.length - 1]) prefixes = new Map(prefixes);
              prefixes.set(k === 'xmlns' ? '' : k.slice(6), canon);
            }
          }
        }
        for (const [k, v] of found) attrs[rename(k, prefixes, false)] = v;
      }
      if (budget !== undefined && ++budget.objects > budget.limits.maxObjects) {
        budget.truncate({ limit: 'maxObjects', value: budget.limits.maxObjects });
        break;
      }
      const el: XmlElement = { name: rename(m[3], prefixes, true), attrs, children: [] };
      top.children.push(el);
      if (m[5] !== '/') {
        stack.push(el);
        prefixMaps.push(prefixes);
      }
    }
  }
  const first = root.children.find((c): c is XmlElement => typeof c !== 'string');
  if (first === undefined) throw new Error('no XML element');
  return first;
}

function rename(qname: string, prefixes: Map<string, string>, isElement: boolean): string {
  const colon = qname.indexOf(':');
  if (colon < 0) {
    // Unprefixed attributes are in no namespace; unprefixed elements take the default one.
    const def = isElement ? prefixes.get('') : undefined;
    return def === undefined ? qname : `${def}:${qname}`;
  }
  const prefix = qname.slice(0, colon);
  if (prefix === 'xmlns') return qname;
  const canon = prefixes.get(prefix);
  return canon === undefined ? qname : `${canon}:${qname.slice(colon + 1)}`;
}

export function childElements(el: XmlElement, name?: string): XmlElement[] {
  const out: XmlElement[] = [];
  for (const c of el.children) if (typeof c !== 'string' && (name === undefined || c.name === name)) out.push(c);
  return out;
}

export function firstChild(el: XmlElement | undefined, name: string): XmlElement | undefined {
  if (el === undefined) return undefined;
  for (const c of el.children) if (typeof c !== 'string' && c.name === name) return c;
  return undefined;
}

/** All descendants with this name, in document order (not descending into matches). */
export function findAll(el: XmlElement, name: string, out: XmlElement[] = []): XmlElement[] {
  for (const c of el.children) {
    if (typeof c === 'string') continue;
    if (c.name === name) out.push(c);
    else findAll(c, name, out);
  }
  return out;
}

export function textOf(el: XmlElement): string {
  let s = '';
  for (const c of el.children) s += typeof c === 'string' ? c : textOf(c);
  return s;
}
