#!/usr/bin/env node
import { loadBundle, setRunFlags, writingCodeCache } from './load-bundle.js';

setRunFlags();
const bundle = loadBundle(new URL('../dist/bundle/cli.cjs', import.meta.url), new URL('../dist/cli/main.js', import.meta.url));
if (bundle && writingCodeCache) process.on('exit', () => bundle.saveCodeCache());
const { main } = bundle ? bundle.exports : await import('../dist/cli/main.js');
await main();
