// The comment classifier: one keyword automaton pass + a few anchored regexes per comment.
// Every decision appends a reason the UI shows on hover.
import type { Classification, Complexity, Moderation, QuestionType } from '../model';
import { AhoCorasick, type Keyword } from './ahoCorasick';
import {
  DEFAULT_CLASSIFIER_CONFIG,
  DEFAULT_TYPE_KEYWORDS,
  TOPIC_TYPES,
  type BlockedAction,
  type ClassifierConfig,
  type Sensitivity,
} from './config';
import * as L from './lexicon';
import {
  COL_ANGRY,
  COL_MOD,
  COL_Q,
  COL_TYPE,
  MOD_LABELS,
  NCOLS,
  OUT_ANGRY,
  OUT_MOD,
  OUT_Q,
  OUT_TYPE,
  RULE_FEATURES,
  TYPE_LABELS,
  combine,
  decodeWeights,
  newRuleDecision,
  ngramFeatures,
  ruleFeatures,
  scoreInto,
  toProbs,
  type LinearModel,
  type RuleDecision,
} from './learned';
import { WEIGHTS } from './model/weights';
import { compact, digitLikeCount, digitSkeleton, fold } from './normalize';

export interface ClassifierOptions {
  /** The learned model; `null` = rules only. Default: the committed weights (model/weights.ts). */
  model?: LinearModel | null;
  /** Called after the rules with their decision, keyword-category scores and the folded text (trainer). */
  trace?: (rule: RuleDecision, catScore: Float64Array, text: string) => void;
}

let defaultModel: LinearModel | undefined;
/** The committed model, decoded once. */
export function loadDefaultModel(): LinearModel {
  return (defaultModel ??= decodeWeights(WEIGHTS));
}

/** "0.00" … "1.00", so the model's reason line costs no number formatting per comment. */
const PCT = Array.from({ length: 101 }, (_, i) => (i / 100).toFixed(2));
const pct = (p: number) => PCT[Math.max(0, Math.min(100, Math.round(p * 100)))];
const MOD_ZH: Record<string, string> = {
  ok: '正常 ok',
  spam: '刷屏 spam',
  ads: '引流广告 ads',
  abuse: '辱骂 abuse',
};

export interface ClassifyInput {
  text: string;
  userId?: string;
  /** Epoch ms, for the flood window. Without it, repeats count regardless of time. */
  ts?: number;
}

export interface Classifier {
  classify(input: ClassifyInput): Classification;
  setConfig(cfg: ClassifierConfig): void;
  /** Duplicate merging: a stable key for "the same question" ('M码有吗' ≈ 'm码还有吗？'). */
  questionKey(text: string, type: string): string;
}

interface RegexRule {
  re: RegExp;
  action: BlockedAction;
  label: string;
}

interface Compiled {
  ac: AhoCorasick;
  /** 1 for a keyword that comes from the room's config rather than the defaults. */
  custom: Uint8Array;
  termLen: Int32Array;
  cat: Int32Array;
  weight: Float64Array;
  asciiStart: Uint8Array;
  asciiEnd: Uint8Array;
  regexRules: RegexRule[];
  sensitivity: Sensitivity;
  floodWindowMs: number;
  floodMax: number;
  repeatMinLen: number;
}

const BLOCK_CAT: Record<BlockedAction, number> = {
  spam: L.CAT_BLOCK_SPAM,
  ads: L.CAT_BLOCK_ADS,
  abuse: L.CAT_BLOCK_ABUSE,
};
const MODERATION_CAT = new Uint8Array(L.CAT_COUNT);
for (const k of [
  L.CAT_ABUSE,
  L.CAT_ABUSE_MILD,
  L.CAT_ADS,
  L.CAT_CONTACT,
  L.CAT_BLOCK_ABUSE,
  L.CAT_BLOCK_ADS,
  L.CAT_BLOCK_SPAM,
  L.CAT_SPAM,
])
  MODERATION_CAT[k] = 1;
const QUESTION_CAT = new Uint8Array(L.CAT_COUNT);
for (const k of [L.CAT_QWORD, L.CAT_REQUEST, L.CAT_OTHERQ]) QUESTION_CAT[k] = 1;
/** Tie-break between equally scored types: the one needing more care wins. */
const TYPE_PRIORITY = [5, 4, 3, 2, 1, 0];

const VARIANTS: readonly (readonly [string, string])[] = [
  ['怎么', '咋'],
  ['什么', '啥'],
  ['没有', '莫得'],
  ['没有', '木有'],
  ['没有', '没得'],
  ['哪里', '哪儿'],
];

const isLatin = (c: number) => (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);

function wildcardToRegex(p: string): RegExp {
  const src = p
    .split('')
    .map((ch) =>
      ch === '*' ? '[\\s\\S]*?' : ch === '?' ? '[\\s\\S]' : ch.replace(/[.+^${}()|[\]\\]/g, '\\$&'),
    )
    .join('');
  return new RegExp(src, 'iu');
}

function compile(cfg: ClassifierConfig): Compiled {
  const kws: Keyword[] = [];
  const customTerms = new Set<string>();
  const add = (list: readonly string[], cat: number, weight = 1, isCustom?: (t: string) => boolean) => {
    for (const t of list) {
      const term = fold(t.trim());
      // Longer keywords are more specific: weigh them a little more.
      if (!term) continue;
      if (isCustom?.(t)) customTerms.add(`${cat}|${term}`);
      const w = weight * Math.min(2, 1 + 0.08 * Math.max(0, term.length - 2));
      kws.push({ term, cat, weight: w });
      // Colloquial spellings of the same cue: 怎么→咋, 什么→啥, 没有→莫得/木有/没得, 哪里→哪儿.
      for (const [from, to] of VARIANTS)
        if (term.includes(from)) {
          const v = term.split(from).join(to);
          // weighed by its own (shorter) length, like any other keyword
          kws.push({ term: v, cat, weight: weight * Math.min(2, 1 + 0.08 * Math.max(0, v.length - 2)) });
        }
    }
  };
  // After-sales and complaint words outweigh the others: "退款什么时候到" is about the refund, not shipping.
  // A room's own keywords (not in the defaults) keep the rules' type even where the model disagrees.
  TOPIC_TYPES.forEach((t, i) => {
    const defaults = new Set(DEFAULT_TYPE_KEYWORDS[t]);
    add(cfg.typeKeywords[t], i, t === 'after_sales' || t === 'complaint' ? 1.5 : 1, (w) => !defaults.has(w));
  });
  const always = () => true;
  add(cfg.lexicons.sizes, 0, 2, always);
  add(cfg.lexicons.colours, 0, 2, always);
  add(cfg.lexicons.products, 0, 0.5, always);
  add(cfg.lexicons.promotions, 1, 2, always);
  add(L.QUESTION_WORDS, L.CAT_QWORD);
  add(L.REQUEST_WORDS, L.CAT_REQUEST);
  add(L.CHATTER_WORDS, L.CAT_CHATTER);
  add(L.ANGRY_WORDS, L.CAT_ANGRY);
  add(L.ANGRY_MILD_WORDS, L.CAT_ANGRY_MILD);
  add(L.ABUSE_WORDS, L.CAT_ABUSE);
  add(L.ABUSE_MILD_WORDS, L.CAT_ABUSE_MILD);
  add(L.AD_WORDS, L.CAT_ADS);
  add(L.CONTACT_WORDS, L.CAT_CONTACT);
  add(L.ORDER_WORDS, L.CAT_ORDER);
  add(L.SPAM_WORDS, L.CAT_SPAM);
  add(L.STATEMENT_WORDS, L.CAT_STATEMENT);
  add(L.OTHER_QUESTION_WORDS, L.CAT_OTHERQ);
  add(L.DEFECT_WORDS, L.CAT_DEFECT);
  add(cfg.allowList, L.CAT_ALLOW);
  add(L.NOT_ABUSE_WORDS, L.CAT_ALLOW);
  add(L.RHETORIC_WORDS, L.CAT_RHETORIC);
  for (const [t, i] of L.TYPE_PHRASES) add([t], i, 3);
  const regexRules: RegexRule[] = [];
  for (const b of cfg.blockedTerms) {
    if (b.kind === 'regex') {
      regexRules.push({ re: new RegExp(b.pattern, 'iu'), action: b.action, label: `/${b.pattern}/` });
    } else if (b.kind === 'wildcard' && /[*?]/.test(b.pattern)) {
      regexRules.push({ re: wildcardToRegex(fold(b.pattern)), action: b.action, label: b.pattern });
    } else {
      add([b.pattern], BLOCK_CAT[b.action]);
    }
  }
  const ac = new AhoCorasick(kws);
  const n = ac.keywords.length;
  const termLen = new Int32Array(n);
  const cat = new Int32Array(n);
  const weight = new Float64Array(n);
  const asciiStart = new Uint8Array(n);
  const asciiEnd = new Uint8Array(n);
  const custom = new Uint8Array(n);
  ac.keywords.forEach((k, i) => {
    custom[i] = customTerms.has(`${k.cat}|${k.term}`) ? 1 : 0;
    termLen[i] = k.term.length;
    cat[i] = k.cat;
    weight[i] = k.weight;
    asciiStart[i] = isLatin(k.term.charCodeAt(0)) ? 1 : 0;
    // Contact/ad cues are glued to the id in real ads ("vxabc123", "加Vlove888"): no end boundary for them.
    const glued = k.cat === L.CAT_CONTACT || k.cat === L.CAT_ADS;
    asciiEnd[i] = !glued && isLatin(k.term.charCodeAt(k.term.length - 1)) ? 1 : 0;
  });
  const s = cfg.sensitivity;
  return {
    ac,
    custom,
    termLen,
    cat,
    weight,
    asciiStart,
    asciiEnd,
    regexRules,
    sensitivity: s,
    floodWindowMs: cfg.flood.windowMs,
    floodMax: Math.max(2, cfg.flood.maxRepeats + (s === 'low' ? 1 : s === 'high' ? -1 : 0)),
    repeatMinLen: s === 'low' ? 16 : s === 'high' ? 8 : 10,
  };
}

// --- fixed regexes (compiled once) ---
const QMARK = /[?？]/;
const HAS_WORD = /[\p{L}\p{N}]/u;
const ANYWHERE_PARTICLE = /[吗嘛麽]|木有|莫得/;
const CLAUSE_END_PARTICLE =
  /(?:呢|么|否|没有?|不|没得|莫得|冇|莫)(?=[啊呀哈哦吖啦嘞咯喽喔哇捏噻撒呐嘛]*(?:[\s,，。.!！~～…、;；)）[?？@[]|\p{Extended_Pictographic}|$))/u;
/** A comment that is nothing but a purchase / price / size cue is a request: "链接", "lj", "价格", "尺码表". */
const BARE_REQUEST =
  /^(?:@?\S{0,6}?(?:主播|助播|宝子们?|姐妹们?|家人们|小姐姐|老板|亲)[\s,，:：]*)?(?:链接|连接|链结|lj|link|几号|价格|价钱|尺码表?|码数|size|price|运费|邮费|库存|颜色|色号|规格|用法|使用方法)(?:[呢嘞哈啊呀\s!！~～。.…]|\p{Extended_Pictographic}|\[[^\]]{1,6}\]|链接|lj|link|价格|价钱)*$/u;
/** "M码还有", "黑色还有" — a stock question without a particle. */
const STOCK_END = /[^我你他她们]还有(?:货|的)?(?:[\s!！~～。.…]|\p{Extended_Pictographic}|\[[^\]]{1,6}\])*$/u;
/** A hypothetical defect ("洗了会变形不", "容易起球吗") is a product question, not a complaint. */
const HYPOTHETICAL = /会|容易|怕|担心|是否|不会|易不易|防/;
/** "5号链接", "3号", "链接里": a reference to the item, not a purchase question by itself. */
const ITEM_REF = /\d+\s*号(?:链接)?|[一二三四五六七八九十]+号链接|链接\s*\d+|链接里|这个链接的?|link\s*\d+/;
const PURCHASE_INTENT =
  /求|上链接|发链接|给个?链接|哪个链接|几号链接|找不到|没找到|没看到|点不|打不开|拍不|买不|付不|怎么拍|怎么买|咋买|咋拍|怎么下单|还能拍|能拍|在哪|下单|付款|备注|车里|购物车|上架|限购/;
/** Insults typed with separators, stars or homophones: "s b", "傻*", "傻 逼", "煞 笔". */
/** "我(真)是个笨蛋…" / "I'm such an idiot": an insult aimed at oneself (round 5). */
const SELF_INSULT =
  /(?:^|[^你他她])(?:我|俺)(?:真|就|简直|也|真的|可真)?是?(?:个|一个)?(?:大|小)?(?:笨蛋|傻子|傻瓜|白痴|蠢货|蠢猪|憨憨|猪脑子|二货|傻帽|傻蛋)|\bi(?:'m| am)\s+(?:such\s+|so\s+)?(?:an?\s+)?(?:idiot|moron|dumbass|loser|stupid|dumb)\b/;
/** Three or more single characters in a row, spaced out ("尼 玛 死 了", "加 V 一 起"): typed to dodge filters. */
const SPACED_OUT = /(?:^|\s)\S\s+\S\s+\S(?=\s|$)/u;
/** The spaces between such single characters (removed before matching: "尼 玛 死 了" → "尼玛死了"). */
const SPACED_JOIN = /(?<=(?:^|\s)\S)\s+(?=\S(?:\s|$))/gu;

const ABUSE_RES: readonly (readonly [RegExp, string])[] = [
  // round 5: animal / excrement emoji aimed at a person, and the middle finger
  [
    /(?:🐶|🐷|🐖|💩|🤡|🐕)\s*(?:主播|助播|客服|东西|玩意|一样|似的)|(?:主播|助播|客服|你|楼上)(?:是|就是|真是|像)?(?:个|只|条|头)?\s*(?:🐶|🐷|🐖|💩|🤡|🐕)|🖕/u,
    'emoji insult',
  ],
  // round 5: a person called rubbish / waste ("主播就是个垃圾", "你真是个废物"), not 垃圾袋 / 垃圾分类
  [
    /(?:主播|助播|客服|场控|你|楼上|这人|这女的|这男的)(?:就|真|简直|纯纯|纯|根本)?(?:是)?(?:个|一个|一)?[^\p{L}\p{N}]{0,2}(?:垃圾|废物|人渣|败类|蠢货|饭桶)(?!袋|桶|分类|处理|篓|箱|堆|站|车|利用)/u,
    '垃圾人',
  ],
  [/(?:艹|操|草|cao)[^\p{L}\p{N}]{0,3}(?:你|尼|泥|ni\b|nm)/u, '操你'],
  [/(?<![a-z\d])s[\s.*·\-_,，。~]+b(?![a-z])/, 's b'],
  [/(?<![a-z\d])nc(?![a-z\d])/, 'nc'],
  [
    /(?<![a-z])b[*!1i]+tch|(?<![a-z])(?:you|u|ur|you're|youre)\s+(?:are\s+|r\s+)?(?:so\s+|such\s+an?\s+|an?\s+)?(?:ugly|dumb|stupid|idiot|loser|fat pig|pathetic|clown|moron)\b/,
    'insult (en)',
  ],
  [/(?<![a-z\d])f[\s.*_-]*(?:u[\s.*_-]*c?|c|\*+)[\s.*_-]*k(?![a-z])/, 'f*ck'],
  [/(?<![a-z\d])2b(?![a-z\d]|铅)/, '2b'],
  [/(?<![a-z])f\*{2,}(?![a-z])/, 'f***'],
  [
    /(?:傻|煞|沙|砂)[^\p{L}\p{N}]{0,3}(?:逼|比|笔|币|屄|b|x|×|叉|批|吊|屌|\*)|傻[^\p{L}\p{N}]{1,3}[a-z]?$/u,
    '傻*',
  ],
  [
    /(?:^|[^\p{Script=Han}]|你|快|赶紧|给我|都|就|边|楼上|楼下|妈|爷|孩|老头|老太|小子|丫头|主播|助播|客服|你们)滚(?:$|[^\p{L}\p{N}]|吧|蛋|开|出|犊|远|回|粗|下去|下台|啊|呀|滚|!)/u,
    '滚',
  ],
  [
    /(?:脑|恼)[^\p{L}\p{N}]{0,2}(?:残|瘫|c(?![a-z]))|智[^\p{L}\p{N}]{0,2}障|弱[^\p{L}\p{N}]{1,2}智|丑[^\p{L}\p{N}]{0,2}八[^\p{L}\p{N}]{0,2}怪|狗[^\p{L}\p{N}]{1,2}东[^\p{L}\p{N}]{0,2}西/u,
    '脑残/智障/丑八怪/狗东西',
  ],
  [/(?:垃[^\p{L}\p{N}]{0,2}圾|辣鸡|拉圾|lj)[^\p{L}\p{N}]{0,2}(?:主播|助播|主持)/u, '垃圾主播'],
  // round 3: insults about a person's looks or mind, and "爬" (get lost)
  [
    /(?:主播|助播|你|楼上)(?:真|好|太|也太|这么|那么|长得|长这么|长那么|的脸)?[^\p{L}\p{N}]{0,2}丑(?![橘萌])|长(?:得|这么|那么)[^\p{L}\p{N}]{0,2}丑(?![橘萌])|长(?:得)?(?:像|跟)(?:个|只|头)?(?:猴|猪|狗|鬼|癞蛤蟆|猩猩)|(?:像|跟)(?:个|根|块|头|只|条)(?:木头|猪|狗|傻子|猴子?)(?:一样|似的|$)|长(?:得|这么|那么)(?:真|好|太|也太|这么|那么)[^\p{L}\p{N}]{0,2}丑(?![橘萌])/u,
    '丑/像个猪',
  ],
  [
    /(?:^|[^\p{Script=Han}])(?:给(?:爷|老子|我|劳资)?)?爬(?:开|远点|远些|吧|啊)?(?:$|[^\p{L}\p{N}])|给(?:爷|老子|劳资)爬/u,
    '爬',
  ],
  [/(?:^|[^\p{L}\p{N}])(?:真|好|太)?蠢(?:死了|死|货|猪|蛋)?(?:$|[^\p{L}\p{N}])/u, '蠢'],
  [
    /恶心的(?:女人|男人|人|东西|玩意儿?|家伙|货|主播|助播)|算(?:个)?(?:什么|啥)(?:东西|玩意)/u,
    '恶心的人/算什么东西',
  ],
];
/** Contact cue written with a symbol inside ("微❤信", "薇.信", "v~x") or a store-search lead ("搜 cheapbags"). */
const CONTACT_SPLIT =
  /(?:[微薇威卫维徽危嶶溦]|v)[^\p{L}\p{N}]{1,3}(?:信|芯|星|x|亻)|(?:[微薇]|v)[:：]|企[^\p{L}\p{N}]{1,3}鹅|扣[^\p{L}\p{N}]{1,3}扣/u;
/** Digits written as keycap emoji (1️⃣ 8⃣): only typed to dodge the number filter. */
const KEYCAP = /\d\ufe0f?\u20e3/g;
/** Three or more groups of spelt-out digits ("零八六 幺三八 幺二三四"): a phone number in words. */
const CN_DIGIT_GROUPS =
  /(?:[〇零一幺二两三四五六七八九壹贰叁肆伍陆柒捌玖]{2,}[\s\-.·,，、]+){2,}[〇零一幺二两三四五六七八九壹贰叁肆伍陆柒捌玖]{2,}/;
/** "…全新未拆 私", "要的私": a bare 私 (DM me) closing an offer. */
const END_PRIVATE = /(?:^|[\s,，。!！])私(?:我|聊|信|戳)?[\s!！~～。]*$/;
const SEARCH_ID = /搜(?:索)?\s*[a-z][a-z0-9_]{3,}/;
/** "text 555-123-4567", "call me at +1 202…": an English-style phone lead. */
/** A mobile number with its middle masked by stars ("幺38 **** 6677", "150 ** 9999 ** 000"). */
const MASKED_PHONE = /(?:^|[^\d])(?:1|幺)\s*\d{2}[\s*]*\*{2,}[\s*]*\d{3,4}/;
const EN_PHONE =
  /\b(?:text|call|whatsapp|wa|tel|phone)\s*(?:me\s*)?(?:at\s*|on\s*)?:?\s*\+?\d[\d\s\-().]{6,}\d/;
const NEG_END_BAD_PREV = /[不也都我就可还并绝再别]/;
/** 好不好, 包邮不包, 能用不能: A-not-A, also with a two-character A cut short. */
const A_NOT_A = /(?<!不)([^\P{Script=Han}一])\p{Script=Han}?[不没]\1/u;
const BODY =
  /(?:^|[^\d])1[4-9]\d\s*(?:cm|厘米)?\s*(?:[/,，、 ]?\s*\d{2,3}\s*(?:斤|kg|公斤)|\/\s*\d{2,3}(?!\d))|身高|体重\d|\b[4-6]\s*(?:'|’|ft|foot)\s*\d{1,2}\b.{0,6}\d{2,3}\s*(?:lbs?|pounds|kg)/;
const A_OR_B = /[^，,。.!！\s]\s?还是\s?[^很挺太觉喜算不有没要会在\s]/;
const STATEMENT_RE = /(?:怎么|什么|哪里?|谁|多少)[^，,。.!！?？\s]{0,3}都/;
const EN_QUESTION =
  /(?:^|[^\sa-z']|\b(?:but|and|so|also|btw|hi|hey|hello|ok|okay|um|wait|sorry)\s)\s*(?:does|do|is|are|can|could|will|would|how|what|what's|whats|when|where|where's|wheres|which|who|why|should|did|has|have|any|anyone|is there|are there|may i|r u|r these|r those|r they|r the|hows|how's)\b(?!['’]t)/;
const URL =
  /https?:\/\/|www\.|\.(?:com|cn|net|top|xyz|cc|vip|shop|ly|ee)\b|t\s*\.\s*cn\s*\/|(?:点|dot)\s*(?:com|cn|net)\b/;
const PHONE = /(?:^|[^\d])1[3-9]\d{9}(?:[^\d]|$)/;
const CONTACT_ID =
  /[a-z_][a-z0-9_-]*\d[a-z0-9_-]*|[a-z0-9_-]*\d{5,}|[:：]\s*@?[a-z][a-z0-9_-]{4,}|@[a-z][a-z0-9_]{3,}/;
const USED_RE = /了|严重|就|太|有股|穿着|用着|戴着|很|正常吗|正常不|怎么回事|咋回事|怎么办|咋办|是坏|收到/;
/** "拍了三天", "下单好几天": the viewer's own order. */
const ORDER_AGE =
  /(?:拍|下单|买|付款|付)了?[一二三四五六七八九十两几好\d]+(?:个)?(?:天|周|星期|礼拜|月)|[一二三四五六七八九十两几好\d]+(?:天|周|个?星期|个?礼拜)了?(?:都|还)?(?:没|不)|ordered \d+ days|\d+ days ago/;
/** The viewer's own order is stuck ("我拍的还没发货", "拍了五天了还没发"): a request to look into it. */
const ORDER_STUCK =
  /还没发|还没到|没发货|还不发|没收到|一直没动|一直不动|还不动|不动了|没更新|派送中|没物流|没有物流/;
/** Whose parcel: the viewer's own ("我拍的", "拍了", "我的物流"), not a general "还没到货 期待". */
const OWN_ORDER = /我的|我拍|我买|我那|我下|拍了|买了|下单|订单|单子|物流|快递|包裹/;
/** A 淘口令 share code between currency signs ("¥aBc123¥"): an off-platform lead. */
const SHARE_CODE = /[¥￥₤£€$][a-z0-9]{5,}[¥￥₤£€$]/;
/** "视频号搜 好物姐", "快手搜我": search for me on another platform. */
const PLATFORM_SEARCH = /(?:抖音|快手|视频号|小红书|小红薯|小绿书|b站|微博|公众号|闲鱼|咸鱼|vx|wx)\s*搜/;
/** "加个绿泡泡", "加下v": add me on a contact channel, no id needed. */
const ADD_CONTACT = /加(?:个|一下|下)\s*(?:绿泡泡|小绿泡|v|微|薇|威|q|扣|企鹅|🐧|好友)/;
/** "我买的是大果 收到的是小果": what arrived is not what was ordered. */
const MISMATCH =
  /(?:买|拍|要|订|下单)的(?:是|明明是).{1,10}(?:收到|发来|寄来|到手|发给我)的(?:是|却是|竟然是|都是|全是)/;
/** "…是坏的吧", "…用过的吧": a complaint asking for confirmation. */
const CONFIRM_END = /[的了]吧(?:[\s,，。!！~～]|$)/;
/** A scam accusation: a statement carrying one is a complaint ("骗子 收钱不发货"). */
const SCAM = /骗子|骗人|骗钱|被骗|骗局|scam|thieves|fraud/;
/** "299还是199": a choice between two prices. */
const PRICE_CHOICE = /\d{2,}(?:元|块)?\s*还是\s*\d{2,}/;
/** Done actions: a weak request cue in them is a report, not a request ("已经申请退货了"). */
const DONE_RE = /已经?(?:申请|退|寄|换|提交|收到|拍|下单|付款)/;
/** Seven spelt-out digits in a row: nobody writes a number that way except to dodge the contact filter. */
const CN_DIGIT_RUN = /[〇零一幺二两三四五六七八九壹贰叁肆伍陆柒捌玖]{7,}/;
/** "多少", "到手多少" with nothing else: the price. */
const BARE_PRICE =
  /多钱|几块|(?:^|到手|一共|总共|总价|合计|现在|今天|这个|这款|[单一两二三四五六七八九十\d]+[件个斤箱盒套瓶支袋包罐只条双本])多少(?![寸升率级瓦毫天个件斤克码号岁度米人平分])/;
const JI_LETTER = /几[a-z](?![a-z])/;
const EXCLAIM3 = /[!！]{3,}|[?？]{3,}/;
const EXCLAIM2 = /[!！]{2,}|[?？]{2,}/;

function repeatedUnit(s: string, minLen: number): boolean {
  // Count characters (code points), not UTF-16 units: five emoji are five, not ten.
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const ch = s.charCodeAt(i);
    if (ch !== 0x20 && (ch < 0xdc00 || ch > 0xdfff)) n++;
  }
  if (n < minLen) return false;
  const t = s.replace(/\s+/g, '');
  for (let p = 1; p <= 12 && p * 5 <= t.length * 2; p++) {
    let ok = true;
    for (let i = p; i < t.length; i++) {
      if (t.charCodeAt(i) !== t.charCodeAt(i - p)) {
        ok = false;
        break;
      }
    }
    if (ok) return true;
  }
  return false;
}

interface FloodEntry {
  texts: string[];
  ts: number[];
  next: number;
}
const FLOOD_SLOTS = 8;
const FLOOD_USERS = 5000;

export function createClassifier(
  cfg: ClassifierConfig = DEFAULT_CLASSIFIER_CONFIG,
  opts: ClassifierOptions = {},
): Classifier {
  let c = compile(cfg);
  const model = opts.model === undefined ? loadDefaultModel() : opts.model;
  const trace = opts.trace;
  // Model state reused across calls (no per-comment allocation besides the result).
  const rd = newRuleDecision();
  const ng = new Int32Array(4096);
  const rf = new Int32Array(RULE_FEATURES);
  const z = new Float64Array(NCOLS);
  const out = new Int32Array(4);
  // Set by the rules for the model step.
  let rText = '';
  let rWeak = false;
  let rModFixed = false;
  let rGated = false;
  let allowHitCount = 0;
  let customTypeHits = 0;
  const flood = new Map<string, FloodEntry>();

  // Scan state reused across calls: no per-comment allocation for hits.
  let hitId = new Int32Array(128);
  let hitEnd = new Int32Array(128);
  let hitCount = 0;
  let rhetHits = 0;
  const score = new Float64Array(L.CAT_COUNT);
  const first = new Int32Array(L.CAT_COUNT);
  const lastEnd = new Int32Array(L.CAT_COUNT);
  const lastW = new Float64Array(L.CAT_COUNT);
  const onHit = (id: number, end: number) => {
    if (hitCount === hitId.length) {
      const a = new Int32Array(hitId.length * 2);
      a.set(hitId);
      hitId = a;
      const b = new Int32Array(hitEnd.length * 2);
      b.set(hitEnd);
      hitEnd = b;
    }
    hitId[hitCount] = id;
    hitEnd[hitCount] = end;
    hitCount++;
  };

  function scan(text: string): void {
    hitCount = 0;
    score.fill(0);
    first.fill(-1);
    lastEnd.fill(-1);
    c.ac.scan(text, onHit);
    // Allow-list spans mask moderation hits that lie inside them ("微信支付" is not a contact ad).
    let allowHits = 0;
    rhetHits = 0;
    customTypeHits = 0;
    for (let h = 0; h < hitCount; h++) {
      const k = c.cat[hitId[h]];
      if (k === L.CAT_ALLOW) allowHits++;
      else if (k === L.CAT_RHETORIC) rhetHits++;
    }
    for (let h = 0; h < hitCount; h++) {
      const id = hitId[h];
      const end = hitEnd[h];
      const start = end - c.termLen[id];
      const cat = c.cat[id];
      if (cat === L.CAT_ALLOW) continue;
      // ASCII words match on word boundaries ("sb" not in "usb"); a plural "s" is allowed.
      if (c.asciiStart[id] && start > 0 && isLatin(text.charCodeAt(start - 1))) continue;
      if (c.asciiEnd[id] && end < text.length && isLatin(text.charCodeAt(end))) {
        const nx = text.charCodeAt(end);
        if (!(nx === 0x73 && (end + 1 >= text.length || !isLatin(text.charCodeAt(end + 1))))) continue;
      }
      if (allowHits > 0 && MODERATION_CAT[cat] === 1 && insideAllow(start, end)) continue;
      // Question cues inside a rhetorical phrase do not count ("怎么这么好看", "这还用问吗").
      if (
        rhetHits > 0 &&
        (QUESTION_CAT[cat] === 1 || cat < 6 || cat === L.CAT_DEFECT) &&
        insideCat(start, end, L.CAT_RHETORIC)
      )
        continue;
      // Overlapping keywords of one category count once, at the stronger weight
      // ("什么时候到" also contains "时候到").
      const w = c.weight[id];
      if (lastEnd[cat] > start) {
        if (w > lastW[cat]) {
          score[cat] += w - lastW[cat];
          lastW[cat] = w;
        }
        if (end > lastEnd[cat]) lastEnd[cat] = end;
      } else {
        score[cat] += w;
        lastW[cat] = w;
        lastEnd[cat] = end;
      }
      if (first[cat] < 0 || c.termLen[id] > c.termLen[first[cat]]) first[cat] = id;
      if (cat < 6 && c.custom[id] === 1) customTypeHits++;
    }
    allowHitCount = allowHits;
  }

  function insideAllow(start: number, end: number): boolean {
    return insideCat(start, end, L.CAT_ALLOW);
  }

  /** The text with rhetorical spans blanked, for the question regexes. */
  function withoutRhetoric(text: string): string {
    let t = text;
    for (let h = 0; h < hitCount; h++) {
      const id = hitId[h];
      if (c.cat[id] !== L.CAT_RHETORIC) continue;
      const e = hitEnd[h];
      const s0 = e - c.termLen[id];
      // A Latin phrase is blanked with letters so "how cute is this" does not start an English question.
      t = t.slice(0, s0) + (isLatin(t.charCodeAt(s0)) ? 'x' : ' ').repeat(e - s0) + t.slice(e);
    }
    return t;
  }

  function insideCat(start: number, end: number, cat: number): boolean {
    for (let h = 0; h < hitCount; h++) {
      const id = hitId[h];
      if (c.cat[id] !== cat) continue;
      const e = hitEnd[h];
      if (start >= e - c.termLen[id] && end <= e) return true;
      // Overlap also counts: "v领" masks the "v" of a contact cue that starts inside it.
      if (start < e && end > e - c.termLen[id]) return true;
    }
    return false;
  }

  function allowCovers(idx: number, len: number): boolean {
    return insideAllow(idx, idx + len);
  }

  // A score can also come from a rule (defect after use, "买的是A 收到的是B") with no keyword of that category.
  const term = (cat: number) => (first[cat] >= 0 ? c.ac.keywords[first[cat]].term : '规则 rule');

  function floodCount(userId: string, key: string, ts: number | undefined): number {
    let e = flood.get(userId);
    if (e) {
      flood.delete(userId); // re-insert: Map order doubles as LRU order
    } else {
      e = {
        texts: new Array<string>(FLOOD_SLOTS).fill(''),
        ts: new Array<number>(FLOOD_SLOTS).fill(0),
        next: 0,
      };
      if (flood.size >= FLOOD_USERS) flood.delete(flood.keys().next().value as string);
    }
    flood.set(userId, e);
    const now = ts ?? 0;
    let n = 1;
    for (let i = 0; i < FLOOD_SLOTS; i++) {
      if (e.texts[i] === key && (ts === undefined || now - e.ts[i] <= c.floodWindowMs)) n++;
    }
    e.texts[e.next] = key;
    e.ts[e.next] = now;
    e.next = (e.next + 1) % FLOOD_SLOTS;
    return n;
  }

  /** The only insult is the viewer calling themself one ("我真是个笨蛋 又拍错了", "I'm such an idiot"). */
  function selfInsult(text: string): boolean {
    const m = SELF_INSULT.exec(text);
    if (!m) return false;
    const at = text.indexOf(term(L.CAT_ABUSE));
    return at >= m.index && lastEnd[L.CAT_ABUSE] <= m.index + m[0].length;
  }

  function rules(input: ClassifyInput): Classification {
    const raw = input.text ?? '';
    let text = fold(raw).trim();
    if (SPACED_OUT.test(text)) text = text.replace(SPACED_JOIN, '');
    const reasons: string[] = [];
    scan(text);
    const high = c.sensitivity === 'high';
    rText = text;
    rModFixed = false;
    rGated = !high && score[L.CAT_ABUSE_MILD] > 0;

    // ---- moderation ----
    let moderation: Moderation = 'ok';
    for (const r of c.regexRules) {
      const m = r.re.exec(text);
      if (m && !allowCovers(m.index, m[0].length)) {
        moderation = r.action;
        rModFixed = true;
        reasons.push(`屏蔽词 blocked ${r.action}: ${r.label}`);
        break;
      }
    }
    if (moderation === 'ok') {
      for (const [cat, action] of [
        [L.CAT_BLOCK_ADS, 'ads'],
        [L.CAT_BLOCK_ABUSE, 'abuse'],
        [L.CAT_BLOCK_SPAM, 'spam'],
      ] as const) {
        if (score[cat] > 0) {
          moderation = action;
          rModFixed = true;
          reasons.push(`屏蔽词 blocked ${action}: 「${term(cat)}」`);
          break;
        }
      }
    }
    if (moderation === 'ok') {
      if (score[L.CAT_ADS] > 0) {
        moderation = 'ads';
        reasons.push(`引流广告 ads: 「${term(L.CAT_ADS)}」`);
      } else if (
        URL.test(text) ||
        SHARE_CODE.test(text) ||
        PLATFORM_SEARCH.test(text) ||
        ADD_CONTACT.test(text)
      ) {
        moderation = 'ads';
        reasons.push('引流广告 ads: 链接 URL');
      } else {
        // Each number test needs a minimum of digit-like characters (PHONE 11, CN_DIGIT_RUN 7, CN_DIGIT_GROUPS
        // 6, four keycaps 4): count them once and skip what cannot match.
        const dl = digitLikeCount(text);
        const digits = dl >= 11 ? digitSkeleton(text) : '';
        if (dl >= 7 && (PHONE.test(digits) || CN_DIGIT_RUN.test(text)) && !/订单|单号|order/.test(text)) {
          moderation = 'ads';
          reasons.push(
            PHONE.test(digits)
              ? '引流广告 ads: 手机号 phone number'
              : '引流广告 ads: 汉字写的号码 number spelt in words',
          );
        } else if (dl >= 4 && ((text.match(KEYCAP)?.length ?? 0) >= 4 || CN_DIGIT_GROUPS.test(text))) {
          moderation = 'ads';
          reasons.push('引流广告 ads: 伪装的号码 disguised number (emoji / 汉字)');
        } else if (END_PRIVATE.test(text)) {
          moderation = 'ads';
          reasons.push('引流广告 ads: 「私」私信引流 DM lead');
        } else if (EN_PHONE.test(text) || MASKED_PHONE.test(text)) {
          moderation = 'ads';
          reasons.push('引流广告 ads: 电话 phone number');
        } else if (SEARCH_ID.test(text)) {
          moderation = 'ads';
          reasons.push(`引流广告 ads: 「${SEARCH_ID.exec(text)![0]}」站外搜索 search lead`);
        } else if (score[L.CAT_CONTACT] > 0 || CONTACT_SPLIT.test(text)) {
          const split = score[L.CAT_CONTACT] > 0 ? null : CONTACT_SPLIT.exec(text)!;
          const cue = split ? split[0] : term(L.CAT_CONTACT);
          const after = text.slice((split ? split.index : text.indexOf(cue)) + cue.length);
          if (CONTACT_ID.test(after) || /\d{5,}/.test(digitSkeleton(after))) {
            moderation = 'ads';
            reasons.push(`引流广告 ads: 「${cue}」+ 账号 id`);
          } else if (!high) {
            rGated = true;
          } else {
            moderation = 'ads';
            reasons.push(`引流广告 ads: 「${cue}」(高敏感度 high sensitivity)`);
          }
        }
      }
    }
    if (moderation === 'ok') {
      if (score[L.CAT_ABUSE] > 0 && !selfInsult(text)) {
        moderation = 'abuse';
        reasons.push(`辱骂 abuse: 「${term(L.CAT_ABUSE)}」`);
      } else if (score[L.CAT_ABUSE] === 0) {
        for (const [re, label] of ABUSE_RES) {
          const m = re.exec(text);
          if (m && !allowCovers(m.index, m[0].length)) {
            moderation = 'abuse';
            reasons.push(`辱骂 abuse: 「${label}」变体 variant「${m[0].trim()}」`);
            break;
          }
        }
        if (moderation === 'ok' && high && score[L.CAT_ABUSE_MILD] > 0) {
          moderation = 'abuse';
          reasons.push(`辱骂 abuse: 「${term(L.CAT_ABUSE_MILD)}」(高敏感度 high sensitivity)`);
        }
      }
    }

    // ---- question ----
    let isQuestion = false;
    let weakOnly = false;
    // Question regexes see the text with rhetorical spans blanked ("这还用问吗 必须买" has no question left).
    const qt = rhetHits > 0 ? withoutRhetoric(text) : text;
    const statement = score[L.CAT_STATEMENT] > 0 || STATEMENT_RE.test(qt);
    if (QMARK.test(qt) && HAS_WORD.test(qt)) {
      isQuestion = true;
      reasons.push('问句 question: 问号 ?');
    } else if (ANYWHERE_PARTICLE.test(qt)) {
      isQuestion = true;
      reasons.push(`问句 question: 语气词「${ANYWHERE_PARTICLE.exec(qt)![0]}」`);
    } else if (A_NOT_A.test(qt)) {
      isQuestion = true;
      reasons.push(`问句 question: 正反问「${A_NOT_A.exec(qt)![0]}」`);
    } else if (score[L.CAT_QWORD] > 0 && !statement) {
      isQuestion = true;
      reasons.push(`问句 question: 疑问词「${term(L.CAT_QWORD)}」`);
    } else if (JI_LETTER.test(qt)) {
      isQuestion = true;
      reasons.push(`问句 question: 疑问词「${JI_LETTER.exec(qt)![0]}」`);
    } else if (A_OR_B.test(qt) && !statement) {
      isQuestion = true;
      reasons.push('问句 question: 选择问「还是」');
    } else if (EN_QUESTION.test(qt)) {
      isQuestion = true;
      reasons.push(`问句 question: 英文疑问开头 "${EN_QUESTION.exec(qt)![0].replace(/^[^a-z]+/, '')}"`);
    } else if (BARE_REQUEST.test(qt)) {
      isQuestion = true;
      reasons.push('问句 question: 单独的求购词 bare request (链接 / 价格 / 尺码)');
    } else if (BODY.test(text)) {
      isQuestion = true;
      reasons.push('问句 question: 身高体重 (求尺码推荐 size advice)');
    } else if (score[L.CAT_REQUEST] > 0) {
      isQuestion = true;
      weakOnly = true;
      reasons.push(`问句 question: 请求「${term(L.CAT_REQUEST)}」`);
    } else {
      const m = CLAUSE_END_PARTICLE.exec(qt);
      // "一个都没有" / "也没有" is "none at all", not "have you got …?".
      const prev = m && m.index >= 1 ? qt[m.index - 1] : '';
      if (
        m &&
        m.index >= 1 &&
        !(m[0] === '不' && NEG_END_BAD_PREV.test(prev)) &&
        !(m[0][0] === '没' && /[都也]/.test(prev)) &&
        !(m[0] === '呢' && prev === '着')
      ) {
        isQuestion = true;
        weakOnly = true;
        reasons.push(`问句 question: 句末「${m[0]}」`);
      } else if (STOCK_END.test(qt)) {
        isQuestion = true;
        weakOnly = true;
        reasons.push('问句 question: 句末「还有」 stock');
      }
    }
    // A stuck parcel of the viewer's own order asks "where is it"; a refund or exchange report stays a statement.
    if (!isQuestion && score[4] === 0 && ORDER_STUCK.test(qt) && (OWN_ORDER.test(qt) || ORDER_AGE.test(qt))) {
      isQuestion = true;
      reasons.push(`问句 question: 个人订单未到「${ORDER_STUCK.exec(qt)![0]}」order stuck`);
    }
    if (!isQuestion && score[5] > 0 && CONFIRM_END.test(qt)) {
      isQuestion = true;
      weakOnly = true;
      reasons.push('问句 question: 句末「…的吧」求证 asking to confirm');
    }
    if (isQuestion && weakOnly && score[L.CAT_REQUEST] > 0 && DONE_RE.test(qt)) {
      isQuestion = false;
      reasons.push(`陈述 statement: 「${DONE_RE.exec(qt)![0]}」`);
    }
    if (isQuestion && weakOnly && score[L.CAT_CHATTER] > 0 && score[L.CAT_CHATTER] >= score[L.CAT_REQUEST]) {
      isQuestion = false;
      reasons.push(`闲聊 chatter: 「${term(L.CAT_CHATTER)}」`);
    }

    // ---- type ----
    if (score[L.CAT_DEFECT] > 0) {
      // After use ("洗了就掉色", "起球了") it is a complaint; asked generically ("会起球吗") a product question.
      const used = (score[L.CAT_ORDER] > 0 || USED_RE.test(text)) && !(isQuestion && HYPOTHETICAL.test(text));
      score[used ? 5 : 0] += used ? 2 : 1;
    }
    // "5号链接多少钱": the link number names the item; the question is about its price.
    if (score[2] > 0 && ITEM_REF.test(text) && !PURCHASE_INTENT.test(text)) {
      for (const i of [0, 1, 3, 4, 5]) {
        if (score[i] > 0) {
          score[2] = 0;
          break;
        }
      }
    }
    if (PRICE_CHOICE.test(text)) score[1] += 2;
    if (MISMATCH.test(text)) score[5] += 3;
    let best = -1;
    let bestScore = 0;
    for (const i of TYPE_PRIORITY) {
      if (score[i] > bestScore) {
        bestScore = score[i];
        best = i;
      }
    }
    let type: QuestionType = best >= 0 ? TOPIC_TYPES[best] : 'other';
    let typeReason = best >= 0 && first[best] >= 0 ? `类型 type ${type}: 「${term(best)}」` : '';
    if (BODY.test(text) && (best < 0 || best === 1)) {
      type = 'product';
      typeReason = '类型 type product: 身高体重 body size';
    } else if (
      score[L.CAT_OTHERQ] > 0 &&
      (score[L.CAT_OTHERQ] > bestScore || (score[L.CAT_OTHERQ] === bestScore && best !== 0))
    ) {
      type = 'other';
      typeReason = `类型 type other: 「${term(L.CAT_OTHERQ)}」`;
    } else if (best < 0 && (score[L.CAT_ANGRY] > 0 || (isQuestion && score[L.CAT_ANGRY_MILD] > 0))) {
      type = 'complaint';
      typeReason = `类型 type complaint: 不满「${term(score[L.CAT_ANGRY] > 0 ? L.CAT_ANGRY : L.CAT_ANGRY_MILD)}」`;
    } else if (best < 0 && isQuestion && score[L.CAT_ORDER] > 0) {
      type = 'after_sales';
      typeReason = `类型 type after_sales: 订单相关「${term(L.CAT_ORDER)}」`;
    } else if (best < 0 && isQuestion) {
      // In a shopping room a question on no known topic is about the goods, unless it is about the show.
      if (score[L.CAT_OTHERQ] > 0) {
        typeReason = `类型 type other: 「${term(L.CAT_OTHERQ)}」`;
      } else {
        const priceQ = BARE_PRICE.exec(text);
        type = priceQ ? 'price' : 'product';
        typeReason = priceQ
          ? `类型 type price: 「${priceQ[0]}」`
          : '类型 type product: 默认商品咨询 default (no other topic)';
      }
    } else if (best < 0 && (score[L.CAT_ANGRY] > 0 || score[L.CAT_ANGRY_MILD] > 0)) {
      type = 'complaint';
      typeReason = `类型 type complaint: 不满「${term(score[L.CAT_ANGRY] > 0 ? L.CAT_ANGRY : L.CAT_ANGRY_MILD)}」`;
    }
    // A statement is not a product / price question: a complaint word in it makes it a complaint.
    if (!isQuestion && type !== 'complaint' && type !== 'after_sales') {
      if (score[5] > 0 && type !== 'other') {
        type = 'complaint';
        typeReason = `类型 type complaint: 「${term(5)}」`;
      } else if (SCAM.test(text)) {
        type = 'complaint';
        typeReason = `类型 type complaint: 「${SCAM.exec(text)![0]}」骗 scam`;
      }
    }
    if (!isQuestion && type !== 'complaint' && type !== 'after_sales') type = 'other';
    if (moderation !== 'ok') type = 'other';
    if (type !== 'other' && typeReason) reasons.push(typeReason);

    // ---- angry ----
    let angry = false;
    if (score[L.CAT_ANGRY] > 0) {
      angry = true;
      reasons.push(`情绪 angry: 「${term(L.CAT_ANGRY)}」`);
    } else if (score[L.CAT_ANGRY_MILD] > 0 && (high || type === 'complaint')) {
      angry = true;
      reasons.push(`情绪 angry: 「${term(L.CAT_ANGRY_MILD)}」`);
    } else if (
      (high ? EXCLAIM2 : EXCLAIM3).test(text) &&
      (best === 5 || best === 4 || best === 3 || type === 'complaint' || score[L.CAT_ORDER] > 0)
    ) {
      angry = true;
      reasons.push('情绪 angry: 连续感叹/问号 !!!');
    }
    // An ad or a flood is not a dissatisfied viewer, whatever words it borrows ("大家别买 某宝搜同款").
    if (angry && (moderation === 'ads' || moderation === 'spam')) angry = false;

    // ---- spam (after question: a repeated question gets more slack) ----
    if (moderation === 'ok') {
      if (score[L.CAT_SPAM] > 0) {
        moderation = 'spam';
        reasons.push(`刷屏 spam: 「${term(L.CAT_SPAM)}」`);
      } else if (repeatedUnit(text, c.repeatMinLen)) {
        moderation = 'spam';
        reasons.push('刷屏 spam: 重复字符 repeated characters');
      } else if (input.userId !== undefined && input.userId !== '') {
        const key = compact(text) || text;
        const n = floodCount(input.userId, key, input.ts);
        const limit = isQuestion ? c.floodMax * 2 : c.floodMax;
        if (n >= limit) {
          moderation = 'spam';
          rModFixed = true;
          reasons.push(`刷屏 spam: 同一观众重复 ${n} 次 same viewer repeated ${n}×`);
        }
      }
    }
    if (moderation !== 'ok') {
      isQuestion = false;
      type = 'other';
    }
    rWeak = weakOnly;

    // ---- complexity ----
    let complexity: Complexity = 'simple';
    if (type === 'after_sales' || type === 'complaint') {
      complexity = 'complex';
      reasons.push(`复杂 complex: ${type === 'complaint' ? '投诉 complaint' : '售后 after-sales'}`);
    } else if (isQuestion && score[L.CAT_ORDER] > 0 && !(type === 'product' && HYPOTHETICAL.test(text))) {
      complexity = 'complex';
      reasons.push(`复杂 complex: 个人订单 order-specific「${term(L.CAT_ORDER)}」`);
    } else if (isQuestion && ORDER_AGE.test(text)) {
      complexity = 'complex';
      reasons.push(`复杂 complex: 个人订单 order-specific「${ORDER_AGE.exec(text)![0]}」`);
    } else if (isQuestion && angry) {
      complexity = 'complex';
      reasons.push('复杂 complex: 情绪 angry viewer');
    }
    if (moderation === 'ok' && !isQuestion && reasons.length === 0)
      reasons.push('闲聊 chatter: 无问句特征 no question cue');
    return { isQuestion, type, complexity, moderation, angry, reasons };
  }

  function complexityOf(type: QuestionType, isQuestion: boolean, angry: boolean): Complexity {
    if (type === 'after_sales' || type === 'complaint') return 'complex';
    if (!isQuestion) return 'simple';
    if (score[L.CAT_ORDER] > 0 && !(type === 'product' && HYPOTHETICAL.test(rText))) return 'complex';
    return ORDER_AGE.test(rText) || angry ? 'complex' : 'simple';
  }

  /** Rules first; then the learned model may overrule them where the combination policy lets it. */
  function classify(input: ClassifyInput): Classification {
    const r = rules(input);
    if (!model && !trace) return r;
    rd.q = r.isQuestion ? 1 : 0;
    rd.weak = rWeak ? 1 : 0;
    rd.type = TYPE_LABELS.indexOf(r.type as (typeof TYPE_LABELS)[number]);
    rd.mod = MOD_LABELS.indexOf(r.moderation);
    rd.angry = r.angry ? 1 : 0;
    rd.modFixed = rModFixed ? 1 : 0;
    rd.allow = allowHitCount > 0 ? 1 : 0;
    rd.gated = rGated ? 1 : 0;
    rd.customType = customTypeHits > 0 ? 1 : 0;
    rd.sens = c.sensitivity === 'high' ? 1 : c.sensitivity === 'low' ? -1 : 0;
    if (trace) trace(rd, score, rText);
    if (!model) return r;
    const nNg = ngramFeatures(rText, model.bits, model.ngramMax, ng);
    const nRf = ruleFeatures(rd, score, rf);
    scoreInto(model, ng, nNg, rf, nRf, z);
    toProbs(z);
    combine(rd, z, model.policy, out);
    const isQuestion = out[OUT_Q] === 1;
    const type = TYPE_LABELS[out[OUT_TYPE]] as QuestionType;
    const moderation = MOD_LABELS[out[OUT_MOD]] as Moderation;
    const angry = out[OUT_ANGRY] === 1;
    const reasons = r.reasons;
    const modP = z[COL_MOD + out[OUT_MOD]];
    const typeP = z[COL_TYPE + out[OUT_TYPE]];
    const qP = z[COL_Q];
    // What the model itself thinks (its most likely class per head), whether or not it decided anything.
    let mb = 0;
    for (let i = 1; i < 4; i++) if (z[COL_MOD + i] > z[COL_MOD + mb]) mb = i;
    let tb = 0;
    for (let i = 1; i < 7; i++) if (z[COL_TYPE + i] > z[COL_TYPE + tb]) tb = i;
    reasons.push(
      `模型 model: ${MOD_ZH[MOD_LABELS[mb]]} ${pct(z[COL_MOD + mb])} · 问句 question ${pct(qP)} · type ${TYPE_LABELS[tb]} ${pct(z[COL_TYPE + tb])} · angry ${pct(z[COL_ANGRY])}`,
    );
    if (isQuestion === r.isQuestion && type === r.type && moderation === r.moderation && angry === r.angry)
      return r;
    // The model overruled a rule: say so, and drop the overruled rule reasons.
    const drop = (prefix: string) => {
      for (let i = reasons.length - 1; i >= 0; i--) if (reasons[i].startsWith(prefix)) reasons.splice(i, 1);
    };
    if (moderation !== r.moderation) {
      if (r.moderation !== 'ok') drop(MOD_ZH[r.moderation].split(' ')[0]);
      else {
        // flagged by the model: the rules' question / chatter reasons no longer apply
        drop('问句');
        drop('闲聊');
      }
      reasons.push(
        moderation === 'ok'
          ? `模型 model: 正常 ok ${pct(modP)} (规则 rule ${r.moderation} 被否决 overruled)`
          : `${MOD_ZH[moderation]}: 模型 model ${pct(modP)}`,
      );
    }
    if (isQuestion !== r.isQuestion && moderation === 'ok') {
      if (isQuestion) reasons.push(`问句 question: 模型 model ${pct(qP)}`);
      else {
        drop('问句');
        reasons.push(`陈述 statement: 模型 model ${pct(1 - qP)}`);
      }
    }
    if (type !== r.type) {
      drop('类型');
      if (type !== 'other') reasons.push(`类型 type ${type}: 模型 model ${pct(typeP)}`);
    }
    if (angry !== r.angry) {
      if (angry) reasons.push(`情绪 angry: 模型 model ${pct(z[COL_ANGRY])}`);
      else {
        drop('情绪');
        reasons.push(`模型 model: 不生气 not angry ${pct(1 - z[COL_ANGRY])}`);
      }
    }
    const complexity = complexityOf(type, isQuestion, angry);
    if (complexity !== r.complexity) {
      drop('复杂');
      if (complexity === 'complex') reasons.push(`复杂 complex: ${type}`);
    }
    return { isQuestion, type, complexity, moderation, angry, reasons };
  }

  return {
    classify,
    setConfig(cfg2: ClassifierConfig) {
      c = compile(cfg2);
    },
    questionKey,
  };
}

const FILLERS =
  /请问|问一下|问下|想问|主播|宝宝们?|姐姐|小姐姐|家人们|亲亲?|那个|这个|这款|一下|还有没有|有没有|有木有|还|吗|呢|啊|呀|哦|吧|嘛|么|了|的|please|pls|hi|hello/g;

/** Order-free key: 'M码有吗' ≈ 'm码还有吗？' ≈ '有没有M码' → "product|m有码" (characters sorted). */
export function questionKey(text: string, type: string): string {
  const t = compact(fold(text));
  const core = t
    .replace(/([smlx]{1,4}|\d{2,3})(?:号|码数|码)/g, '$1码')
    .replace(FILLERS, '')
    .replace(/有/g, '');
  const basis = core || t;
  return `${type}|${Array.from(basis).sort().join('')}`;
}
