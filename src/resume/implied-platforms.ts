/**
 * A cloud vendor's product shows its platform: a resume that claims GKE or BigQuery has used
 * Google Cloud Platform, EC2 or S3 Amazon Web Services, AKS or Azure Functions Microsoft Azure,
 * whether or not it names the platform. Which products, and which written forms of them, do so
 * is data (data/platform-products.json, built by scripts/build-platforms.mjs from the taxonomy's
 * vendor names and implications): "Lambda" alone is also lambda expressions and shows nothing.
 */
import { builtin, once } from '../builtin/index.js';
import type { SkillHit } from '../types.js';

interface PlatformFile {
  products: Record<string, { platform: string; forms: string[] }>;
}

/** Product name (lower-cased) → its platform and the lower-cased forms that show it. */
export type PlatformProducts = ReadonlyMap<string, { platform: string; forms: ReadonlySet<string> }>;

export function compilePlatformProducts(file: PlatformFile): PlatformProducts {
  return new Map(Object.entries(file.products).map(([name, p]) => [name.toLowerCase(), { platform: p.platform, forms: new Set(p.forms) }]));
}

/** data/platform-products.json, compiled on first use. */
export const loadPlatformProducts = once(() => compilePlatformProducts(builtin.platformProducts<PlatformFile>()));

/** The platform a hit's product shows as written, or null ("EKS" → Amazon Web Services; "Lambda" → null). */
export function impliedPlatform(hit: Pick<SkillHit, 'skill' | 'surface'>, products: PlatformProducts): string | null {
  const product = products.get(hit.skill.toLowerCase());
  if (!product) return null;
  const form = hit.surface.toLowerCase().replace(/\s+/g, ' ').trim();
  return product.forms.has(form) ? product.platform : null;
}
