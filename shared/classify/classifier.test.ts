import { describe, expect, it } from 'vitest';
import { DEFAULT_CLASSIFIER_CONFIG, createClassifier, validateClassifierConfig } from './index';
import type { ClassifierConfig } from './index';

const clf = createClassifier();
const c = (text: string) => clf.classify({ text });
const cfgWith = (patch: Partial<ClassifierConfig>): ClassifierConfig => ({
  ...DEFAULT_CLASSIFIER_CONFIG,
  ...patch,
});

describe('question detection', () => {
  it.each([
    'M码还有吗',
    '怎么拍',
    '链接呢',
    '能便宜点不',
    '多久发货',
    '有没有黑色',
    '纯棉还是涤纶',
    '160 110斤',
    '求链接',
  ])('"%s" is a question without "?"', (t) => {
    const r = c(t);
    expect(r.isQuestion).toBe(true);
    expect(r.reasons.some((x) => x.startsWith('问句'))).toBe(true);
  });
  it.each(['does it come in blue', 'how much is this', 'any discount today?', '老板how long is shipping'])(
    'English "%s" is a question',
    (t) => expect(c(t).isQuestion).toBe(true),
  );
  it.each([
    '666',
    '来了',
    '主播好漂亮',
    '哈哈哈',
    '已拍',
    '不错不错',
    '怎么穿都好看',
    '主播看看我',
    '🌹🌹',
    'love it',
  ])('chatter "%s" is not a question', (t) => {
    const r = c(t);
    expect(r.isQuestion).toBe(false);
    expect(r.type).toBe('other');
    expect(r.moderation).toBe('ok');
  });
});

describe('question type and complexity', () => {
  it.each([
    ['M码还有吗', 'product', 'simple'],
    ['这件是纯棉的吗', 'product', 'simple'],
    ['多少钱', 'price', 'simple'],
    ['有优惠券吗', 'price', 'simple'],
    ['几号链接', 'purchase', 'simple'],
    ['能用花呗吗', 'purchase', 'simple'],
    ['什么时候发货', 'shipping', 'simple'],
    ['我昨天拍的怎么还没发货', 'shipping', 'complex'],
    ['不合适可以退吗', 'after_sales', 'complex'],
    ['收到的衣服有破洞 怎么办', 'complaint', 'complex'],
    ['明天几点开播', 'other', 'simple'],
  ] as const)('"%s" → %s / %s', (text, type, complexity) => {
    const r = c(text);
    expect(r.isQuestion).toBe(true);
    expect(r.type).toBe(type);
    expect(r.complexity).toBe(complexity);
    if (type !== 'other') expect(r.reasons.some((x) => x.includes(`type ${type}`))).toBe(true);
  });
  it('a complaint statement is typed and complex though not a question', () => {
    const r = c('衣服洗了一次就掉色了');
    expect(r).toMatchObject({ isQuestion: false, type: 'complaint', complexity: 'complex' });
  });
  it('a generic defect question is a product question', () => {
    expect(c('这件会起球吗')).toMatchObject({ type: 'product', complexity: 'simple' });
  });
  it('per-room lexicons steer the type', () => {
    const k = createClassifier(
      cfgWith({ lexicons: { products: [], sizes: [], colours: ['雾霾蓝'], promotions: ['宠粉价'] } }),
    );
    expect(k.classify({ text: '宠粉价还有吗' }).type).toBe('price');
    expect(k.classify({ text: '雾霾蓝呢' }).type).toBe('product');
  });
  it('per-type keywords are editable', () => {
    const k = createClassifier(
      cfgWith({ typeKeywords: { ...DEFAULT_CLASSIFIER_CONFIG.typeKeywords, purchase: ['福袋口令'] } }),
    );
    expect(k.classify({ text: '福袋口令是什么' }).type).toBe('purchase');
  });
});

describe('contact ads (引流), including obfuscation', () => {
  it.each([
    '加V信 abc1234',
    '加薇 xhm8899',
    '＋ＶＸ：ｌｉｎｇ６６６',
    'ＶＸ Dd_2019',
    '扣扣 285 3344 71',
    'q:224525952',
    '1 3 8 0 0 1 3 8 0 0 0',
    '电话138-0013-8000',
    '一三九零零一二三四五六',
    'wx: abc123',
    '微信号 love520520',
    '卫星号：mm_1990',
    '宝妈在家兼职 日赚300',
    '看我主页 比这便宜',
    'www.cheap-bags.top',
    'DM me for wholesale prices',
  ])('"%s" is ads with a reason', (t) => {
    const r = c(t);
    expect(r.moderation).toBe('ads');
    expect(r.isQuestion).toBe(false);
    expect(r.reasons.some((x) => x.includes('ads'))).toBe(true);
  });
  it.each([
    '可以微信支付吗',
    'V领的有吗',
    'usb充电吗',
    '订单号1234567890123456789发货了吗',
    '165 120斤穿什么码',
  ])('"%s" is not an ad', (t) => expect(c(t).moderation).toBe('ok'));
  it('a bare contact word is an ad only at high sensitivity', () => {
    expect(c('微信聊').moderation).toBe('ok');
    const high = createClassifier(cfgWith({ sensitivity: 'high' }));
    expect(high.classify({ text: '微信聊' }).moderation).toBe('ads');
  });
});

describe('abuse and angry', () => {
  it.each(['主播傻逼', 'sb主播', '你个憨批', '滚出直播间', 'cnm', 'shut up idiot', '脑残才买'])(
    '"%s" is abuse',
    (t) => {
      const r = c(t);
      expect(r.moderation).toBe('abuse');
      expect(r.reasons.some((x) => x.startsWith('辱骂'))).toBe(true);
    },
  );
  it('word boundaries keep English substrings clean', () => {
    expect(c('usb接口是什么的').moderation).toBe('ok');
  });
  it('mild insults count only at high sensitivity', () => {
    expect(c('闭嘴').moderation).toBe('ok');
    expect(createClassifier(cfgWith({ sensitivity: 'high' })).classify({ text: '闭嘴' }).moderation).toBe(
      'abuse',
    );
  });
  it.each([
    '骗子!!!我要投诉',
    '拍了十天不发货！！！',
    '再这样我就给差评',
    'this is a scam, where is my refund???',
  ])('"%s" is angry', (t) => {
    const r = c(t);
    expect(r.angry).toBe(true);
    expect(r.moderation).toBe('ok');
    expect(r.reasons.some((x) => x.startsWith('情绪'))).toBe(true);
  });
  it('an angry question needs support', () => {
    expect(c('你们是不是骗人的？？？我的退款呢').complexity).toBe('complex');
  });
  it('excitement is not anger', () => {
    expect(c('好看!!!').angry).toBe(false);
  });
});

describe('spam and flood', () => {
  it('a long repeated string is spam', () => {
    expect(c('哈哈哈哈哈哈哈哈哈哈哈哈哈哈哈哈哈哈').moderation).toBe('spam');
    expect(c('哈哈哈').moderation).toBe('ok');
  });
  it('the same viewer repeating a line becomes spam at the 3rd time within the window', () => {
    const k = createClassifier();
    const at = (ts: number, userId = 'u1') => k.classify({ text: '主播看我', userId, ts }).moderation;
    expect([at(0), at(1000), at(2000)]).toEqual(['ok', 'ok', 'spam']);
    expect(at(2500, 'u2')).toBe('ok'); // another viewer is not flooding
    expect(at(100_000)).toBe('ok'); // outside the 30 s window
  });
  it('a repeated question gets more slack before it is spam', () => {
    const k = createClassifier();
    const mods = [0, 1, 2, 3, 4, 5].map((i) => k.classify({ text: '发货了吗', userId: 'u', ts: i * 1000 }));
    expect(mods.slice(0, 5).every((m) => m.isQuestion && m.moderation === 'ok')).toBe(true);
    expect(mods[5].moderation).toBe('spam');
  });
  it('flood memory stays bounded', () => {
    const k = createClassifier();
    for (let i = 0; i < 20_000; i++) k.classify({ text: 'hi', userId: `u${i}`, ts: i });
    // an early viewer was forgotten: their repeat starts a new count
    expect(k.classify({ text: 'hi', userId: 'u0', ts: 20_001 }).moderation).toBe('ok');
  });
});

describe('team rules: blocked terms, allow-list, setConfig', () => {
  it('plain, wildcard and regex blocked terms fire with their action and reason', () => {
    const k = createClassifier(
      cfgWith({
        blockedTerms: [
          { kind: 'plain', pattern: '竞品A', action: 'ads' },
          { kind: 'wildcard', pattern: '某*店', action: 'ads' },
          { kind: 'regex', pattern: '死\\s*全\\s*家', action: 'abuse' },
        ],
      }),
    );
    expect(k.classify({ text: '竞品a更便宜' }).moderation).toBe('ads');
    expect(k.classify({ text: '去某宝旗舰店买' })).toMatchObject({ moderation: 'ads' });
    const r = k.classify({ text: '死 全 家' });
    expect(r.moderation).toBe('abuse');
    expect(r.reasons.join()).toContain('blocked');
  });
  it('the allow-list overrides moderation', () => {
    const blocked = cfgWith({ blockedTerms: [{ kind: 'plain', pattern: '卫生巾', action: 'abuse' }] });
    expect(createClassifier(blocked).classify({ text: '卫生巾有货吗' }).moderation).toBe('abuse');
    const allowed = createClassifier({ ...blocked, allowList: [...blocked.allowList, '卫生巾'] });
    expect(allowed.classify({ text: '卫生巾有货吗' }).moderation).toBe('ok');
  });
  it('setConfig applies live', () => {
    const k = createClassifier();
    expect(k.classify({ text: '竞品B' }).moderation).toBe('ok');
    k.setConfig(cfgWith({ blockedTerms: [{ kind: 'plain', pattern: '竞品B', action: 'spam' }] }));
    expect(k.classify({ text: '竞品B' }).moderation).toBe('spam');
  });
});

describe('validateClassifierConfig', () => {
  it('fills defaults', () => {
    const r = validateClassifierConfig({});
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.value.typeKeywords.price).toContain('多少钱');
  });
  it('rejects a bad regex with a message naming the field', () => {
    const r = validateClassifierConfig({
      blockedTerms: [
        { kind: 'plain', pattern: 'x' },
        { kind: 'regex', pattern: '([a-z' },
      ],
    });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error).toContain('blockedTerms[1].pattern');
      expect(r.error).toContain('正则表达式无效');
    }
  });
  it('rejects bad values', () => {
    expect(validateClassifierConfig({ sensitivity: 'max' }).ok).toBe(false);
    const r = validateClassifierConfig({ allowList: ['ok', ''] });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toContain('allowList[1]');
  });
});

describe('questionKey', () => {
  it('merges rephrasings of the same question', () => {
    const k = clf.questionKey('M码有吗', 'product');
    expect(clf.questionKey('m码还有吗？', 'product')).toBe(k);
    expect(clf.questionKey('有没有M码', 'product')).toBe(k);
    expect(clf.questionKey('M号还有吗', 'product')).toBe(k);
    expect(clf.questionKey('L码有吗', 'product')).not.toBe(k);
    expect(clf.questionKey('M码有吗', 'price')).not.toBe(k);
  });
});
