// Round 3 (issue 6): the general weaknesses the round-2 held-out set (blind.jsonl) showed — long repeats,
// follow-for-follow, disguised contact, insults about looks / brains, show questions, complaint statements
// and the price / purchase / shipping / after-sales boundaries. Lines here are written for the tests and
// differ from both blind.jsonl and dev.jsonl part F.
import { describe, expect, it } from 'vitest';
import { createClassifier } from './index';
import { digitSkeleton } from './normalize';

const clf = createClassifier();
const c = (text: string) => clf.classify({ text });

describe('spam: repeats of 10+ characters and follow-for-follow', () => {
  it.each([
    '嗷嗷嗷嗷嗷嗷嗷嗷嗷嗷',
    '顶起顶起顶起顶起顶起',
    '🔥🔥🔥🔥🔥🔥🔥🔥🔥🔥',
    '1231231231231231',
    '互相关注 必回的',
  ])('"%s" is spam', (t) => expect(c(t).moderation).toBe('spam'));
  it.each(['嗷嗷嗷嗷', '🔥🔥🔥🔥🔥', '好的好的好的', '真好看啊啊啊啊'])('"%s" is not spam', (t) =>
    expect(c(t).moderation).toBe('ok'),
  );
  it('counts emoji as one character each', () => {
    expect(c('🎉🎉🎉🎉🎉🎉').moderation).toBe('ok');
  });
});

describe('disguised contact is an ad', () => {
  it.each([
    '嶶信 rose2020',
    '威亻言 hh5566',
    '企 鹅 三三四四五五六',
    '扣.扣 998877',
    '2⃣️3⃣️4⃣️5⃣️6⃣️7⃣️',
    '幺五零 二二三三 四四五五',
    '抖音搜 小美严选 更便宜',
    '复制 ¥Qw12Er34¥ 去某宝',
    '九成新 便宜出 私',
    '留个号 给你发券',
    'q裙 321321',
  ])('"%s" is ads', (t) => expect(c(t).moderation).toBe('ads'));
  it.each([
    '订单号 8866 1234 5678 还没发',
    '快递单号多少',
    '199还是299',
    '一二三 木头人',
    '私人定制的有吗',
    '我私下问过客服',
    // (round 6: the model reads "木头人" as a mild insult at bar 0.45 — abuse, a known false positive; the
    // point here is that the spelt-out digits 一二三 do not make a phone number)
  ])('"%s" is not an ad', (t) => expect(c(t).moderation).not.toBe('ads'));
  it('the keycap and spelt-out digits feed the number skeleton', () => {
    expect(digitSkeleton('1⃣️3⃣️8⃣️ 零零')).toBe('13800');
  });
  it('a mere mention of another platform is not a lead', () => {
    const r = c('这质量不如拼夕夕');
    expect(r.moderation).toBe('ok');
    expect(r.type).toBe('complaint');
  });
});

describe('insults about looks, brains and "爬" are abuse', () => {
  it.each([
    '助播长得好丑',
    '你丑死了',
    '像只猴子一样',
    '给劳资爬',
    '爬开',
    '蠢货助播',
    '好蠢 ',
    '你算个啥东西',
    '恶心的人',
    '穷逼',
    '闭嘴吧你们',
  ])('"%s" is abuse', (t) => expect(c(t).moderation).toBe('abuse'));
  it.each([
    '丑橘多少钱一斤',
    '丑萌丑萌的',
    '爬楼梯穿这双累吗',
    '爬宠用品有吗',
    '蠢萌蠢萌的',
    '长得好看穿什么都好看',
  ])('"%s" is not abuse', (t) => expect(c(t).moderation).toBe('ok'));
  it('an insult alone is not angry', () => {
    expect(c('恶心的家伙').angry).toBe(false);
  });
});

describe('questions and non-questions', () => {
  it.each(['我看看而已', '先看看', '莫得办法', '我就说嘛', '天呐', "can't wait lol", '这双一个都没有坏'])(
    '"%s" is not a question',
    (t) => expect(c(t).isQuestion).toBe(false),
  );
  it.each([
    ['拍了四天了还没发', 'shipping', 'complex'],
    ['我拍的鞋还没发货', 'shipping', 'complex'],
    ['口红是断的吧 怎么这样', 'complaint', 'complex'],
    ['奶瓶几段的', 'product', 'simple'],
    ["5'2 110 lbs which size", 'product', 'simple'],
  ] as const)('"%s" is a %s question (%s)', (t, type, cx) => {
    const r = c(t);
    expect(r.isQuestion).toBe(true);
    expect(r.type).toBe(type);
    expect(r.complexity).toBe(cx);
  });
  it('a parcel that has not arrived, without "mine", is chatter', () => {
    expect(c('还没到货 等着呢').isQuestion).toBe(false);
  });
});

describe('type boundaries', () => {
  it.each([
    ['主播什么时候换背景音乐', 'other'],
    ['美颜能关一下吗', 'other'],
    ['主播几点下班呀', 'other'],
    ['第二个色号叫什么', 'product'],
    ['含税不', 'price'],
    ['按斤算还是按箱算', 'price'],
    ['单支多少 三支多少', 'price'],
    ['维修费多少', 'price'],
    ['在哪点购买', 'purchase'],
    ['帮我留一件粉色', 'purchase'],
    ['几时能到广州', 'shipping'],
    ['换大一号可以吗', 'after_sales'],
    ['收货地址写错了 能改不', 'after_sales'],
    ['能开专票吗', 'after_sales'],
    ['我要的是红色 收到的是粉色 怎么搞的', 'complaint'],
    ['收到的盘子是碎的 咋整', 'complaint'],
    ['电风扇用一天就不转了 怎么办', 'complaint'],
  ] as const)('"%s" → %s', (t, type) => expect(c(t).type).toBe(type));
  it('a complaint statement is typed complaint, a negated one is not', () => {
    expect(c('杯子是漏的 桌上全是水').type).toBe('complaint');
    expect(c('到手了 无色差 很喜欢').type).toBe('other');
  });
  it('a scam accusation without a question is a complaint', () => {
    const r = c('骗人的店 说好七天发');
    expect(r.isQuestion).toBe(false);
    expect(r.type).toBe('complaint');
    expect(r.angry).toBe(true);
  });
});

describe('second probe batch: add-me leads, handles, stuck parcels, soft anger', () => {
  it.each(['加下薇 聊聊', '加一下企鹅 有内部价', 'tg: @bestprice', '闲鱼搜 小王数码', 'dm to order cheaper'])(
    '"%s" is ads',
    (t) => expect(c(t).moderation).toBe('ads'),
  );
  it.each(['加个购物车就行吗', '加一下粉丝团有优惠吗'])('"%s" is not an ad', (t) =>
    expect(c(t).moderation).toBe('ok'),
  );
  it('a stuck parcel with "还不动" is an order question', () => {
    const r = c('下单五天了 快递还不动');
    expect(r.isQuestion).toBe(true);
    expect(r.type).toBe('shipping');
  });
  it('"什么玩意" in an insult is abuse without anger; in a complaint it is angry', () => {
    expect(c('傻帽 什么玩意').angry).toBe(false);
    expect(c('收到的杯子是裂的 什么玩意').angry).toBe(true);
  });
});

describe('a type score that comes from a rule, not a keyword', () => {
  it.each(['洗了一次就变形', '买的是红的 收到的是蓝的', '专属价买的 洗了就变形了'])(
    '"%s" is classified without throwing',
    (t) => {
      const r = c(t);
      expect(r.type).toBe('complaint');
      expect(r.reasons.length).toBeGreaterThan(0);
    },
  );
});
