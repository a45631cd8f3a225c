// Command-line switches of the desktop app (after `electron .` or the packaged executable).
export interface AppArgs {
  /** Start the built-in demo stream (default); `--no-demo` turns it off. */
  demo: boolean;
  /** `--data-dir=<folder>`: use this folder instead of the user-data folder (tests, portable use). */
  dataDir: string | null;
}

export function parseAppArgs(argv: readonly string[]): AppArgs {
  const args: AppArgs = { demo: true, dataDir: null };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--no-demo') args.demo = false;
    else if (arg === '--demo') args.demo = true;
    else if (arg.startsWith('--data-dir=')) args.dataDir = arg.slice('--data-dir='.length) || null;
    else if (arg === '--data-dir' && i + 1 < argv.length) args.dataDir = argv[++i] || null;
  }
  return args;
}
