// `livedesk simulate`: the demo / load stream server.
import { startSimulator } from '../../services/simulator';
import { SOURCE_FORMATS } from '../../../shared/sources/index';
import type { SourceFormat } from '../../../shared/sources/types';
import { DEFAULT_MIX, type DemoMix } from '../../../shared/sim/demoRoom';
import { parse, num } from '../args';
import { UsageError, type CliCommand } from '../io';

export const USAGE = `用法 / usage: livedesk simulate [--port P] [--rate N] [--format F] [--seed S] [--total N]
                         [--drop-every N] [--stall S --stall-every N] [--mix chatter=50,product=10,…]
  Serves a realistic live-commerce comment stream over WebSocket on 127.0.0.1 until stopped (Ctrl+C).
  --format  ${SOURCE_FORMATS.join(' | ')} (default livedesk)
  --rate    comments per second (default 5, up to 20000)
  --mix     relative weights of: ${Object.keys(DEFAULT_MIX).join(', ')}`;

export function parseMix(spec: string | undefined): Partial<DemoMix> | undefined {
  if (!spec) return undefined;
  const mix: Partial<DemoMix> = {};
  for (const part of spec.split(',')) {
    const [k, v] = part.split('=');
    if (!(k in DEFAULT_MIX)) throw new UsageError(`--mix: 未知类别 / unknown category "${k}"`);
    const n = Number(v);
    if (!Number.isFinite(n) || n < 0) throw new UsageError(`--mix: ${k} needs a number ≥ 0, got "${v}"`);
    mix[k as keyof DemoMix] = n;
  }
  return mix;
}

export const run: CliCommand = async (argv, io) => {
  const { values } = parse(argv, {
    port: { type: 'string' },
    rate: { type: 'string' },
    format: { type: 'string' },
    seed: { type: 'string' },
    total: { type: 'string' },
    'drop-every': { type: 'string' },
    stall: { type: 'string' },
    'stall-every': { type: 'string' },
    mix: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    io.stdout.write(USAGE + '\n');
    return 0;
  }
  const format = (values.format ?? 'livedesk') as SourceFormat;
  if (!SOURCE_FORMATS.includes(format)) {
    throw new UsageError(
      `--format 必须是 / must be one of: ${SOURCE_FORMATS.join(', ')} (got "${values.format}")`,
    );
  }
  const stall = num(values.stall, 'stall', { min: 0.1, max: 3600 });
  const sim = await startSimulator({
    port: num(values.port, 'port', { min: 0, max: 65535, int: true }) ?? 0,
    rate: num(values.rate, 'rate', { min: 0.01, max: 20000 }) ?? 5,
    format,
    seed: num(values.seed, 'seed', { int: true, min: 0 }),
    total: num(values.total, 'total', { int: true, min: 1 }),
    dropEvery: num(values['drop-every'], 'drop-every', { int: true, min: 1 }),
    stallSeconds: stall,
    stallEvery: stall ? (num(values['stall-every'], 'stall-every', { int: true, min: 1 }) ?? 200) : undefined,
    mix: parseMix(values.mix),
  });
  io.stdout.write(`LiveDesk simulator: ${sim.url} (format ${format})\n`);
  const report = setInterval(() => {
    io.stderr.write(`sent ${sim.generated} comments, ${sim.connections} client(s)\n`);
  }, 10_000);
  await io.stopSignal;
  clearInterval(report);
  await sim.close();
  io.stderr.write(`stopped after ${sim.generated} comments\n`);
  return 0;
};
