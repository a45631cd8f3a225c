import { PassThrough } from 'node:stream';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../electron/cli/commands/classify';

function collect(stream: PassThrough): () => string {
  let buf = '';
  stream.on('data', (d: Buffer) => (buf += d.toString('utf8')));
  return () => buf;
}

async function invoke(argv: string[], input: string) {
  const stdin = new PassThrough();
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const out = collect(stdout);
  const err = collect(stderr);
  stdin.end(input);
  const code = await run(argv, { stdin, stdout, stderr, stopSignal: new Promise<void>(() => {}) });
  return { code, out: out(), err: err() };
}

describe('livedesk classify', () => {
  it('writes one JSON line per input line with the documented fields', async () => {
    const input = [
      JSON.stringify({ id: 'a1', text: 'M码还有吗', user: 'u1', platform: 'douyin' }),
      JSON.stringify({ text: '666' }),
      JSON.stringify({ id: 7, text: '加V信 abc1234 低价' }),
    ].join('\n');
    const { code, out, err } = await invoke([], input + '\n');
    expect(err).toBe('');
    expect(code).toBe(0);
    const lines = out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatchObject({
      id: 'a1',
      isQuestion: true,
      type: 'product',
      complexity: 'simple',
      moderation: 'ok',
      angry: false,
    });
    expect(lines[0].reasons.length).toBeGreaterThan(0);
    expect(lines[1]).toMatchObject({ id: 2, isQuestion: false, type: 'other', moderation: 'ok' });
    expect(lines[2]).toMatchObject({ id: 7, moderation: 'ads' });
    expect(Object.keys(lines[0]).sort()).toEqual(
      ['angry', 'complexity', 'id', 'isQuestion', 'moderation', 'reasons', 'type'].sort(),
    );
  });

  it('reports bad lines on stderr with their line number, continues, and exits 1', async () => {
    const input = ['{"text":"链接呢"}', 'not json', '{"id":"x"}', '', '{"text":"多久发货"}'].join('\n');
    const { code, out, err } = await invoke([], input);
    expect(code).toBe(1);
    expect(out.trim().split('\n')).toHaveLength(2);
    expect(err).toContain('line 2');
    expect(err).toContain('line 3');
    expect(err).toContain('"text"');
    expect(err).not.toContain('line 4');
  });

  it('detects a flood from the same user across lines', async () => {
    const line = (i: number) =>
      JSON.stringify({ id: i, text: '主播看我', user: 'spammer', ts: 1000 + i * 1000 });
    const { out } = await invoke([], [1, 2, 3].map(line).join('\n'));
    const mods = out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l).moderation);
    expect(mods).toEqual(['ok', 'ok', 'spam']);
  });

  it('prints usage for --help', async () => {
    const { code, out } = await invoke(['--help'], '');
    expect(code).toBe(0);
    expect(out).toContain('livedesk classify');
    expect(out).toContain('moderation');
  });

  it('applies a config file and rejects a bad one with a clear message', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ld-classify-'));
    const good = join(dir, 'good.json');
    writeFileSync(
      good,
      JSON.stringify({ blockedTerms: [{ kind: 'wildcard', pattern: '便宜*出', action: 'ads' }] }),
    );
    const r1 = await invoke(['--config', good], '{"text":"便宜转手出"}\n');
    expect(JSON.parse(r1.out).moderation).toBe('ads');
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify({ blockedTerms: [{ kind: 'regex', pattern: '(ab' }] }));
    const r2 = await invoke(['--config', bad], '{"text":"x"}\n');
    expect(r2.code).toBe(2);
    expect(r2.err).toContain('blockedTerms[0].pattern');
    expect(r2.err).toContain('invalid regular expression');
  });

  it('classifies obfuscated abuse / ads and their look-alikes, full-width and fancy letters included', async () => {
    const texts = [
      '傻 逼',
      '𝓈𝒷',
      '薇❤ xiaomei520',
      '扣扣：⑨⑧⑦⑥⑤④③',
      '滚筒洗衣机多少钱',
      '垃圾袋有几卷',
      'ＬＩＮＫ',
    ];
    const input = texts.map((text, i) => JSON.stringify({ id: i, text })).join('\n');
    const { code, out, err } = await invoke([], input);
    expect(err).toBe('');
    expect(code).toBe(0);
    const rows = out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { moderation: string; isQuestion: boolean; type: string });
    expect(rows.map((r) => r.moderation)).toEqual(['abuse', 'abuse', 'ads', 'ads', 'ok', 'ok', 'ok']);
    expect(rows[4]).toMatchObject({ isQuestion: true, type: 'price' });
    expect(rows[6]).toMatchObject({ isQuestion: true, type: 'purchase' });
  });
});
