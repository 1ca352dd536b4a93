import { isUtf8 } from 'node:buffer';
import type { RawLine } from '../../types.js';

/**
 * Decodes UTF-8 (BOM stripped), falling back to Windows-1252 when the bytes are not UTF-8.
 * Node's own check and decoder: a fatal TextDecoder costs ~8 ms to set up on every start.
 */
export function decodeText(bytes: Uint8Array): string {
  const text = isUtf8(bytes) ? Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString('utf8') : new TextDecoder('windows-1252').decode(bytes);
  return text.replace(/^\uFEFF/, '');
}

export function splitLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/);
}

/** Plain text: one raw line per text line. */
export function readPlainText(bytes: Uint8Array): RawLine[] {
  return splitLines(decodeText(bytes)).map((text) => ({ text, page: 1 }));
}

/** Light Markdown stripping: what a reader sees, not the markup. */
export function stripMarkdown(text: string): string {
  return text
    // A comment's line breaks stay, so later lines keep their numbers in the file.
    .replace(/<!--[\s\S]*?-->/g, (c) => c.replace(/[^\n]/g, ''))
    .replace(/^```.*$/gm, '')
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]+)\]\[[^\]]*\]/g, '$1')
    .replace(/^\s*\[[^\]]+\]:\s*\S+.*$/gm, '')
    .replace(/<\/?[A-Za-z][^>]*>/g, ' ')
    .replace(/^\s{0,3}#{1,6}\s+/gm, '')
    .replace(/\s+#+\s*$/gm, '')
    .replace(/^\s{0,3}>\s?/gm, '')
    .replace(/^\s*(?:[-*_]\s*){3,}$/gm, '')
    .replace(/^\s*\|?(?:\s*:?-{3,}:?\s*\|)+\s*:?-*:?\s*\|?\s*$/gm, '')
    .replace(/(\*\*|__)(?=\S)([^\n]*?\S)\1/g, '$2')
    .replace(/(^|[^\w*])\*(?=\S)([^*\n]*?\S)\*(?!\w)/g, '$1$2')
    .replace(/(^|[^\w])_(?=\S)([^_\n]*?\S)_(?!\w)/g, '$1$2')
    .replace(/`([^`\n]+)`/g, '$1');
}

export function readMarkdown(bytes: Uint8Array): RawLine[] {
  return splitLines(stripMarkdown(decodeText(bytes))).map((text) => ({ text, page: 1 }));
}
