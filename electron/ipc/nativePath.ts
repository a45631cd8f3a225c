// Where the Electron-ABI build of better-sqlite3 lives. Must agree with scripts/electronNative.mjs
// (test/electron/electronNative.test.ts checks that both compute the same path).
import path from 'node:path';

export const NATIVE_FILE = 'better_sqlite3.node';

export interface NativePathOptions {
  packaged: boolean;
  /** Project root in development (app.getAppPath()). */
  appRoot: string;
  /** process.resourcesPath of the packaged app. */
  resourcesPath: string;
  electronVersion: string;
  platform: string;
  arch: string;
}

/** Development cache folder: .native/electron-<version>-<platform>-<arch>/ */
export function devNativeDir(
  appRoot: string,
  electronVersion: string,
  platform: string,
  arch: string,
): string {
  return path.join(appRoot, '.native', `electron-${electronVersion}-${platform}-${arch}`);
}

export function electronNativeBindingPath(opts: NativePathOptions): string {
  if (opts.packaged) return path.join(opts.resourcesPath, 'native', NATIVE_FILE);
  return path.join(devNativeDir(opts.appRoot, opts.electronVersion, opts.platform, opts.arch), NATIVE_FILE);
}
