import { type Token, formKeys, tokenKey } from './tokenize.js';

/** What a complete form in the trie stands for. */
export interface FormEntry {
  skill: string;
  /** The form as the taxonomy writes it ("Go", "k8s"), for case rules. */
  written: string;
  tokenCount: number;
}

interface Node {
  children: Map<string, Node>;
  entry?: FormEntry;
}

/**
 * A token trie over every form in the taxonomy: one walk per start token, so matching
 * costs O(text length × longest form), never one regex per skill.
 */
export class PhraseTrie {
  private readonly root: Node = { children: new Map() };

  add(written: string, skill: string, keys: string[] = formKeys(written)): void {
    if (keys.length === 0) return;
    let node = this.root;
    for (const key of keys) {
      let child = node.children.get(key);
      if (!child) {
        child = { children: new Map() };
        node.children.set(key, child);
      }
      node = child;
    }
    node.entry ??= { skill, written, tokenCount: keys.length };
  }

  /** Every form's first key. */
  firstKeys(): string[] {
    return [...this.root.children.keys()];
  }

  /** Whether some form's first key is `key`: longestAt finds nothing at a token whose key is not. */
  startsWith(key: string): boolean {
    return this.root.children.has(key);
  }

  /**
   * The longest form starting at `tokens[at]`. A trailing plural "s" is folded on the last
   * token of multi-word forms ("REST APIs", "message queues"), where it is unambiguous.
   */
  longestAt(tokens: Token[], at: number, keyOf: (t: Token, first: boolean) => string = tokenKey): { entry: FormEntry; next: number } | undefined {
    let node: Node | undefined = this.root;
    let best: { entry: FormEntry; next: number } | undefined;
    for (let i = at; i < tokens.length && node; i++) {
      const key = keyOf(tokens[i]!, i === at);
      if (i > at && key.length > 3 && key.endsWith('s')) {
        const singular = node.children.get(key.slice(0, -1))?.entry;
        if (singular) best = { entry: singular, next: i + 1 };
      }
      node = node.children.get(key);
      if (node?.entry) best = { entry: node.entry, next: i + 1 };
    }
    return best;
  }
}
