// `livedesk web`: the main-side services headless + the window served to browsers (and other seats).
import { randomBytes } from 'node:crypto';
import { resolve } from 'node:path';
import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { fileURLToPath } from 'node:url';
import { startDesk } from '../../services/desk';
import { newAccessCode, startHub } from '../../services/hub';
import { getAdapter } from '../../../shared/sources/index';
import { parse, num, parseSourceSpec } from '../args';
import { UsageError, type CliCommand } from '../io';

export const USAGE = `用法 / usage: livedesk web [--port P] [--host 127.0.0.1] [--data-dir DIR] [--demo-rate N] [--no-demo]
                    [--source FORMAT=ws://…]… [--stall-seconds S] [--access-code CODE|auto]
  Starts LiveDesk headless and serves the window at http://HOST:PORT/ (use --host 0.0.0.0 for other seats on the LAN).
  --access-code: seats must open the link with ?code=CODE (auto = a random 6-digit code, printed in the link).
  Without --source it runs the built-in demo stream.`;

export const run: CliCommand = async (argv, io) => {
  const { values } = parse(argv, {
    port: { type: 'string' },
    host: { type: 'string' },
    'data-dir': { type: 'string' },
    'demo-rate': { type: 'string' },
    'no-demo': { type: 'boolean' },
    source: { type: 'string', multiple: true },
    format: { type: 'string' },
    'stall-seconds': { type: 'string' },
    'access-code': { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    io.stdout.write(USAGE + '\n');
    return 0;
  }
  const port = num(values.port, 'port', { min: 0, max: 65535, int: true }) ?? 5180;
  const stallSeconds = num(values['stall-seconds'], 'stall-seconds', { min: 1, max: 3600 });
  const sources = (values.source ?? []).map((s, i) => {
    const spec = parseSourceSpec(s, values.format);
    if (!getAdapter(spec.format)) throw new UsageError(`未知格式 / unknown format: ${spec.format}`);
    return { ...spec, id: `src${i + 1}`, stallSeconds };
  });
  const rawCode = values['access-code'];
  if (rawCode !== undefined && rawCode !== 'auto' && !/^[A-Za-z0-9_-]{4,64}$/.test(rawCode))
    throw new UsageError(
      '访问码须为 4–64 位字母、数字、- 或 _ / --access-code must be 4–64 letters, digits, - or _ (or auto)',
    );
  const accessCode = rawCode === 'auto' ? newAccessCode((n) => randomBytes(n)) : rawCode;
  const host = values.host ?? '127.0.0.1';
  const dataDir = resolve(values['data-dir'] ?? resolve(homedir(), '.livedesk'));
  const staticDir = resolve(fileURLToPath(new URL('../../../dist/renderer', import.meta.url)));
  if (!existsSync(resolve(staticDir, 'index.html'))) {
    io.stderr.write(`提示 / note: ${staticDir}/index.html missing — run "npm run build:renderer" first.\n`);
  }
  const desk = await startDesk({
    dataDir,
    demo: !values['no-demo'] && sources.length === 0,
    demoRate: num(values['demo-rate'], 'demo-rate', { min: 0.1, max: 5000 }),
    sources,
  });
  const hub = await startHub({ desk, staticDir, host, port, accessCode });
  io.stdout.write(`LiveDesk web UI: ${hub.url}\n`);
  if (!accessCode && !/^(127\.|localhost$|::1$)/.test(host)) {
    io.stderr.write(
      '提示 / note: 局域网内任何人都能打开本场；加 --access-code auto 可要求访问码 / anyone on the network can open this show; add --access-code auto to require a code.\n',
    );
  }
  io.stdout.write(`LiveDesk db: ${desk.dbFile}\n`);
  await io.stopSignal;
  io.stderr.write('正在关闭 / shutting down…\n');
  await hub.close();
  await desk.close();
  return 0;
};
