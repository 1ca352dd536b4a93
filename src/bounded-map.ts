/**
 * Words remembered by a batch-long memo. The words a resume uses often come in the first few
 * hundred files; past this bound a memo only grew with the batch (stems alone took 14 MB of a
 * 2,484-resume run), so the rest are worked out again each time.
 */
export const WORDS_REMEMBERED = 25_000;

/**
 * A Map that takes no new key once it holds `bound` entries, for memos that live as long as the
 * process: memory stays flat however many files a batch holds.
 */
export class BoundedMap<K, V> extends Map<K, V> {
  readonly #bound: number;

  constructor(bound: number) {
    super();
    this.#bound = bound;
  }

  override set(key: K, value: V): this {
    if (this.size < this.#bound || this.has(key)) super.set(key, value);
    return this;
  }
}
