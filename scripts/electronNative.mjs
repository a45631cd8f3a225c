#!/usr/bin/env node
// better-sqlite3 for Electron's ABI, kept apart from node_modules.
//
// Tests and the CLI run on Node and use node_modules/better-sqlite3 as installed. Electron has its
// own ABI, so the app loads a second copy of the addon from
//   .native/electron-<electronVersion>-<platform>-<arch>/better_sqlite3.node
// (passed to `new Database(file, { nativeBinding })`). It is produced in a temp copy of the package:
//   1. prebuild-install --runtime electron --target <version>  (downloads the prebuilt binary from the
//      better-sqlite3 GitHub releases), else
//   2. node-gyp rebuild against Electron's headers (needs a C++ toolchain; host platform only).
// node_modules is never rebuilt in place. Nothing happens when the file is already there.
//
//   node scripts/electronNative.mjs [--force] [--arch=x64|arm64|…] [--platform=win32|darwin|linux]
//
// Also an electron-builder `beforePack` hook (see electron-builder.yml): it prepares the binary for
// the target platform/arch and copies it to .native/pack/, which extraResources ships.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const NATIVE_FILE = 'better_sqlite3.node';
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
/** electron-builder's Arch enum (builder-util). */
const BUILDER_ARCH = ['ia32', 'x64', 'armv7l', 'arm64', 'universal'];
/** npm config that would make node-gyp / prebuild-install build for the wrong runtime. */
const CONFLICTING_ENV =
  /^npm_config_(nodedir|target|runtime|arch|platform|disturl|dist_url|build_from_source)$/i;

export function nativeDir(root, electronVersion, platform, arch) {
  return path.join(root, '.native', `electron-${electronVersion}-${platform}-${arch}`);
}

export function nativeBindingPath(root, electronVersion, platform, arch) {
  return path.join(nativeDir(root, electronVersion, platform, arch), NATIVE_FILE);
}

/** What electron-builder's extraResources picks up (see electron-builder.yml). */
export function packBindingPath(root) {
  return path.join(root, '.native', 'pack', NATIVE_FILE);
}

export function readElectronVersion(root) {
  const file = path.join(root, 'node_modules', 'electron', 'package.json');
  if (!fs.existsSync(file)) throw new Error(`electron is not installed (${file} missing): run npm install`);
  return JSON.parse(fs.readFileSync(file, 'utf8')).version;
}

function binScript(root, pkg) {
  const dir = path.join(root, 'node_modules', pkg);
  const manifest = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8'));
  const bin = typeof manifest.bin === 'string' ? manifest.bin : manifest.bin[pkg];
  return path.join(dir, bin);
}

/** Run `node <script> …args` in cwd; reject with the tail of its output. */
export function runNode(script, args, { cwd, log }) {
  return new Promise((resolve, reject) => {
    const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !CONFLICTING_ENV.test(k)));
    const child = spawn(process.execPath, [script, ...args], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const collect = (chunk) => {
      const text = chunk.toString();
      output = (output + text).slice(-4000);
      for (const line of text.split(/\r?\n/)) if (line.trim()) log(`    ${line}`);
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0) resolve();
      else {
        reject(new Error(`exit code ${code}${summarize(output)}`));
      }
    });
  });
}

/** The lines that say why a tool failed (network errors first), else its last lines. */
export function summarize(output) {
  const lines = output
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);
  const reasons = lines.filter((l) =>
    /ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ECONNRESET|ETIMEDOUT|network|proxy|stack Error|warn install|error:/i.test(
      l,
    ),
  );
  const picked = (reasons.length ? reasons : lines).slice(0, 3);
  return picked.length ? `: ${picked.join(' | ')}` : '';
}

async function copyPackage(from, to) {
  // Sources only: the Node-ABI build/ is what we must not pick up by mistake.
  await fsp.cp(from, to, {
    recursive: true,
    filter: (src) => {
      const rel = path.relative(from, src).split(path.sep);
      return rel[0] !== 'build' && rel[0] !== 'node_modules' && rel[0] !== 'prebuilds';
    },
  });
}

/**
 * Make sure the Electron-ABI binary exists; returns where it is and how it was obtained.
 * `run` is injectable so the logic is tested without network access.
 */
export async function ensureElectronBinding({
  root = ROOT,
  electronVersion = readElectronVersion(root),
  platform = process.platform,
  arch = process.arch,
  force = false,
  run = runNode,
  log = (line) => console.log(line),
} = {}) {
  const target = nativeBindingPath(root, electronVersion, platform, arch);
  const label = `better-sqlite3 for Electron ${electronVersion} (${platform}-${arch})`;
  if (!force && fs.existsSync(target)) {
    log(`[electronNative] ${label}: already there, skipping (${path.relative(root, target)})`);
    return { path: target, skipped: true, method: null };
  }
  const pkgDir = path.join(root, 'node_modules', 'better-sqlite3');
  if (!fs.existsSync(path.join(pkgDir, 'package.json'))) {
    throw new Error(`better-sqlite3 is not installed (${pkgDir}): run npm install`);
  }
  const version = JSON.parse(fs.readFileSync(path.join(pkgDir, 'package.json'), 'utf8')).version;
  log(`[electronNative] ${label}: preparing better-sqlite3 ${version} …`);
  const work = await fsp.mkdtemp(path.join(os.tmpdir(), 'livedesk-native-'));
  const attempts = [
    {
      method: 'prebuild-install',
      script: () => binScript(root, 'prebuild-install'),
      args: [
        '--runtime',
        'electron',
        '--target',
        electronVersion,
        '--arch',
        arch,
        '--platform',
        platform,
        '--verbose',
      ],
    },
    {
      method: 'node-gyp',
      skip: platform !== process.platform ? `cannot compile for ${platform} on ${process.platform}` : null,
      script: () => binScript(root, 'node-gyp'),
      args: [
        'rebuild',
        '--release',
        `--target=${electronVersion}`,
        `--arch=${arch}`,
        '--dist-url=https://electronjs.org/headers',
        '--runtime=electron',
      ],
    },
  ];
  const failures = [];
  try {
    await copyPackage(pkgDir, work);
    const built = path.join(work, 'build', 'Release', NATIVE_FILE);
    for (const attempt of attempts) {
      if (attempt.skip) {
        failures.push(`${attempt.method}: skipped (${attempt.skip})`);
        continue;
      }
      log(`[electronNative] trying ${attempt.method} …`);
      try {
        await run(attempt.script(), attempt.args, { cwd: work, log });
      } catch (err) {
        failures.push(`${attempt.method}: ${err instanceof Error ? err.message : String(err)}`);
        continue;
      }
      if (!fs.existsSync(built)) {
        failures.push(`${attempt.method}: finished but produced no build/Release/${NATIVE_FILE}`);
        continue;
      }
      await fsp.mkdir(path.dirname(target), { recursive: true });
      const partial = `${target}.partial-${process.pid}`;
      await fsp.copyFile(built, partial);
      await fsp.rename(partial, target); // atomic: a half-written file is never "already there"
      log(`[electronNative] ${label}: ready via ${attempt.method} → ${path.relative(root, target)}`);
      return { path: target, skipped: false, method: attempt.method };
    }
  } finally {
    await fsp.rm(work, { recursive: true, force: true });
  }
  throw new Error(
    [
      `Could not obtain ${label}.`,
      'This step needs internet access: prebuild-install downloads the prebuilt binary from',
      'https://github.com/WiseLibs/better-sqlite3/releases, and node-gyp downloads Electron headers from',
      'https://electronjs.org/headers (and needs a C++ toolchain: Python 3 + make/gcc, Xcode CLT or Visual Studio Build Tools).',
      'Check the connection or proxy (HTTPS_PROXY), then run `npm run electron:native` again.',
      'Details:',
      ...failures.map((f) => `  - ${f}`),
    ].join('\n'),
  );
}

/** electron-builder hook: prepare the binary for the platform/arch being packed. */
export async function beforePack(context) {
  const root = context?.packager?.projectDir ?? ROOT;
  const arch = typeof context.arch === 'number' ? BUILDER_ARCH[context.arch] : String(context.arch);
  if (!arch || arch === 'universal') {
    throw new Error(`electronNative: unsupported arch "${arch}"; build x64 and arm64 separately`);
  }
  const electronVersion = context?.packager?.info?.framework?.version ?? readElectronVersion(root);
  const { path: file } = await ensureElectronBinding({
    root,
    electronVersion,
    platform: context.electronPlatformName,
    arch,
  });
  const pack = packBindingPath(root);
  await fsp.mkdir(path.dirname(pack), { recursive: true });
  await fsp.copyFile(file, pack);
}

export default beforePack;

export function parseCliArgs(argv) {
  const opts = { force: false };
  for (const arg of argv) {
    if (arg === '--force') opts.force = true;
    else if (arg.startsWith('--arch=')) opts.arch = arg.slice('--arch='.length);
    else if (arg.startsWith('--platform=')) opts.platform = arg.slice('--platform='.length);
    else throw new Error(`unknown option ${arg} (use --force, --arch=…, --platform=…)`);
  }
  return opts;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    await ensureElectronBinding(parseCliArgs(process.argv.slice(2)));
  } catch (err) {
    console.error(`[electronNative] ${err instanceof Error ? err.message : String(err)}`);
    process.exitCode = 1;
  }
}
