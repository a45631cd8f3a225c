// `livedesk <command>`: the CLI entry. Each command lives in commands/<name>.ts.
import { UsageError, type CliCommand, type CliIO } from './io';

const COMMANDS: Record<string, { load: () => Promise<{ run: CliCommand }>; about: string }> = {
  simulate: {
    load: () => import('./commands/simulate'),
    about: '运行演示/压测直播流 / run the demo / load stream server',
  },
  ingest: {
    load: () => import('./commands/ingest'),
    about: '接入直播流写入数据库 / ingest stream(s) into a database',
  },
  report: { load: () => import('./commands/report'), about: '运营报表 / print the Ops report' },
  classify: {
    load: () => import('./commands/classify'),
    about: '批量分类评论 (JSON lines) / classify comments',
  },
  web: {
    load: () => import('./commands/web'),
    about: '无界面运行并在浏览器中打开 / run headless, serve the UI to browsers',
  },
};

export const HELP = `LiveDesk 直播响应台 — command line

用法 / usage: livedesk <command> [options]     (livedesk <command> --help for details)

${Object.entries(COMMANDS)
  .map(([k, v]) => `  ${k.padEnd(9)} ${v.about}`)
  .join('\n')}
`;

function defaultIO(): CliIO {
  const stopSignal = new Promise<void>((resolve) => {
    process.once('SIGINT', () => resolve());
    process.once('SIGTERM', () => resolve());
  });
  return { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, stopSignal };
}

export async function runCli(argv: string[], io: CliIO = defaultIO()): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.stdout.write(HELP);
    return name ? 0 : 2;
  }
  const cmd = COMMANDS[name];
  if (!cmd) {
    io.stderr.write(`未知命令 / unknown command: ${name}\n\n${HELP}`);
    return 2;
  }
  try {
    const { run } = await cmd.load();
    return await run(rest, io);
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr.write(`livedesk ${name}: ${e.message}\n(livedesk ${name} --help)\n`);
      return 2;
    }
    io.stderr.write(`livedesk ${name}: ${(e as Error).stack ?? String(e)}\n`);
    return 1;
  }
}
