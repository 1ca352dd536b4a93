import { deflateSync } from 'node:zlib';

/** A one-page PDF (Letter, Helvetica as /F1) drawing exactly `content`, with a correct xref. */
export function pdfWith(content: string, font = '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>'): Uint8Array {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>',
    font,
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
  ];
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const at of offsets) out += `${String(at).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(out);
}


/**
 * A PDF from numbered object bodies (object 1 is the catalog), with a correct cross-reference
 * table, or with a compressed cross-reference stream when `xrefStream` is set.
 */
export function pdfOf(objects: (string | Uint8Array)[], options: { xrefStream?: boolean; packed?: Record<number, [stream: number, index: number]> } = {}): Uint8Array {
  const parts: Uint8Array[] = [];
  let length = 0;
  const push = (part: string | Uint8Array): void => {
    const bytes = typeof part === 'string' ? Buffer.from(part, 'latin1') : part;
    parts.push(bytes);
    length += bytes.length;
  };
  push('%PDF-1.5\n');
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(length);
    // An object packed in an object stream has no body of its own.
    if (options.packed?.[i + 1] !== undefined) return;
    push(`${i + 1} 0 obj\n`);
    push(body);
    push('\nendobj\n');
  });
  const size = objects.length + 1;
  const xref = length;
  if (options.xrefStream) {
    // Rows of type (1 byte), offset (4 bytes), generation (1 byte), each after a PNG "Up" filter byte.
    const rows = [[0, 0, 255], ...offsets.map((at, i) => (options.packed?.[i + 1] ? [2, ...options.packed[i + 1]!] : [1, at, 0])), [1, xref, 0]];
    const raw: number[] = [];
    let previous = [0, 0, 0, 0, 0, 0];
    for (const [type, at, gen] of rows) {
      const row = [type!, (at! >>> 24) & 255, (at! >>> 16) & 255, (at! >>> 8) & 255, at! & 255, gen!];
      raw.push(2, ...row.map((b, k) => (b - previous[k]! + 256) & 255));
      previous = row;
    }
    const data = deflateSync(Uint8Array.from(raw));
    push(`${size} 0 obj\n<< /Type /XRef /Size ${size + 1} /W [1 4 1] /Root 1 0 R /Filter /FlateDecode /DecodeParms << /Predictor 12 /Columns 6 >> /Length ${data.length} >>\nstream\n`);
    push(data);
    push('\nendstream\nendobj\n');
  } else {
    push(`xref\n0 ${size}\n0000000000 65535 f \n`);
    for (const at of offsets) push(`${String(at).padStart(10, '0')} 00000 n \n`);
    push(`trailer\n<< /Size ${size} /Root 1 0 R >>\n`);
  }
  push(`startxref\n${xref}\n%%EOF\n`);
  return Buffer.concat(parts);
}

/** A one-page document whose page has these fonts (F1, F2, …) and this content. */
export function pageWith(content: string, fonts: string[], extra: { resources?: string; objects?: string[] } = {}): (string | Uint8Array)[] {
  const first = 4;
  const fontRefs = fonts.map((_, i) => `/F${i + 1} ${first + i} 0 R`).join(' ');
  return [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << ${fontRefs} >> ${extra.resources ?? ''} >> /Contents ${first + fonts.length} 0 R >>`,
    ...fonts,
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
    ...(extra.objects ?? []),
  ];
}
