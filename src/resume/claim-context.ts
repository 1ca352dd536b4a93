/**
 * Context that says a name met in a resume is not the candidate's skill: an organization's
 * name, the subject of a system the candidate built, the label of a skills row, the same
 * concept under a second form. Pure functions over one line's text and its hits.
 */
import type { SkillHit } from '../types.js';

/** "Yahoo!", "Dunamu Inc.": an organization's name as a comparable key (case, closing punctuation and legal suffix dropped). */
export function organizationKey(name: string): string {
  return name
    .toLowerCase()
    .replace(/[!?.,;:)(\]["'’]+/g, ' ')
    .replace(/\s+(?:inc|corp|corporation|co|llc|ltd|gmbh|plc)\b.*$/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Words that close an organization's name ("The Linux Foundation", "Apache Software Foundation"). */
const ORGANIZATION_AFTER = /^(?:\s+\p{Lu}[\p{L}&-]*){0,2}\s+(?:Foundation|Inc\.?|Corp\.?|Corporation|LLC|Ltd\.?|Consortium|Institute|Society|Association)\b/u;

/**
 * A capitalised name that opens an organization's name ("The Linux Foundation", "Yahoo Inc.")
 * or follows its people ("the employees of UTC") names the organization, not a skill.
 */
export function opensOrganization(hit: Pick<SkillHit, 'surface' | 'start' | 'end'>, text: string): boolean {
  if (!/^\p{Lu}/u.test(hit.surface)) return false;
  return ORGANIZATION_AFTER.test(text.slice(hit.end)) || ORGANIZATION_BEFORE.test(text.slice(0, hit.start));
}

/** "the employees of UTC", "clients of Deloitte", "Organization of URI": the people or parts of an organization, named after them. */
const ORGANIZATION_BEFORE = /\b(?:employees|staff|members|customers|clients|subsidiary|division|acquisition|organization)\s+of\s+(?:the\s+)?$/iu;

/** Nouns naming a thing built: a concept before one is what the thing is about ("fraud detection systems"). */
const SYSTEM_AFTER = /^(?:\s*[- ]\s*based\b|\s+(?:systems?|platforms?|applications?|apps?|products?|solutions?|engines?|modules?|services?|software|pipelines?|capabilities|capability|features?|dashboards?|portals?)\b)/iu;

/**
 * What a system or a tool is for: "pipelines for transaction monitoring and fraud detection",
 * "enabling faster troubleshooting and root cause analysis", "to help distributed tracing,
 * troubleshooting". The concept is the purpose of the work, read through a coordination. A
 * purpose clause ("enabling", "to help"), not the candidate's own verb ("Helped the audit team")
 * nor a share taken in the work ("to help with financial planning").
 */
const PURPOSE_BEFORE = /(?:\b(?:enabling|helping|facilitating|allowing|to\s+(?:enable|help(?!\s+with\b)|facilitate|allow|improve))|\b(?:systems?|platforms?|pipelines?|applications?|solutions?|services?|products?|dashboards?)\s+(?:for|of))\s+(?:[\p{L}-]+\s+){0,2}?(?:[\p{L}-]+(?:\s+[\p{L}-]+)?\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s*&\s*))*$/iu;

/**
 * A field or method named as the subject of what was built ("a fraud detection system",
 * "Machine Learning based product", "enabling troubleshooting") is the project's business,
 * not a skill the candidate claims. Products are named as themselves and stay claims.
 */
export function subjectOfWork(hit: Pick<SkillHit, 'start' | 'end'>, text: string): boolean {
  return SYSTEM_AFTER.test(text.slice(hit.end)) || purposeOfWork(hit, text);
}

/** The purpose clause alone: a summary says it too ("logging to facilitate rapid troubleshooting"). */
export function purposeOfWork(hit: Pick<SkillHit, 'start'>, text: string): boolean {
  return PURPOSE_BEFORE.test(text.slice(0, hit.start));
}

/**
 * "Scripting Perl, Python, YAML", "Web and Application Servers WebLogic, JBOSS, Nginx": a row
 * of a skills table whose label stands before the first named product with no separator.
 * The label names the group; the products are the skills.
 */
export function rowLabel(hit: Pick<SkillHit, 'start' | 'end'>, products: readonly Pick<SkillHit, 'start'>[], text: string): boolean {
  if (/[,;:|•(]/.test(text.slice(0, hit.start))) return false;
  const next = products.filter((p) => p.start >= hit.end).sort((a, b) => a.start - b.start)[0];
  if (!next || products.some((p) => p.start < hit.start)) return false;
  return /^\s+$/.test(text.slice(hit.end, next.start)) && (text.slice(next.start).match(/,/g) ?? []).length >= 2;
}

/**
 * "Databases: MySQL, Redis", "Deployment & Framework: Travis-CI, AWS Chalice": a short name before
 * a line's colon, heading two or more short items, names the group the items belong to. A field
 * or practice named there is the group's name, not a claim; the items are the claims. A sentence
 * before a colon ("Negotiated contracts including: terms, pricing") a headline over its
 * description ("Attention to detail: ensuring accuracy of ...") and an example's "(ie:" are not
 * such a name.
 */
export function groupLabel(hit: Pick<SkillHit, 'end'>, text: string): boolean {
  const label = /^([^:,]{1,40}):\s*/u.exec(text);
  if (!label || hit.end > label[0].length) return false;
  const words = label[1]!.trim().split(/\s+/u);
  if (words.length > 5 || /[(.]$|^\p{L}+ed\b/u.test(label[1]!.trim()) || words.some((w) => LABEL_STOPS.has(w.toLowerCase().replace(/[^\p{L}]/gu, '')))) return false;
  const items = text.slice(label[0].length).split(/[,;|•]/u).filter((item) => /\p{L}/u.test(item));
  const itemWords = items.reduce((sum, item) => sum + item.trim().split(/\s+/u).length, 0);
  return items.length >= 2 && itemWords <= items.length * 3;
}

/** Words of a sentence or a degree, not of a group's name ("in the areas of", "Master of", "including"). */
const LABEL_STOPS: ReadonlySet<string> = new Set(['a', 'an', 'the', 'of', 'in', 'on', 'to', 'for', 'with', 'at', 'by', 'including', 'include', 'includes', 'such', 'as', 'my', 'our', 'ie', 'eg']);

/**
 * One concept under two forms ("Invoice" and "Invoicing", "Prototype" and "Prototyping"):
 * the words with one inflectional ending dropped, as a key.
 */
export function formKey(name: string): string {
  return name
    .toLowerCase()
    .split(/[\s-]+/)
    .map((w) => (w.length > 4 ? w.replace(/(?:ations?|ing|ings|ions?|es|s|e)$/, '') : w))
    .join(' ');
}

/** "Must have knowledge of", "should have", "nice to have": a posting's wording, pasted into the resume. */
const REQUIREMENT = /\b(?:must|should)\s+have\b|\bnice\s+to\s+have\b|\bis\s+(?:a\s+)?(?:plus|required|preferred)\b/iu;

/**
 * A line that states what a job requires ("Must have knowledge SRE principles, ITIL framework")
 * is a posting's text copied into the resume: the names on it are the posting's, not claims.
 */
export function requirementLine(text: string): boolean {
  return REQUIREMENT.test(text);
}

/**
 * "Route 53 DNS routing", "Python scripting", "Kafka event streaming": a field written right
 * after a product names what the product was used for; the product is the claim.
 */
export function useOfProduct(hit: Pick<SkillHit, 'start'>, products: readonly Pick<SkillHit, 'end'>[], text: string): boolean {
  return products.some((p) => p.end < hit.start && /^[ \t]+$/.test(text.slice(p.end, hit.start)));
}

/**
 * "workshops to teach new officers technical and leadership skills": skills taught are the
 * learners'. A verb with its object only: "trained in" is the candidate's own, and "teaching and
 * leadership skills", "management training experience" are nouns of the candidate's skills.
 */
const TAUGHT_BEFORE = /\b(?:teach(?:es)?|taught|train(?:s|ed)?|coach(?:es|ed)?)\s+(?!in\b|on\b|as\b|and\b|or\b)(?:[\p{L}'’-]+,?\s+){1,5}$/iu;

export function taughtToOthers(hit: Pick<SkillHit, 'start'>, text: string): boolean {
  return TAUGHT_BEFORE.test(text.slice(0, hit.start));
}

/** "GitHub: @jdoe", "LinkedIn : ****", "Github:// deedydas": a site's name labelling the candidate's handle or address there. */
const HANDLE_AFTER = /^\s*:\/{0,2}\s*(@?[\w.\-/:*?=&%#~]+)\s*(?:$|[|•·]|\s{2,}|\t)/u;

/**
 * A profile link in the contact details ("GitHub: @jdoe" in the header or a contact block,
 * "LinkedIn" alone on a line under CONTACT) is where to find the candidate, not a product they claim to use. Only in the header
 * or a contact block; a skills list's "GitHub" is a claim, and so is "Git: GitHub" (the value
 * is itself a skill read on the line).
 */
export function profileLink(hit: Pick<SkillHit, 'surface' | 'start' | 'end'>, text: string, hits: readonly Pick<SkillHit, 'start' | 'end'>[], contactBlock: boolean): boolean {
  // Alone on a line only under a contact heading: a header's one-name lines are a list ("CATIA" / "ANSYS").
  if (contactBlock && text.trim() === hit.surface) return true;
  const handle = HANDLE_AFTER.exec(text.slice(hit.end));
  if (!handle) return false;
  const start = hit.end + handle[0].indexOf(handle[1]!);
  const end = start + handle[1]!.length;
  return !hits.some((h) => h !== hit && h.start < end && start < h.end);
}
