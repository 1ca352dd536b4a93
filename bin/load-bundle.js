/**
 * Starts jobfit from its one-file build (dist/bundle/, made by scripts/bundle.mjs) with V8's
 * code cache, so a run does not parse and compile jobfit's code again: Node 20 has no compile
 * cache of its own (module.enableCompileCache came in Node 22). Parsing and compiling were about
 * a third of a text resume's start-up.
 *
 * The V8 flags live here too: a code cache is only accepted under the flags it was made with.
 */
import { readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { Script } from 'node:vm';

/**
 * A run is short, so V8 spends more CPU optimizing code than the optimized code saves: optimize
 * later (a larger interrupt budget) and inline less. Measured with `npm run bench`: scoring the
 * PDF corpus took ~27% less wall time and ~34% less CPU. Set before any of jobfit runs.
 */
export function setRunFlags() {
  setFlagsFromString('--interrupt-budget=400000');
  setFlagsFromString('--max-inlined-bytecode-size=100');
}

/** Set by scripts/bundle.mjs only: the build runs jobfit on the fixtures to write the caches. */
export const writingCodeCache = process.env.JOBFIT_WRITE_CODE_CACHE === '1';

const modified = (path) => {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return undefined;
  }
};

/**
 * The bundle's exports, or undefined when there is none or it is older than `builtFrom` (the
 * dist/ module it was made from, which every `tsc` rewrites): then the caller imports dist/.
 * `usedCache` says whether V8 took the code cache; `saveCodeCache` writes what V8 has
 * compiled so far, for the build.
 */
export function loadBundle(bundleUrl, builtFrom) {
  const file = fileURLToPath(bundleUrl);
  const bundleTime = modified(file);
  const sourceTime = modified(fileURLToPath(builtFrom));
  if (bundleTime === undefined || sourceTime === undefined || bundleTime < sourceTime) return undefined;
  const cacheFile = `${file}.cache`;
  const cacheTime = modified(cacheFile);
  // V8 checks a cache against the source's length, not its text: only one made with this bundle is used.
  const cachedData = cacheTime !== undefined && cacheTime >= bundleTime ? readFileSync(cacheFile) : undefined;
  const source = readFileSync(file, 'utf8');
  const script = new Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, { filename: file, cachedData });
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(file), module, file, dirname(file));
  return {
    exports: module.exports,
    usedCache: cachedData !== undefined && !script.cachedDataRejected,
    saveCodeCache() {
      // Two workers may save at once: each writes its own file, and a rename is atomic.
      const temp = `${cacheFile}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
      writeFileSync(temp, script.createCachedData());
      renameSync(temp, cacheFile);
    },
  };
}
