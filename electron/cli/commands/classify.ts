// `livedesk classify`: JSON lines in (stdin), one classification per line out (stdout).
import { readFile } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { createClassifier, validateClassifierConfig } from '../../../shared/classify';
import type { ClassifierConfig } from '../../../shared/classify';
import type { CliCommand, CliIO } from '../io';

const USAGE = `用法 Usage: livedesk classify [--config settings.json] [--sensitivity low|normal|high]

从标准输入读取 JSON 行，每行输出一条分类结果。
Reads JSON lines on stdin, writes one JSON line per input line on stdout.

Input line:  {"text": "M码还有吗", "id": "m1", "user": "u42", "platform": "douyin", "ts": 1763888000000}
             (text required; id, user, platform, ts optional — user/ts enable flood detection)
Output line: {"id":"m1","isQuestion":true,"type":"product","complexity":"simple","moderation":"ok",
              "angry":false,"reasons":["…"]}
             type: product|price|purchase|shipping|after_sales|complaint|other
             moderation: ok|spam|ads|abuse; without an id, the output id is the input line number.

Options:
  --config <file>       classifier settings (JSON, same shape as the Settings pane stores)
  --sensitivity <level> low | normal | high (overrides the config file)
  -h, --help            show this help

A bad input line is reported on stderr with its line number and skipped; the exit code is then 1.
`;

function write(stream: NodeJS.WritableStream, text: string): Promise<void> {
  return new Promise((resolve) => {
    if (stream.write(text)) resolve();
    else stream.once('drain', () => resolve());
  });
}

async function loadConfig(argv: string[], io: CliIO): Promise<ClassifierConfig | null> {
  let raw: Record<string, unknown> = {};
  const ci = argv.indexOf('--config');
  if (ci >= 0) {
    const file = argv[ci + 1];
    if (!file) {
      await write(io.stderr, '错误 error: --config 需要文件路径 / --config needs a file path\n');
      return null;
    }
    try {
      raw = JSON.parse(await readFile(file, 'utf8')) as Record<string, unknown>;
    } catch (e) {
      await write(
        io.stderr,
        `错误 error: 无法读取配置 cannot read config ${file}: ${(e as Error).message}\n`,
      );
      return null;
    }
  }
  const si = argv.indexOf('--sensitivity');
  if (si >= 0) raw = { ...raw, sensitivity: argv[si + 1] };
  const v = validateClassifierConfig(raw);
  if (!v.ok) {
    await write(io.stderr, `错误 error: 配置无效 invalid config: ${v.error}\n`);
    return null;
  }
  return v.value;
}

export const run: CliCommand = async (argv, io) => {
  if (argv.includes('--help') || argv.includes('-h')) {
    await write(io.stdout, USAGE);
    return 0;
  }
  const known = new Set(['--config', '--sensitivity']);
  for (let i = 0; i < argv.length; i++) {
    if (known.has(argv[i])) {
      i++;
      continue;
    }
    await write(io.stderr, `错误 error: 未知参数 unknown argument "${argv[i]}"\n${USAGE}`);
    return 2;
  }
  const cfg = await loadConfig(argv, io);
  if (!cfg) return 2;
  const clf = createClassifier(cfg);

  const rl = createInterface({ input: io.stdin, crlfDelay: Infinity });
  let stopped = false;
  void io.stopSignal.then(() => {
    stopped = true;
    rl.close();
  });
  let lineNo = 0;
  let bad = 0;
  for await (const line of rl) {
    lineNo++;
    if (stopped) break;
    if (!line.trim()) continue;
    let obj: unknown;
    try {
      obj = JSON.parse(line);
    } catch (e) {
      bad++;
      await write(
        io.stderr,
        `第 ${lineNo} 行 line ${lineNo}: 不是 JSON / not valid JSON (${(e as Error).message})\n`,
      );
      continue;
    }
    const o = obj as Record<string, unknown>;
    if (typeof obj !== 'object' || obj === null || Array.isArray(obj) || typeof o.text !== 'string') {
      bad++;
      await write(
        io.stderr,
        `第 ${lineNo} 行 line ${lineNo}: 缺少字符串字段 "text" / missing string field "text"\n`,
      );
      continue;
    }
    const id = typeof o.id === 'string' || typeof o.id === 'number' ? o.id : lineNo;
    const userId = typeof o.user === 'string' || typeof o.user === 'number' ? String(o.user) : undefined;
    const ts = typeof o.ts === 'number' && Number.isFinite(o.ts) ? o.ts : undefined;
    const c = clf.classify({ text: o.text, userId, ts });
    await write(
      io.stdout,
      JSON.stringify({
        id,
        isQuestion: c.isQuestion,
        type: c.type,
        complexity: c.complexity,
        moderation: c.moderation,
        angry: c.angry,
        reasons: c.reasons,
      }) + '\n',
    );
  }
  return bad > 0 ? 1 : 0;
};
