import type { DocFormat } from '../types.js';

/** What the first bytes say; zip containers need a look inside (see readZipKind). */
export type Sniffed = DocFormat | 'zip' | 'unknown';

const textExtensions: Record<string, DocFormat> = {
  pdf: 'pdf', docx: 'docx', odt: 'odt', rtf: 'rtf', doc: 'doc',
  txt: 'txt', text: 'txt', md: 'md', markdown: 'md',
};

function startsWith(bytes: Uint8Array, prefix: number[], at = 0): boolean {
  if (bytes.length < at + prefix.length) return false;
  for (let i = 0; i < prefix.length; i++) if (bytes[at + i] !== prefix[i]) return false;
  return true;
}

/** The format the magic bytes show; PDF headers may sit after some junk in the first 1 KB. */
export function sniffFormat(bytes: Uint8Array): Sniffed {
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06])) return 'zip';
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return 'doc';
  const head = Buffer.from(bytes.subarray(0, 1024)).toString('latin1');
  if (head.includes('%PDF-')) return 'pdf';
  if (head.replace(/^\uFEFF|^\xEF\xBB\xBF/, '').trimStart().startsWith('{\\rtf')) return 'rtf';
  return 'unknown';
}

export function formatFromName(name: string): DocFormat | undefined {
  const ext = /\.([A-Za-z0-9]+)$/.exec(name)?.[1]?.toLowerCase();
  return ext === undefined ? undefined : textExtensions[ext];
}

/** True when the bytes look like text rather than a binary file (NUL bytes never appear in text). */
export function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  // UTF-16 text has NULs too; we read UTF-8 only, so it is refused as well.
  for (let i = 0; i < n; i++) if (bytes[i] === 0) return true;
  return false;
}

/**
 * Whether an OLE compound file holds an encrypted Office package: a directory entry named
 * EncryptedPackage (ECMA-376 agile or standard encryption). Directory entries sit at 128-byte
 * steps of their sectors, and sectors at 512-byte steps of the file, so only those offsets are
 * looked at; the name is UTF-16LE, with its byte length (NUL included) at offset 64.
 */
export function isEncryptedPackage(bytes: Uint8Array): boolean {
  const name = 'EncryptedPackage';
  const nameBytes = (name.length + 1) * 2;
  for (let at = 512; at + 128 <= bytes.length; at += 128) {
    if (bytes[at + 64] !== nameBytes || bytes[at + 65] !== 0) continue;
    let same = true;
    for (let i = 0; i < name.length && same; i++) same = bytes[at + 2 * i] === name.charCodeAt(i) && bytes[at + 2 * i + 1] === 0;
    if (same) return true;
  }
  return false;
}
