import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError } from './io';

type Options = NonNullable<ParseArgsConfig['options']>;

/** parseArgs with errors turned into UsageError (clear message, exit code 2). */
export function parse<O extends Options>(argv: string[], options: O) {
  try {
    return parseArgs({ args: argv, options, strict: true, allowPositionals: false });
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
}

export function num(
  v: string | undefined,
  name: string,
  o: { min?: number; max?: number; int?: boolean } = {},
) {
  if (v === undefined) return undefined;
  const n = Number(v);
  if (!Number.isFinite(n) || (o.int && !Number.isInteger(n))) {
    throw new UsageError(
      `--${name} 需要一个${o.int ? '整数' : '数字'} / --${name} needs a ${o.int ? 'whole ' : ''}number, got "${v}"`,
    );
  }
  if (o.min !== undefined && n < o.min) throw new UsageError(`--${name} must be ≥ ${o.min}, got ${n}`);
  if (o.max !== undefined && n > o.max) throw new UsageError(`--${name} must be ≤ ${o.max}, got ${n}`);
  return n;
}

/** `--source format=ws://…` or just `ws://…` with a separate --format. */
export function parseSourceSpec(spec: string, fallbackFormat: string | undefined) {
  const m = /^([a-z]+)=(wss?:\/\/.+)$/i.exec(spec);
  if (m) return { format: m[1].toLowerCase(), url: m[2] };
  if (!/^wss?:\/\//i.test(spec)) {
    throw new UsageError(
      `--source 需要 ws:// 地址 / --source needs a ws:// URL (or format=ws://…), got "${spec}"`,
    );
  }
  return { format: fallbackFormat ?? 'livedesk', url: spec };
}
