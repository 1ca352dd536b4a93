/**
 * JSON as `JSON.stringify(value, null, 2)` and a newline, byte for byte, but in pieces: one
 * per element of the array fields named. A report of thousands of candidates is then never
 * one string: at 2,484 resumes the one string and its UTF-8 copy for stdout added ~120 MB to
 * peak RSS. JSON.stringify escapes line breaks inside strings, so every "\n" in its output is
 * layout, and nesting a piece one level deeper is indenting its lines. `item` turns each
 * element into what is written, as it is written (a held candidate into the whole one).
 */
export function* jsonChunks(value: object, arrays: readonly string[], item: (element: unknown) => unknown = (x) => x): Generator<string> {
  const entries = Object.entries(value).filter(([, v]) => v !== undefined && typeof v !== 'function' && typeof v !== 'symbol');
  yield '{';
  for (const [i, [key, v]] of entries.entries()) {
    yield `${i ? ',' : ''}\n  ${JSON.stringify(key)}: `;
    if (arrays.includes(key) && Array.isArray(v) && v.length > 0) {
      yield '[';
      for (const [j, element] of v.entries()) yield `${j ? ',' : ''}\n    ${indent(JSON.stringify(item(element) ?? null, null, 2) ?? 'null', '    ')}`;
      yield '\n  ]';
    } else {
      yield indent(JSON.stringify(v, null, 2), '  ');
    }
  }
  yield entries.length ? '\n}\n' : '}\n';
}

const indent = (text: string, by: string) => text.replace(/\n/g, `\n${by}`);
