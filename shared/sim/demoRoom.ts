// The built-in demo stream: a women's clothing live room (女装直播间) with the mix a real room has:
// mostly chatter, some questions of every type, a few complaints, spam, contact-info ads and abuse.
// Pure and seeded, so a run can be repeated exactly.
import type { Channel, Comment, CommentKind } from '../model';
import { createRng, pick } from './prng';

export type DemoCategory =
  | 'chatter'
  | 'product'
  | 'price'
  | 'purchase'
  | 'shipping'
  | 'after_sales'
  | 'complaint'
  | 'english'
  | 'spam'
  | 'ads'
  | 'abuse'
  | 'event';

/** Relative weights of each category (any positive numbers). */
export type DemoMix = Record<DemoCategory, number>;

export const DEFAULT_MIX: DemoMix = {
  chatter: 52,
  product: 9,
  price: 6,
  purchase: 4,
  shipping: 4,
  after_sales: 3,
  complaint: 1.5,
  english: 1.5,
  spam: 3,
  ads: 1.5,
  abuse: 1,
  event: 13.5,
};

const PRODUCTS = [
  '这件羊绒大衣',
  '1号链接的连衣裙',
  '这条阔腿裤',
  '主播身上这件毛衣',
  '3号链接卫衣',
  '这款羽绒服',
  '白色衬衫',
];
const SIZES = ['S', 'M', 'L', 'XL', '2XL'];
const COLORS = ['黑色', '白色', '燕麦色', '雾霾蓝', '酒红色', '杏色'];
const HEIGHTS = ['155', '160', '163', '165', '168', '172'];
const WEIGHTS = ['90', '100', '105', '110', '120', '130'];

const T: Record<Exclude<DemoCategory, 'event'>, readonly string[]> = {
  chatter: [
    '666',
    '来了来了',
    '主播好美',
    '哈哈哈哈',
    '❤️❤️❤️',
    '👍👍',
    '好看',
    '打卡',
    '晚上好呀',
    '支持主播',
    '刚来',
    '🌹',
    '主播今天的口红好看',
    '冲冲冲',
    '已关注',
    '这个颜色绝了',
    '好喜欢',
    '买过了很好穿',
    '家人们晚上好',
    '等了好久了',
    '上次买的大衣超好看',
    '哇',
    '👏👏👏',
    '太美了吧',
    '1',
    '在',
    '姐妹们冲',
  ],
  product: [
    '{p}有{c}吗',
    '{h}{w}斤穿什么码',
    '{s}码还有吗',
    '{p}是什么面料',
    '{p}起球吗',
    '这个会掉色吗',
    '{p}偏大还是偏小',
    '身高{h}体重{w}选{s}可以吗',
    '有{c}的吗？',
    '{p}厚不厚',
    '腰围多少',
    '衣长多少cm',
    '能机洗吗',
    '{c}显黑吗',
    '含羊毛多少',
    '{s}码胸围多少',
  ],
  price: [
    '{p}多少钱',
    '今天有优惠吗',
    '能便宜点不',
    '满减怎么算',
    '有没有优惠券',
    '两件打几折',
    '现在下单有赠品吗',
    '价格多少呀',
    '比昨天便宜吗',
    '会员价多少',
    '直播间专享价是多少',
    '优惠券在哪领',
  ],
  purchase: [
    '链接呢',
    '怎么拍',
    '在几号链接',
    '怎么下单',
    '上链接啊',
    '小黄车里哪个',
    '{p}在哪买',
    '拍了怎么备注尺码',
    '能不能拍两件不同颜色',
    '没抢到还会补货吗',
  ],
  shipping: [
    '多久发货',
    '什么快递',
    '包邮吗',
    '今天拍明天能发吗',
    '发顺丰吗',
    '新疆包邮吗',
    '预售多久发',
    '几天能到',
    '我的快递怎么还没到',
    '物流三天没动了',
  ],
  after_sales: [
    '不合适能退吗',
    '七天无理由吗',
    '退货运费谁出',
    '尺码不对可以换吗',
    '我订单尾号{o}想换{s}码',
    '退款什么时候到账',
    '收到的颜色不对怎么办',
    '我要换货，订单{o}',
    '衣服有线头可以退吗',
    '申请了退款没人处理',
  ],
  complaint: [
    '质量太差了 刚穿一次就起球',
    '收到的衣服有破洞！！！',
    '客服一直不回复 我要投诉',
    '和直播间说的不一样，骗子吧',
    '发错货了，投诉',
    '等了十天还没发货 太垃圾了',
    '衣服有味道 洗了还有',
  ],
  english: [
    'does it come in blue?',
    'how much is the coat',
    'do you ship to Singapore',
    'what size for 165cm?',
    'is it real wool',
    'link please',
    'can I return it if it does not fit',
  ],
  spam: ['666666666', '哈哈哈哈哈哈哈哈哈哈', '来了来了来了来了', '扣1扣1扣1'],
  ads: [
    '加V信 {n} 领优惠',
    '兼职日结 加微 {n}',
    '看主页 有福利',
    'q q {n} 便宜出',
    '低价代购 ＶＸ：{n}',
    '要的私我 薇 {n}',
    '1 3 8 {n} 咨询',
  ],
  abuse: ['主播丑死了', '傻X主播', '滚吧', '什么垃圾东西 骗子', '脑残才买'],
};

const NICK_A = ['小', '阿', '大', '胖', '甜', '酷', '懒', '萌'];
const NICK_B = ['鹿', '猫', '橙子', '桃子', '雨', '鱼', '兔', '熊', '米粒', '糖', '柚子', '星星'];
const NICK_C = ['', '', '', '呀', '酱', '2023', '_', '不吃香菜', '爱购物', '🌸'];

export interface DemoOptions {
  seed?: number;
  mix?: Partial<DemoMix>;
  roomId?: string;
  platform?: string;
  /** Share of questions that arrive as private messages (私信) instead of comments. */
  dmShare?: number;
  /** Number of distinct viewers. */
  viewers?: number;
}

export interface DemoComment extends Comment {
  category: DemoCategory;
}

/** An endless, repeatable generator of demo comments. `next(now)` makes one. */
export function createDemoRoom(opts: DemoOptions = {}) {
  const seed = opts.seed ?? 1;
  const rng = createRng(seed);
  const mix: DemoMix = { ...DEFAULT_MIX, ...opts.mix };
  const cats = Object.keys(mix) as DemoCategory[];
  const total = cats.reduce((s, c) => s + Math.max(0, mix[c]), 0);
  const viewers = Math.max(1, opts.viewers ?? 400);
  const roomId = opts.roomId ?? 'demo-room';
  const platform = opts.platform ?? 'sim';
  const dmShare = opts.dmShare ?? 0.08;
  let seq = 0;
  // Sources without message ids (Bilibili DANMU_MSG) de-duplicate on user + text + time: never emit the
  // same viewer with the same text twice in one millisecond, or the demo would fake a duplicate.
  let lastTs = -1;
  const usedThisMs = new Set<string>();

  const nick = (uid: number) => {
    const r = createRng(uid * 7919 + seed);
    return pick(r, NICK_A) + pick(r, NICK_B) + pick(r, NICK_C);
  };
  const fill = (tpl: string) =>
    tpl
      .replace(/\{p\}/g, () => pick(rng, PRODUCTS))
      .replace(/\{s\}/g, () => pick(rng, SIZES))
      .replace(/\{c\}/g, () => pick(rng, COLORS))
      .replace(/\{h\}/g, () => pick(rng, HEIGHTS))
      .replace(/\{w\}/g, () => pick(rng, WEIGHTS))
      .replace(/\{o\}/g, () => String(1000 + Math.floor(rng() * 9000)))
      .replace(/\{n\}/g, () => String(100000 + Math.floor(rng() * 899999)));

  const chooseCategory = (): DemoCategory => {
    let x = rng() * total;
    for (const c of cats) {
      x -= Math.max(0, mix[c]);
      if (x < 0) return c;
    }
    return 'chatter';
  };

  const EVENTS: ReadonlyArray<[CommentKind, string]> = [
    ['member', '来了'],
    ['like', '为主播点赞了'],
    ['gift', '送出了 小心心 x1'],
    ['follow', '关注了主播'],
    ['share', '分享了直播间'],
  ];

  return {
    next(now: number): DemoComment {
      seq++;
      const category = chooseCategory();
      let uid = 1 + Math.floor(rng() * viewers);
      let text: string;
      let kind: CommentKind = 'chat';
      let channel: Channel = 'live';
      if (category === 'event') {
        const [k, t] = pick(rng, EVENTS);
        kind = k;
        text = t;
      } else {
        text = fill(pick(rng, T[category]));
        const isQ =
          category !== 'chatter' && category !== 'spam' && category !== 'ads' && category !== 'abuse';
        if (isQ && rng() < dmShare) channel = 'dm';
      }
      if (now !== lastTs) {
        lastTs = now;
        usedThisMs.clear();
      }
      while (usedThisMs.has(`${uid}|${text}`)) uid = (uid % viewers) + 1 + (viewers === 1 ? seq : 0);
      usedThisMs.add(`${uid}|${text}`);
      return {
        platform,
        msgId: `${seed}-${seq}`,
        roomId,
        userId: `v${uid}`,
        nickname: nick(uid),
        text,
        channel,
        kind,
        platformTs: now,
        ts: now,
        category,
      };
    },
    get count() {
      return seq;
    },
  };
}
