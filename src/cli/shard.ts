import { usageError } from '../errors.js';

/** `--shard K/N` → which slice of the inputs this run scores (batch/collect-inputs.ts shardOf). */
export function parseShard(value: string | undefined): { index: number; count: number } | undefined {
  if (!value) return undefined;
  const m = /^(\d+)\/(\d+)$/.exec(value);
  const index = Number(m?.[1]);
  const count = Number(m?.[2]);
  if (!m || count < 1 || index < 1 || index > count) throw usageError('bad-shard', { value });
  return { index, count };
}
