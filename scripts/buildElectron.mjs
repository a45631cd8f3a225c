// Bundles the Electron entry and the preload with esbuild:
//   electron/main.ts    → dist-electron/main.cjs    (Node, CommonJS; native / optional modules stay external)
//   electron/preload.ts → dist-electron/preload.cjs (sandboxed preload: one file, only `electron` external)
// Usage: node scripts/buildElectron.mjs [--watch] [--minify]
import { build, context } from 'esbuild';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outdir = path.join(root, 'dist-electron');
const watch = process.argv.includes('--watch');
const minify = process.argv.includes('--minify');
// Conservative targets, below what Electron 41 ships (Chromium 146, Node 22+).
const nodeTarget = 'node22';
const chromeTarget = 'chrome130';

/** @type {import('esbuild').BuildOptions} */
const common = {
  absWorkingDir: root,
  bundle: true,
  format: 'cjs',
  sourcemap: 'linked',
  minify,
  logLevel: 'info',
  legalComments: 'none',
};

/** @type {import('esbuild').BuildOptions[]} */
const builds = [
  {
    ...common,
    // The report worker is its own bundle (it carries exceljs; main.cjs stays small).
    entryPoints: { main: 'electron/main.ts', reportWorker: 'electron/services/reports/worker.ts' },
    outdir,
    outExtension: { '.js': '.cjs' },
    platform: 'node',
    target: nodeTarget,
    // better-sqlite3 loads a native addon; ws tries bufferutil / utf-8-validate and falls back to JS.
    external: ['electron', 'better-sqlite3', 'bufferutil', 'utf-8-validate'],
    // Modules written as ESM may use import.meta.url; in a CommonJS bundle it is this file's URL.
    banner: { js: "const __livedeskImportMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
    define: { 'import.meta.url': '__livedeskImportMetaUrl' },
  },
  {
    ...common,
    entryPoints: { preload: 'electron/preload.ts' },
    outdir,
    outExtension: { '.js': '.cjs' },
    // A sandboxed preload can require only `electron` (and a few polyfills): bundle everything else,
    // and build for the browser so no Node built-in sneaks in.
    platform: 'browser',
    target: chromeTarget,
    external: ['electron'],
    // It parses on every page load and carries the contract's zod schemas: keep it small.
    minify: true,
  },
];

if (watch) {
  const contexts = await Promise.all(builds.map((options) => context(options)));
  await Promise.all(contexts.map((ctx) => ctx.watch()));
  console.log('[buildElectron] watching electron/ … (Ctrl+C to stop)');
} else {
  const started = Date.now();
  await Promise.all(builds.map((options) => build(options)));
  console.log(`[buildElectron] dist-electron/main.cjs + preload.cjs in ${Date.now() - started} ms`);
}
