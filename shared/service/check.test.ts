import { describe, expect, it } from 'vitest';
import { applySuggestion, checkReply, reasonIn } from './check';
import { DEFAULT_SERVICE_RULES as R } from './defaults';
import type { ServiceRules } from './types';

const forbidden = (text: string, rules: ServiceRules = R) =>
  checkReply(text, rules)
    .issues.filter((i) => i.kind === 'forbidden')
    .map((i) => i.match);

describe('checkReply', () => {
  it('flags a forbidden phrase with its suggestion, reason and place', () => {
    const text = '亲，这不是我们的问题';
    const r = checkReply(text, R);
    expect(r.ok).toBe(false);
    expect(r.issues).toEqual([
      expect.objectContaining({
        kind: 'forbidden',
        match: '这不是我们的问题',
        index: 2,
        suggestion: '我们来帮您一起解决',
      }),
    ]);
    expect(r.issues[0].reason).toMatch(/推诿/);
    const fixed = applySuggestion(text, r.issues[0]);
    expect(fixed).toBe('亲，我们来帮您一起解决');
    expect(checkReply(fixed, R)).toEqual({ ok: true, issues: [] });
  });

  it('passes a clean, polite reply', () => {
    expect(checkReply('亲，这款有现货，今晚下单明天发货哦', R)).toEqual({ ok: true, issues: [] });
    expect(checkReply('', R).ok).toBe(true);
  });

  it('asks for an honorific in a reply without one, and applying it adds the prefix', () => {
    const text = '这款有现货，今晚下单明天发货';
    const r = checkReply(text, R);
    expect(r.issues).toEqual([expect.objectContaining({ kind: 'honorific', match: '', suggestion: '亲，' })]);
    expect(reasonIn('zh', r.issues[0].reason)).toBe('缺少敬语（您、亲）');
    expect(checkReply(applySuggestion(text, r.issues[0]), R).ok).toBe(true);
    // Short acknowledgements are not nagged.
    expect(checkReply('好的', R).ok).toBe(true);
  });

  it('suggests 您 for 你, but not in 你们 or 迷你, and raises no second honorific issue', () => {
    const r = checkReply('你们的迷你款，你可以直接拍', R);
    expect(r.issues).toEqual([
      expect.objectContaining({ kind: 'honorific', match: '你', index: 7, suggestion: '您' }),
    ]);
  });

  it('thinks through 不行 / 不能 / 不知道: consultation and sales lines pass, refusals do not', () => {
    expect(forbidden('亲，您看这样行不行？')).toEqual([]);
    expect(forbidden('亲，能不能便宜？我们问问您的需求')).toEqual([]);
    expect(forbidden('亲，这个价格千万不能错过')).toEqual([]);
    expect(forbidden('不知道您平时穿多大码？')).toEqual([]);
    expect(forbidden('亲，这个不行')).toEqual(['不行']);
    expect(forbidden('亲，这个不能退')).toEqual(['不能']);
    // Quoting the viewer is still flagged: the viewer reads the reply.
    expect(forbidden('亲，您问“不能退吗？”')).toEqual(['不能']);
    expect(forbidden('我也不知道')).toEqual(['不知道']);
  });

  it('reports a match inside a longer one once, by the longer rule', () => {
    const r = checkReply('亲，我不能给您改价', R);
    expect(r.issues.map((i) => [i.match, i.suggestion])).toEqual([['我不能', '我们可以尝试']]);
  });

  it('wildcards stay within one clause and honour exceptions', () => {
    expect(forbidden('亲，这是物流的问题，您找快递吧')).toEqual(['这是物流的问题']);
    expect(forbidden('亲，这是我们的问题，非常抱歉')).toEqual([]);
    expect(forbidden('这是新款。您的问题我们马上处理')).toEqual([]);
  });

  it('follows edited rules', () => {
    const edited: ServiceRules = {
      ...R,
      forbidden: [
        { pattern: '但是', kind: 'plain', suggestion: '同时', reason: '转折 / contrast', except: [] },
      ],
      honorifics: { ...R.honorifics, expected: [] },
    };
    expect(forbidden('亲，这个不行，但是可以换', edited)).toEqual(['但是']);
    expect(checkReply('这款有现货，今晚下单明天发货', edited).ok).toBe(true);
  });

  it('every default quick reply passes the default check', () => {
    for (const q of R.quickReplies) expect([q.id, checkReply(q.text, R).issues]).toEqual([q.id, []]);
  });

  it('does not apply a suggestion to text that moved on', () => {
    const issue = checkReply('亲，这个不行', R).issues[0];
    expect(applySuggestion('改过了', issue)).toBe('改过了');
  });
});

describe('reasonIn', () => {
  it('picks one language of a bilingual reason and leaves other text alone', () => {
    expect(reasonIn('zh', '推诿责任 / passing the buck')).toBe('推诿责任');
    expect(reasonIn('en', '推诿责任 / passing the buck')).toBe('passing the buck');
    expect(reasonIn('en', '只写中文')).toBe('只写中文');
  });
});
