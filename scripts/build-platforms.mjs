#!/usr/bin/env node
/**
 * Builds data/platform-products.json: the products of a cloud vendor that, named on a resume,
 * show its platform ("GKE", "BigQuery" → Google Cloud Platform; "EC2", "S3" → Amazon Web
 * Services; "AKS", "Azure Functions" → Microsoft Azure), and the written forms that do.
 *
 * Step 1: the platforms: cloud entries of data/taxonomy.json that five or more entries imply.
 *         A platform's vendor words are the first words of its name and aliases ("amazon",
 *         "aws"; "google", "gcp"; "azure", "microsoft").
 * Step 2: its products: the entries that imply it (the taxonomy's curated `implies`) and carry
 *         a vendor word at the head of their name or an alias ("Amazon EC2", "aws s3",
 *         "google spanner"). "Google Analytics" implies no cloud platform and stays out.
 * Step 3: the forms that show the platform by themselves:
 *         - a form headed by a vendor word ("AWS Lambda", "Azure Functions");
 *         - the name without its vendor word ("EC2", "BigQuery", "Compute Engine") or the name's
 *           initials ("GKE", "AKS"), unless that form is also a topic of its own: a Stack
 *           Overflow tag with 100 questions or more ("lambda" is lambda expressions, "vpc",
 *           "rds", "api gateway"), or headed by a word tagged 1,000 times or more ("lambda
 *           functions", "cloud run", "blob storage"), a slash form ("pub/sub", the pattern),
 *           the short name of another maker's product tagged 1,000 times or more ("oracle-adf"),
 *           a name ending in a job title's head word ("Systems Manager"), a common English word or given name (data/names.json: "Glue",
 *           "Athena"), or the initials of another entry of the taxonomy ("IAM" is Identity and
 *           Access Management). Other aliases ("team foundation server" for Azure DevOps, "app
 *           insights") name something older or wider than the vendor's product.
 *
 * Usage: node scripts/build-platforms.mjs   (after scripts/build-taxonomy.mjs)
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseCsv } from './csv.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const taxonomyDir = path.resolve(root, '../shared/corpus/taxonomy');
const MIN_PRODUCTS = 5;
const TOPIC_QUESTIONS = 100;
const HEAD_TOPIC_QUESTIONS = 1000;

const words = (s) => s.toLowerCase().split(/\s+/).filter(Boolean);
const initials = (s) => words(s).map((w) => w[0]).join('');

function main() {
  const skills = JSON.parse(fs.readFileSync(path.join(root, 'data/taxonomy.json'), 'utf8')).skills;
  const nameData = JSON.parse(fs.readFileSync(path.join(root, 'data/names.json'), 'utf8'));
  const plain = new Set([...nameData.commonWords, ...nameData.firstNames].map((w) => w.toLowerCase()));
  const titleHeads = new Set(nameData.titleHeads.map((w) => w.toLowerCase()));
  const tags = new Map();
  for (const row of parseCsv(fs.readFileSync(path.join(taxonomyDir, 'stackoverflow_tags_top50k_2021.csv'), 'utf8'))) tags.set(row.TagName, Number(row.Count));
  const byName = new Map(skills.map((s) => [s.name, s]));
  const impliers = new Map();
  for (const s of skills) for (const p of s.implies) impliers.set(p, [...(impliers.get(p) ?? []), s]);

  /** A tag "<maker>-<form>" of 1,000 questions or more whose maker is not this platform's vendor ("oracle-adf"). */
  const otherMakers = (form, vendor) => {
    for (const [tag, count] of tags) {
      if (count < HEAD_TOPIC_QUESTIONS || !tag.endsWith(`-${form}`)) continue;
      if (!vendor.has(tag.split('-')[0])) return true;
    }
    return false;
  };
  const platforms = [...impliers].filter(([p, list]) => byName.get(p)?.category === 'cloud' && list.length >= MIN_PRODUCTS);
  const products = {};
  for (const [platform, list] of platforms) {
    const p = byName.get(platform);
    const vendor = new Set([p.name, ...p.aliases].map((f) => words(f)[0]));
    for (const child of list) {
      const forms = [child.name, ...child.aliases];
      if (!forms.some((f) => vendor.has(words(f)[0]))) continue;
      const others = new Set(skills.filter((s) => s !== child && s.name.includes(' ')).map((s) => initials(s.name)));
      const bare = new Set();
      for (const f of forms) {
        const w = words(f);
        if (vendor.has(w[0]) && w.length > 1) bare.add(w.slice(1).join(' '));
        if (w.length >= 3) bare.add(initials(f));
      }
      const shows = (form) => {
        const w = words(form);
        if (vendor.has(w[0])) return true;
        const key = w.join(' ');
        if (!bare.has(key)) return false;
        if ((tags.get(w.join('-')) ?? 0) >= TOPIC_QUESTIONS) return false;
        // "lambda functions", "cloud run", "service bus": a head word that is a large topic of its own.
        if (w.length > 1 && (tags.get(w[0]) ?? 0) >= HEAD_TOPIC_QUESTIONS) return false;
        // "ADF" is Oracle ADF too: another maker's product of the same short name is a large tag of its own.
        if (otherMakers(w.join('-'), vendor)) return false;
        // "pub/sub" is the messaging pattern's short name too; the product is written with its vendor word.
        if (key.includes('/')) return false;
        if (w.length === 1 && (plain.has(key) || others.has(key))) return false;
        // "Systems Manager", "Professional Cloud Architect": ending in a job title's head word, a title first.
        if (w.length > 1 && titleHeads.has(w.at(-1))) return false;
        return true;
      };
      const showing = [...new Set(forms.filter(shows).map((f) => f.toLowerCase()))].sort();
      if (showing.length) products[child.name] = { platform, forms: showing.filter((f) => vendor.has(words(f)[0])), short: showing.filter((f) => !vendor.has(words(f)[0])) };
    }
  }
  const out = {
    about: 'Cloud products that show their platform when named; built by scripts/build-platforms.mjs from data/taxonomy.json (implies, vendor words), Stack Overflow tags and data/names.json. Read by src/resume/implied-platforms.ts.',
    /** The forms that show the platform, each marked whether it carries the vendor's word: a short form alone ("S3", "ECS") shows it only beside another of the vendor's products. */
    products: Object.fromEntries(Object.entries(products).sort(([a], [b]) => (a < b ? -1 : 1))),
  };
  fs.writeFileSync(path.join(root, 'data/platform-products.json'), `${JSON.stringify(out, null, 1)}\n`);
  console.log(`platform-products: ${Object.keys(products).length} products of ${platforms.length} platforms`);
}

main();
