import JSZip from 'jszip';
import type { ReaderResult } from '../types.js';
import type { ReadBudget } from '../budget.js';
import { extractError } from '../errors.js';
import { readDocx } from './read-docx.js';
import { readOdt } from './read-odt.js';

/** Refuse packages that claim to inflate past this many times the size cap (zip bombs). */
const maxInflationFactor = 50;

/**
 * Sum of the uncompressed sizes the central directory declares, in all and of the XML parts
 * (.xml, .rels), read before inflating anything; undefined when there is no readable central
 * directory.
 */
export function declaredUncompressedSize(bytes: Uint8Array): { total: number; xml: number } | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The end-of-central-directory record sits in the last 64 KB + 22 bytes.
  const stop = Math.max(0, bytes.length - 65557);
  let eocd = -1;
  for (let i = bytes.length - 22; i >= stop; i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return undefined;
  const entries = view.getUint16(eocd + 10, true);
  let p = view.getUint32(eocd + 16, true);
  let total = 0;
  let xml = 0;
  for (let k = 0; k < entries; k++) {
    if (p + 46 > bytes.length || view.getUint32(p, true) !== 0x02014b50) return undefined;
    const raw = view.getUint32(p + 24, true);
    // 0xFFFFFFFF means "see the Zip64 extra field": treat it as huge rather than parse it.
    const size = raw === 0xffffffff ? Number.MAX_SAFE_INTEGER / 4 : raw;
    total += size;
    const nameLength = view.getUint16(p + 28, true);
    const name = Buffer.from(bytes.buffer, bytes.byteOffset + p + 46, Math.min(nameLength, Math.max(0, bytes.length - p - 46))).toString('latin1');
    if (/\.(xml|rels)$/i.test(name)) xml += size;
    p += 46 + nameLength + view.getUint16(p + 30, true) + view.getUint16(p + 32, true);
  }
  return { total, xml };
}

/** A DOCX or ODT package (told apart by what is inside, not by the extension). */
export async function readZipDocument(bytes: Uint8Array, maxBytes: number, budget: ReadBudget): Promise<ReaderResult> {
  const declared = declaredUncompressedSize(bytes);
  if (declared === undefined) throw extractError('corrupt-zip');
  if (declared.total > maxInflationFactor * maxBytes) {
    throw extractError('zip-bomb');
  }
  // Only the XML parts are inflated (images never are): they must fit limits.maxInflatedBytes.
  if (declared.xml > budget.limits.maxInflatedBytes) {
    throw extractError('package-inflates-past-cap', { max: budget.limits.maxInflatedBytes });
  }
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch (err) {
    throw extractError('corrupt-zip', err);
  }
  const mimetype = zip.file('mimetype');
  if (mimetype !== null) {
    const type = (await mimetype.async('string')).trim();
    if (type === 'application/vnd.oasis.opendocument.text') return { ...(await readOdt(zip, budget)), format: 'odt' };
    if (type.startsWith('application/vnd.oasis.opendocument')) {
      throw extractError('not-a-text-document', { kind: type.split('.').pop() ?? '' });
    }
  }
  if (zip.file('_rels/.rels') !== null || zip.file(/^word\//).length > 0) return { ...(await readDocx(zip, budget)), format: 'docx' };
  if (zip.file('content.xml') !== null) return { ...(await readOdt(zip, budget)), format: 'odt' };
  throw extractError('zip-not-a-document');
}
