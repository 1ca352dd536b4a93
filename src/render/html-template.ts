/**
 * A tagged template that escapes every interpolated value unless it is already `SafeHtml`,
 * so resume or posting text cannot become markup by someone forgetting to escape it.
 */

/** Markup built by `html` (or a trusted constant passed to `trusted`). */
export class SafeHtml {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

type Interpolation = SafeHtml | string | number | null | undefined | false | Interpolation[];

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text made safe for element content and for quoted or unquoted attribute values. */
export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (ch) => ENTITIES[ch]!);

/** Marks a string we wrote ourselves (CSS, a constant) as markup. Never pass input text. */
export const trusted = (markup: string): SafeHtml => new SafeHtml(markup);

function emit(value: Interpolation): string {
  if (value instanceof SafeHtml) return value.value;
  if (Array.isArray(value)) return value.map(emit).join('');
  if (value === null || value === undefined || value === false) return '';
  return escapeHtml(String(value));
}

export function html(strings: TemplateStringsArray, ...values: Interpolation[]): SafeHtml {
  let out = strings[0]!;
  values.forEach((v, i) => (out += emit(v) + strings[i + 1]!));
  return new SafeHtml(out);
}
