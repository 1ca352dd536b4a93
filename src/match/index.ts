import PorterStemmer from 'natural/lib/natural/stemmers/porter_stemmer.js';
import { isTechnical } from '../taxonomy/index.js';
import type { AmbiguityRule, Skill, SkillFinder, SkillHit, Taxonomy } from '../types.js';
import { detectHedge } from './hedge.js';
import { type FormEntry, PhraseTrie } from './phrase-trie.js';
import { type Token, tokenize, tokenKey } from './tokenize.js';

export { tokenize } from './tokenize.js';

/** Categories whose words inflect in prose ("mentored" ~ Mentoring), so they match on stems. */
const STEMMED = new Set(['soft', 'practice', 'methodology']);

/**
 * In these categories a context-guarded word ("server", "reliable", "events", "production")
 * is ordinary prose even beside technical skills; it names a skill only in a skills list or
 * on a short line of its own.
 */
const LIST_ONLY = new Set(['soft', 'domain', 'business', 'trades', 'education', 'legal', 'sales_marketing']);

interface Candidate {
  entry: FormEntry;
  skill: Skill;
  start: number;
  end: number;
  rules: AmbiguityRule[];
  first: number;
  next: number;
}

/**
 * Step 1: index every name and alias in a token trie (and soft skills by stem).
 * Step 2: per line, take the longest form at each token, left to right.
 * Step 3: drop forms whose case or context rules fail ("go-to-market", "Spring 2021").
 * Step 4: mark hedged and negated mentions ("familiar with", "no experience with").
 */
export interface FinderOptions {
  /**
   * Posting mode: a requirement clause states soft skills in prose ("ability to communicate
   * effectively"), so soft skills there need no list around them.
   */
  posting?: boolean;
}

export function createSkillFinder(taxonomy: Taxonomy, options: FinderOptions = {}): SkillFinder {
  const exact = new PhraseTrie();
  const stemmed = new PhraseTrie();
  const rulesByForm = new Map<string, AmbiguityRule[]>();
  for (const skill of taxonomy.skills) {
    for (const form of [skill.name, ...skill.aliases]) {
      exact.add(form, skill.name);
      const rules = skill.ambiguous[form];
      if (rules?.length) rulesByForm.set(`${skill.name}\u0000${form.toLowerCase()}`, rules);
      if (STEMMED.has(skill.category)) {
        const tokens = tokenize(form);
        // Porter conflates too much for one word alone (integrity ~ integrated), so a
        // single-word form matches only its inflections (mentored, mentoring ~ Mentoring).
        const keys = tokens.map((t) => (!t.word ? t.lower : tokens.length > 1 ? stem(t.lower) : inflectionBase(t.lower)));
        stemmed.add(form, skill.name, keys);
      }
    }
  }
  const stemKey = (t: Token, first: boolean) => (t.word && (first || !t.glued) ? stem(t.lower) : tokenKey(t, first));
  const baseKey = (t: Token, first: boolean) => (t.word && (first || !t.glued) ? inflectionBase(t.lower) : tokenKey(t, first));

  return (text: string): SkillHit[] => {
    const tokens = tokenize(text);
    const candidates: Candidate[] = [];
    for (let i = 0; i < tokens.length; ) {
      const found = exact.longestAt(tokens, i) ?? stemmed.longestAt(tokens, i, stemKey) ?? stemmed.longestAt(tokens, i, baseKey);
      const skill = found && taxonomy.byName.get(found.entry.skill.toLowerCase());
      if (!found || !skill || !startsCleanly(tokens, i)) {
        i++;
        continue;
      }
      const start = tokens[i]!.start;
      const end = tokens[found.next - 1]!.end;
      const rules = rulesFor(rulesByForm, skill.name, text.slice(start, end), found.entry.written);
      candidates.push({ entry: found.entry, skill, start, end, rules, first: i, next: found.next });
      i = found.next;
    }
    const kept = candidates.filter((c) => passesCaseRule(c, text) && !hyphenGlued(c, tokens));
    const anchors = kept.filter((c) => c.rules.length === 0 && isTechnical(c.skill));
    const listLike = looksLikeList(text);
    const shortLine = tokens.filter((t) => t.word).length <= 4;
    return kept
      .filter((c) => {
        if (!c.rules.includes('tech-context')) return true;
        if (options.posting && c.skill.category === 'soft') return true;
        if (LIST_ONLY.has(c.skill.category)) return listLike || shortLine;
        return listLike || anchors.some((a) => a !== c);
      })
      .map((c) => toHit(c, text));
  };
}

function stem(word: string): string {
  return word.length > 3 ? PorterStemmer.stem(word) : word;
}

/** The word without one inflectional ending: mentored, mentoring, mentors → mentor. */
export function inflectionBase(word: string): string {
  if (word.length <= 4) return word;
  const m = /^(.{3,}?)(?:ations?|ing|ions?|ed|es|s|e)$/.exec(word);
  return m ? m[1]! : word;
}

function rulesFor(rulesByForm: Map<string, AmbiguityRule[]>, skill: string, surface: string, written: string): AmbiguityRule[] {
  return rulesByForm.get(`${skill}\u0000${surface.toLowerCase()}`) ?? rulesByForm.get(`${skill}\u0000${written.toLowerCase()}`) ?? [];
}

/** A match must not begin in the middle of a written unit such as "ASP.NET" or "3.NET". */
function startsCleanly(tokens: Token[], i: number): boolean {
  const token = tokens[i]!;
  const before = tokens[i - 1];
  if (!before || !token.glued) return true;
  return !(before.word && !token.word && token.lower === '.') && !(before.lower === '.' && token.word);
}

/** "Go" must be written "Go" or "GO"; a lower-case "go" is the verb. */
function passesCaseRule(c: Candidate, text: string): boolean {
  if (!c.rules.includes('exact-case')) return true;
  const surface = text.slice(c.start, c.end);
  const written = c.entry.written;
  if (written.length === 1) return surface === written;
  // An acronym written in capitals ("SOLID", "REST") needs capitals: "Solid knowledge" is prose.
  if (written === written.toUpperCase() && /\p{Lu}{2}/u.test(written)) return surface === surface.toUpperCase();
  return surface !== surface.toLowerCase() || written === written.toLowerCase();
}

/** "go-to-market", "go-live", "rest-of-world": an ambiguous form inside a hyphenated word. */
function hyphenGlued(c: Candidate, tokens: Token[]): boolean {
  if (c.rules.length === 0) return false;
  const before = tokens[c.first - 1];
  const after = tokens[c.next];
  const hyphenBefore = before && tokens[c.first]!.glued && /^[-–]$/.test(before.lower);
  const hyphenAfter = after && after.glued && /^[-–']$/.test(after.lower) && tokens[c.next + 1]?.glued;
  return Boolean(hyphenBefore || hyphenAfter);
}

/** A skills list: "Languages: Go, Python, SQL" or "Go | Rust | C". */
export function looksLikeList(text: string): boolean {
  const body = text.includes(':') ? text.slice(text.indexOf(':') + 1) : text;
  const parts = body.split(/[,|;•·/]/).map((p) => p.trim()).filter(Boolean);
  if (parts.length < 3) return false;
  const short = parts.filter((p) => p.split(/\s+/).length <= 3).length;
  return short / parts.length >= 0.7;
}

function toHit(c: Candidate, text: string): SkillHit {
  const hit: SkillHit = {
    skill: c.skill.name,
    category: c.skill.category,
    surface: text.slice(c.start, c.end),
    start: c.start,
    end: c.end,
  };
  if (c.skill.generic) hit.generic = true;
  const hedge = detectHedge(text, c.start);
  if (hedge) hit.hedge = hedge;
  return hit;
}
