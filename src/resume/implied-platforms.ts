/**
 * A cloud vendor's product shows its platform: a resume that claims GKE or BigQuery has used
 * Google Cloud Platform, EC2 or S3 Amazon Web Services, AKS or Azure Functions Microsoft Azure,
 * whether or not it names the platform. Which products, and which written forms of them, do so
 * is data (data/platform-products.json, built by scripts/build-platforms.mjs from the taxonomy's
 * vendor names and implications): "Lambda" alone is also lambda expressions and shows nothing.
 *
 * A form with the vendor's word ("AWS Lambda", "Azure Functions", "Google BigQuery") shows the
 * platform by itself. A short form ("S3", "ECS", "GCE", "Kinesis") also names a job's numbered
 * services, an engineering change request's initials, a school certificate, a gym's equipment
 * (the livecareer resumes): it shows the platform only beside another product of the vendor.
 */
import { builtin, once } from '../builtin/index.js';
import type { SkillHit } from '../types.js';

interface PlatformFile {
  products: Record<string, { platform: string; forms: string[]; short: string[] }>;
}

interface PlatformProduct {
  platform: string;
  /** Lower-cased forms with the vendor's word. */
  forms: ReadonlySet<string>;
  /** Lower-cased short forms, which need another of the vendor's products beside them. */
  short: ReadonlySet<string>;
}

/** Product name (lower-cased) → its platform and the forms that show it. */
export type PlatformProducts = ReadonlyMap<string, PlatformProduct>;

function compilePlatformProducts(file: PlatformFile): PlatformProducts {
  return new Map(Object.entries(file.products).map(([name, p]) => [name.toLowerCase(), { platform: p.platform, forms: new Set(p.forms), short: new Set(p.short) }]));
}

/** data/platform-products.json, compiled on first use. */
export const loadPlatformProducts = once(() => compilePlatformProducts(builtin.platformProducts<PlatformFile>()));

/** What a hit's product shows as written: the platform, and whether the form carries the vendor's word. */
export interface PlatformReading {
  platform: string;
  product: string;
  byVendor: boolean;
}

/** The platform a hit's product shows as written, or null ("EKS" → Amazon Web Services, short; "Lambda" → null). */
export function impliedPlatform(hit: Pick<SkillHit, 'skill' | 'surface'>, products: PlatformProducts): PlatformReading | null {
  const product = products.get(hit.skill.toLowerCase());
  if (!product) return null;
  const form = hit.surface.toLowerCase().replace(/\s+/g, ' ').trim();
  if (product.forms.has(form)) return { platform: product.platform, product: hit.skill, byVendor: true };
  if (product.short.has(form)) return { platform: product.platform, product: hit.skill, byVendor: false };
  return null;
}

/** The readings of one platform over a resume: shown by a vendor's form, or by two of its products. */
export function platformShown(readings: readonly PlatformReading[]): boolean {
  return readings.some((r) => r.byVendor) || new Set(readings.map((r) => r.product)).size >= 2;
}
