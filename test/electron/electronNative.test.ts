// scripts/electronNative.mjs without network: paths, skip-if-present, fallback order, offline error.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { electronNativeBindingPath } from '../../electron/ipc/nativePath';
// @ts-expect-error plain .mjs build script without type declarations
import * as native from '../../scripts/electronNative.mjs';

let root: string;

beforeEach(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'livedesk-native-test-'));
  const pkg = path.join(root, 'node_modules', 'better-sqlite3');
  fs.mkdirSync(path.join(pkg, 'build', 'Release'), { recursive: true });
  fs.mkdirSync(path.join(pkg, 'src'), { recursive: true });
  fs.writeFileSync(
    path.join(pkg, 'package.json'),
    JSON.stringify({ name: 'better-sqlite3', version: '12.11.1' }),
  );
  fs.writeFileSync(path.join(pkg, 'src', 'better_sqlite3.cpp'), '// source');
  // The Node-ABI build that must never be taken for the Electron one.
  fs.writeFileSync(path.join(pkg, 'build', 'Release', 'better_sqlite3.node'), 'node-abi');
  for (const tool of ['prebuild-install', 'node-gyp']) {
    fs.mkdirSync(path.join(root, 'node_modules', tool), { recursive: true });
    fs.writeFileSync(
      path.join(root, 'node_modules', tool, 'package.json'),
      JSON.stringify({ bin: './bin.js' }),
    );
  }
});
afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

const base = { electronVersion: '41.7.1', platform: process.platform, arch: 'x64', log: () => {} };

/** A fake tool run that "downloads" by writing the addon where the real tools put it. */
function producing(content: string) {
  return async (_script: string, _args: string[], { cwd }: { cwd: string }) => {
    expect(fs.existsSync(path.join(cwd, 'build'))).toBe(false); // started from sources only
    fs.mkdirSync(path.join(cwd, 'build', 'Release'), { recursive: true });
    fs.writeFileSync(path.join(cwd, 'build', 'Release', 'better_sqlite3.node'), content);
  };
}

describe('electronNative paths', () => {
  it('main.ts and the script agree on where the Electron build lives', () => {
    const fromScript = native.nativeBindingPath('/proj', '41.7.1', 'win32', 'x64');
    expect(fromScript).toBe(
      path.join('/proj', '.native', 'electron-41.7.1-win32-x64', 'better_sqlite3.node'),
    );
    expect(
      electronNativeBindingPath({
        packaged: false,
        appRoot: '/proj',
        resourcesPath: '/unused',
        electronVersion: '41.7.1',
        platform: 'win32',
        arch: 'x64',
      }),
    ).toBe(fromScript);
    expect(
      electronNativeBindingPath({
        packaged: true,
        appRoot: '/unused',
        resourcesPath: '/opt/LiveDesk/resources',
        electronVersion: '41.7.1',
        platform: 'linux',
        arch: 'x64',
      }),
    ).toBe(path.join('/opt/LiveDesk/resources', 'native', 'better_sqlite3.node'));
  });

  it('parses CLI flags and refuses unknown ones', () => {
    expect(native.parseCliArgs(['--force', '--arch=arm64', '--platform=darwin'])).toEqual({
      force: true,
      arch: 'arm64',
      platform: 'darwin',
    });
    expect(() => native.parseCliArgs(['--rebuild-in-place'])).toThrow(/unknown option/);
  });
});

describe('ensureElectronBinding', () => {
  it('skips when the binary is already there', async () => {
    const target = native.nativeBindingPath(root, '41.7.1', base.platform, 'x64');
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, 'electron-abi');
    const run = vi.fn();
    const result = await native.ensureElectronBinding({ ...base, root, run });
    expect(result).toEqual({ path: target, skipped: true, method: null });
    expect(run).not.toHaveBeenCalled();
  });

  it('uses prebuild-install for Electron in a temp copy and leaves node_modules alone', async () => {
    const run = vi.fn(producing('electron-abi'));
    const result = await native.ensureElectronBinding({ ...base, root, run });
    expect(result.method).toBe('prebuild-install');
    expect(fs.readFileSync(result.path, 'utf8')).toBe('electron-abi');
    const [script, args, opts] = run.mock.calls[0];
    expect(script).toBe(path.join(root, 'node_modules', 'prebuild-install', 'bin.js'));
    expect(args).toEqual(
      expect.arrayContaining(['--runtime', 'electron', '--target', '41.7.1', '--arch', 'x64']),
    );
    expect(opts.cwd.startsWith(root)).toBe(false);
    expect(fs.existsSync(opts.cwd)).toBe(false); // temp copy removed
    const nodeBuild = path.join(
      root,
      'node_modules',
      'better-sqlite3',
      'build',
      'Release',
      'better_sqlite3.node',
    );
    expect(fs.readFileSync(nodeBuild, 'utf8')).toBe('node-abi');
  });

  it('falls back to node-gyp against Electron headers when no prebuilt binary can be had', async () => {
    const run = vi
      .fn()
      .mockRejectedValueOnce(
        new Error('exit code 1: prebuild-install warn install No prebuilt binaries found'),
      )
      .mockImplementationOnce(producing('compiled'));
    const result = await native.ensureElectronBinding({ ...base, root, run });
    expect(result.method).toBe('node-gyp');
    expect(run.mock.calls[1][1]).toEqual(
      expect.arrayContaining([
        'rebuild',
        '--target=41.7.1',
        '--dist-url=https://electronjs.org/headers',
        '--runtime=electron',
      ]),
    );
    expect(fs.readFileSync(result.path, 'utf8')).toBe('compiled');
  });

  it('explains the network requirement when both fail, and leaves no partial file', async () => {
    const run = vi.fn().mockRejectedValue(new Error('exit code 1: getaddrinfo ENOTFOUND github.com'));
    await expect(native.ensureElectronBinding({ ...base, root, run })).rejects.toThrow(
      /internet access[\s\S]*npm run electron:native[\s\S]*ENOTFOUND/,
    );
    expect(fs.existsSync(path.join(root, '.native'))).toBe(false);
  });

  it('does not try to compile for another platform', async () => {
    const other = process.platform === 'win32' ? 'linux' : 'win32';
    const run = vi.fn().mockRejectedValue(new Error('exit code 1: offline'));
    await expect(native.ensureElectronBinding({ ...base, platform: other, root, run })).rejects.toThrow(
      /node-gyp: skipped/,
    );
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('a tool that exits 0 without producing the addon is a failure, not a silent success', async () => {
    const run = vi.fn(async () => {});
    await expect(native.ensureElectronBinding({ ...base, root, run })).rejects.toThrow(/produced no/);
  });
});

describe('beforePack hook', () => {
  it('prepares the binary for the target arch and stages it for extraResources', async () => {
    const target = native.nativeBindingPath(root, '41.7.1', 'linux', 'arm64');
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, 'arm64-build');
    await native.beforePack({
      packager: { projectDir: root, info: { framework: { version: '41.7.1' } } },
      electronPlatformName: 'linux',
      arch: 3, // electron-builder Arch.arm64
    });
    expect(fs.readFileSync(native.packBindingPath(root), 'utf8')).toBe('arm64-build');
  });
});
