// Round 5: broader abuse / ads vocabularies (rules), spaced-out words, emoji insults, masked phone numbers,
// and separate model bars for ads and abuse. Lines here are not in any fixture.
import { describe, expect, it } from 'vitest';
import { createClassifier } from './classifier';
import { RULES_ONLY_POLICY, combine, newRuleDecision, type RuleDecision } from './learned';

const rules = createClassifier(undefined, { model: null });
const r = (text: string) => rules.classify({ text }).moderation;

describe('round 5 rules: abuse', () => {
  it.each([
    '这个瓜娃子助播',
    '老王八羔子',
    '你奶奶的 卖这么贵',
    '泥马 什么服务',
    'zz主播 又卡了',
    '你 是 傻 逼 吧',
    '助播🐷一样',
    '🖕🖕 滚',
    '艹 你 大 爷',
    'you people are garbage honestly',
    '客服都是死人吗',
    '你真是个废物',
    '场控就是个饭桶',
    '楼下滚',
  ])('"%s" is abuse', (t) => expect(r(t)).toBe('abuse'));
  it.each([
    '瓜子仁有吗',
    '猪猪包还有吗',
    '小猫🐱好可爱',
    '祖宗十八代都用这个牌子',
    '操作不了怎么办',
    '草莓味有吗',
    '主播是个垃圾分类达人',
    '轮子滚得顺吗',
    '我可真是个白痴 又拍错了',
    'I am such a loser, missed the drop again',
    '深v连衣裙还有吗',
    '主播主页里有尺码表吗',
  ])('"%s" stays ok', (t) => expect(r(t)).toBe('ok'));
});

describe('round 5 rules: ads', () => {
  it.each([
    '加球球 七七八八九九 了解',
    '🛰 abc1234',
    '联系方式在头像 便宜',
    '联系方式看签名',
    '代购欧洲包 需要代购的来',
    '手机兼职 在家兼职 一天两百',
    '秒下款 不看征信',
    '139 **** 5566 联系我',
    '加 我 v 同 款',
    'add me on whatsapp for a discount',
    'dm me for the link',
  ])('"%s" is ads', (t) => expect(r(t)).toBe('ads'));
  it.each(['微信支付能用吗', '有二维码可以查真伪吗', '签名照有吗', '头像框怎么弄', 'line这个颜色有吗'])(
    '"%s" stays ok',
    (t) => expect(r(t)).toBe('ok'),
  );
});

describe('separate model bars for ads and abuse', () => {
  const rule: RuleDecision = newRuleDecision();
  const probs = (ads: number, abuse: number) => {
    const p = new Float64Array(13);
    p[8] = 1 - ads - abuse;
    p[10] = ads;
    p[11] = abuse;
    p[7] = 1; // type other
    return p;
  };
  const out = new Int32Array(4);
  it('flags abuse below 0.5 when the abuse bar allows it, even if "ok" is more likely', () => {
    combine(rule, probs(0.05, 0.4), { ...RULES_ONLY_POLICY, moderation: 0.5, abuse: 0.35 }, out);
    expect(out[2]).toBe(3);
    combine(rule, probs(0.05, 0.4), { ...RULES_ONLY_POLICY, moderation: 0.5, abuse: 0.5 }, out);
    expect(out[2]).toBe(0);
  });
  it('falls back to the moderation bar when a weights file has no abuse bar', () => {
    const { abuse: _unused, ...old } = { ...RULES_ONLY_POLICY, moderation: 0.5 };
    void _unused;
    combine(rule, probs(0.1, 0.6), old, out);
    expect(out[2]).toBe(3);
  });
});
