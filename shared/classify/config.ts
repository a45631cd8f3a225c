// The team-editable classifier settings: type, defaults and validation (stored in SQLite by others).
import { z } from 'zod';
import type { QuestionType } from '../model';
import { words } from './words';

export type Sensitivity = 'low' | 'normal' | 'high';
export type TopicType = Exclude<QuestionType, 'other'>;
export type BlockedKind = 'plain' | 'wildcard' | 'regex';
export type BlockedAction = 'spam' | 'ads' | 'abuse';

export interface BlockedTerm {
  /** plain: substring (case/width-insensitive); wildcard: `*` any run, `?` one character; regex: JS RegExp source. */
  kind: BlockedKind;
  pattern: string;
  /** What a hit means; default abuse. */
  action: BlockedAction;
}

export interface ClassifierConfig {
  sensitivity: Sensitivity;
  /** This room's / show's words: they mark a comment as being about the product or the promotion. */
  lexicons: {
    products: string[];
    sizes: string[];
    colours: string[];
    promotions: string[];
  };
  /** Keywords per question type (the defaults are the built-in lists; the team edits them). */
  typeKeywords: Record<TopicType, string[]>;
  blockedTerms: BlockedTerm[];
  /** Terms never treated as ads/abuse/blocked (e.g. "微信支付", "V领", a brand that looks like a slur). */
  allowList: string[];
  flood: {
    /** Same viewer, same text, within this window counts as repetition. */
    windowMs: number;
    /** Repeats (including the first) at which a comment becomes spam, at sensitivity "normal". */
    maxRepeats: number;
  };
}

export const SENSITIVITIES: readonly Sensitivity[] = ['low', 'normal', 'high'];
export const TOPIC_TYPES: readonly TopicType[] = [
  'product',
  'price',
  'purchase',
  'shipping',
  'after_sales',
  'complaint',
];

/** Default keyword lists per type. Chinese first, then English. Suffix/affix matching is substring. */
export const DEFAULT_TYPE_KEYWORDS: Record<TopicType, string[]> = {
  product: words(`
尺码|码数|几码|什么码|哪个码|多大码|均码|尺寸|大小|偏大|偏小|正码|码偏|穿多大|穿什么|穿哪|能穿|可以穿|身高|体重|斤|腰围|胸围|肩宽|衣长
裤长|长度|多长|多高|多宽|多重|颜色|色号|什么色|哪个色|配色|材质|面料|成分|含棉|纯棉|棉的|真丝|羊毛|羊绒|涤纶|厚不厚|厚吗|薄吗|透不透
透吗|起不起球|起球吗|掉不掉色|掉色吗|缩水吗|缩不缩水|弹力|有弹性|版型|修身|显胖|显瘦|显黑|显白|机洗|手洗|内衬|加绒|真皮|冷不冷|暖和|保暖
大码|小码|色的|宽松|适合|推荐|有货|还有货|现货吗|库存|补货|断码|还有吗|型号|款式|同款|配件|电池|续航|充电|容量|毫升|ml|克重|保质期
成分表|肤质|敏感肌|油皮|干皮|孕妇|小孩|儿童|老人|怎么用|使用方法|用法|功效|效果|味道|口味|甜不甜|辣不辣|产地|哪里产|正品吗|是正品|防水
尺码表|试穿|上身|模特|几岁|xl|xxl|s码|m码|l码|size|color|colour|material|fabric|cotton|fit
fits|in stock|stock|length|waterproof|how big|how tall|small|medium|large|sizes
battery|ingredients|sensitive skin|come in|available in|true to size|wash|有现货
现货么|现货吗
鞋码|偏码|脚宽|脚背|脚肥|鞋底|防滑|增高|跟高|软底|色号|干皮|混油|混干|学生党|持久|持妆|遮瑕|控油|保湿|补水|美白|祛痘|防晒|spf|酒精|香精
质地|清爽|油腻|粘不粘|香味|留香|规格|生产日期|正装|小样|口感|配料|添加剂|防腐剂|无糖|热量|卡路里|能吃|怎么吃|怎么做|怎么煮|冷冻|冷藏|常温|新鲜
现摘|净含量|一箱几|几个装|个头|多大个|果径|单果|大果|中果|甜度|糖度|酸不酸|皮薄|多汁|脆不脆|咸不咸|好吃|内存|存储|配置|处理器|芯片|像素|屏幕
分辨率|蓝牙|降噪|快充|功率|兼容|适配|接口|type-c|国行|激活|全新|二手|翻新|原装|面积|平米|承重|安装|不锈钢|实木|甲醛|环保|静音|耗电|几档|遥控
收纳|占地|银的|925|纯金|足金|黄金|金重|证书|鉴定|天然|种水|和田玉|翡翠|钻|莫桑|k金|18k|圈口|手围|手寸|正版|版本|出版社|页数|几本|全套|注音
拼音版|精装|平装|字大|适合几岁|几年级|区别|有什么不同|哪个好|哪款好|值得买|好用|耐用|能用多久|多少克|多大|能装|装得下|净重|毛重|保质|孕妇能
婴儿|宝宝能|狗粮|猫粮|几斤的|一斤几个|几个一斤|重量|what color|which color|ingredients|vegan|gluten|shelf life|expiry
how heavy|weight|dimensions|compatible|charger|warranty card|authentic|genuine|real gold|sterling|hypoallergenic|shade|skin type|sizing
含量|含绒量|充绒量|绒子
黑色|白色|红色|蓝色|绿色|灰色|粉色|紫色|黄色|米色|卡其|咖色|杏色|驼色|藏青|酒红|奶白|焦糖|银色|金色|玫瑰金|透明|浅色|深色|black|white|beige|navy
`),
  price: words(`
多少钱|多少米|价格|价钱|啥价|什么价|几块|多钱|便宜|优惠|折扣|打折|几折|券|满减|减免|秒杀|福利价|福利|活动价|活动|到手价|原价|划算|太贵
贵|降价|涨价|返现|红包|定金|尾款|赠品|送什么|送不送|买一送一|第二件|两件|包邮|运费多少|价保|会员价|拼单|团购|直播间价|最低价|元|块钱
包邮吗|price|how much|discount|coupon|deal|cost|cheaper|sale|promo|free gift|bundle
bogo|free shipping|shipping free|$|邮费|运费|专属价|新人价|新人券|价|减多少|送啥|下来多少|promo code
promo
多少一斤|一斤多少|单价|多少一件|多少一个|多少一|贵不贵|值不值|性价比|划不划算|便宜点|少点|再少|抹零|砍价|打个折|能少|最低多少|价位|赠送
送的|有送|加赠|买二送|买几送|半价|凑满|叠加|平台券|店铺券|粉丝价|粉丝券|直播价|福袋|抽奖|整点|抢券|领券|优惠码|返场价|价格保护|保价|多少米
包油|包游|几块|几快|多少q|多少钱一|怎么卖|咋卖|什么价格|报价|江浙沪包邮|运费险谁|邮费谁|运费谁|how much is|how much are|cost of|price of|on sale
cheaper|any deals|buy one get one|bogo|code
到手|运费
安装费|费用|服务费|上门费|加工费|tax
`),
  purchase: words(`
链接|连接|小黄车|黄车|购物车|怎么买|怎么拍|怎么下单|如何下单|如何购买|哪里买|在哪买|去哪买|哪里拍|在哪拍|几号|号链接|上架|上车|拍哪个|拍哪
下单|付款|支付|花呗|分期|货到付款|备注|拍不了|拍不到|抢不到|加购|凑单|付不了|买不了|能拍|还能拍|入口|橱窗|link|how to buy
where to buy|where can i buy|checkout|cart|how do i order|purchase|pay|buy it
order it|paypal|afterpay|第几个|车里|先拍|信用卡|粉丝团|怎么抢|抢购|付款页面|页面|几号车|order two|link is
link isn
lj|链结|练接|莲接|拍几单|几单|能买几|限购|每人限|一人能|下单备注|怎么备注|选规格|拍几号|拍这个|拍的时候|能不能拍|可以拍|想拍|要拍|直接拍
加入购物车|待付款|拍下|拍不上|下不了单|提交不了|支付不了|付款不了|灯牌|才能买|才能拍|能买吗|可以买吗|还能买|怎么选|去哪拍|哪拍|哪里下单
怎么付|怎么支付|微信付|支付宝付|能用券|上车|蹲链接|还会上|返场|补链接|重新上|上新|how do i buy|how can i buy|buy now|add to cart|order link
where to order|how to purchase|which one to buy|shop link|is the link up|link up
还上吗|还会上|再上|等会上|一会上|can i order|still order|place an order|can i still buy
开抢|开卖|几点抢|check out
怎么弄|咋弄|怎么操作|咋操作|怎么购买
`),
  shipping: words(`
发货|发货吗|快递|物流|几天到|多久到|多久能到|什么时候到|到货|顺丰|中通|圆通|韵达|申通|邮政|京东快递|极兔|包裹|配送|送到|偏远|新疆|西藏
海外|港澳台|揽收|预售|现货|48小时|当天发|今天发|明天发|发出|寄|运输|到了吗|要几天|几天到|多少天|到哪了|到哪里了|发了吗|发了没
where is my order|where is my package|几天能到|多久发|什么时候发|快递单|派送|同城|ship|shipped
ships|shipping|delivery|deliver|arrive|tracking|courier|dispatch|postage|usps
ups|fedex|发吗|从哪发|哪里发|到付|我的单子|时候发|时候到|物流信息|派送|没送到|parcel|delivered|stuck
送货|上门|送到家|冷链|次日达|当日达|隔日达|到我这|几天收到|多久能收到|多久收到|收到要几天|能到吗|能寄|寄到|发往|港澳|国外|发哪个快递
什么快递|啥快递|快递是|催发货|催单|发出来|出库|打包|几号发|啥时候发|发货时间|发货慢|还没发|还不发|不发货|没发货|签收|驿站|运单|单号查
还没到|怎么还没到
ship to|ships to|how long to|when will it arrive|when will i get|delivery time|tracking number|out for delivery|international
`),
  after_sales: words(`
退货|退款|换货|退换|换码|换个码|换尺码|七天无理由|7天无理由|无理由|售后|运费险|退回|寄回|补发|漏发|少发|发错|错发|维修|保修|质保|取消订单
改地址|修改地址|拒收|退差价|仅退款|退了|能退|可以退|能换|可以换|退吗|换吗|换的|换个|想换|换成|丢件|申请退|退|赔|return|refund
exchange|warranty|cancel|replacement|wrong item|missing|never arrived
didn't arrive|not received|send it back|sent it back|发票|开票|写错|怎么改|取消|swap
wrong size|少了|码数不对|尺码不对
包退|包换|包赔|坏果包赔|重发|再发一个|少件|少寄|漏寄|缺件|错寄|不要了|拦截|改收货|修改收货|改电话|申请售后|退了吗|退到哪|退运费|退钱
退货地址|换新|补寄|补一个|赔付|理赔|赔偿|returned|refunded|return label|exchanged|money back|cancel order|change my address|wrong address
送错|只到了|只收到
charged twice|double charged|after ordering|after i ordered|change my order
`),
  complaint: words(`
质量差|质量太差|质量不好|质量问题|太差|很差|破洞|开线|脱线|掉色了|掉色严重|起球了|起球严重|缩水了|有味道|异味|假货|假的|仿品|次品|瑕疵
残次|坏的|坏了|烂了|碎了|漏液|漏了|烂脸|上当|虚假宣传|货不对板|不一样|色差|做工差|做工粗糙|线头|劣质|12315|黑心|太垃圾|垃圾质量
垃圾东西|垃圾产品|掉毛|掉漆|开胶|脱胶|起皱|褪色|发黄|污渍|划痕|裂痕|裂了|断了|不推荐|差好多|差很多|差太多|不值|胶水|刺鼻|质量一般|一言难尽
失望|后悔|不能用|用不了|有问题|脏|发霉|过期|变质|没效果|broken|fake|poor quality|defective|damaged
terrible|complaint|ripped|coming apart|fell apart|falling apart|peeling|stain
scratched|cracked|torn|faded|poorly made|broke|smells|stopped working
disappointed|awful|cheaply made|发黑|霉味|发霉|有个洞|洞|就坏|一拉就|皱巴巴|发灰|丑多了|完全不是|不是一个东西|破质量
so different|different from
压扁|压坏|压碎|摔坏|缩了|质一般|差多了|不如上次|比上次差|这质量|什么质量|啥质量|起疹子|疹子|红肿|过敏了|刺痛|长痘|爆痘|拉肚子|吃坏
肚子疼|漏电|冒烟|死机|黑屏|不亮|不制冷|不充电|充不进|没反应|断裂|生锈|掉钻|变色|氧化|软烂|坏果|烂果|不新鲜|有虫|虫子|有头发|异物|漏汤|洒了
缺页|印刷模糊|盗版|错页|掉页|破损|勾丝|起毛|掉渣|卡粉|搓泥|跟视频不一样|和直播间不一样|描述不符|与描述不符|山寨|被坑|以次充好|缺斤少两|短斤
分量不足|不够秤|斤数不够|重量不够|一直不回|不回人|crack|came apart|dented|crushed|leaking|leaked|doesn't work|does not work|not working|stopped
rotten|moldy|expired|smell|counterfeit|knockoff|rash|allergic reaction|burnt|melted
模糊|发红|泛红|就断|一摔就|没声|连不上|looks different
off from the|color is off|colour is off|not the same as|worst purchase|nothing like the
不算话|差这么多|差那么多|鼓包|胀袋|胀气|是鼓的|瘪的|瘪了|磕碰|碰伤|旧的|使用痕迹|用过的|二手的|不保温|开不了机|不开机
型号不对|颜色不对|款式不对|发的不对|货不对|烂的|全是烂|全坏|质量这么差|这么差|好意思卖|也敢卖|根本不|小一圈|比直播间|比视频|比图片|跟图片|和图片|是断的|破了|折了|是漏的|漏的|是碎的|碎的|全是碎|不转了|不转|不出风|不工作|坏掉|磨损|折痕|pilled|pilling
`),
};

export const DEFAULT_CLASSIFIER_CONFIG: ClassifierConfig = {
  sensitivity: 'normal',
  lexicons: { products: [], sizes: [], colours: [], promotions: [] },
  typeKeywords: DEFAULT_TYPE_KEYWORDS,
  blockedTerms: [],
  allowList: ['微信支付', '微信付款', '微信付', '支付宝', 'v领', 'qq糖', 'qq星', '扣子', '纽扣'],
  flood: { windowMs: 30_000, maxRepeats: 3 },
};

const MAX_TERM = 200;
const termList = (what: string) =>
  z.array(
    z
      .string()
      .trim()
      .min(1, `${what}: 不能有空词 / empty term`)
      .max(MAX_TERM, `${what}: 词太长 (最多 ${MAX_TERM} 字) / term too long`),
    `${what}: 应为字符串列表 / must be a list of strings`,
  );

const blockedTermSchema = z
  .object({
    kind: z.enum(['plain', 'wildcard', 'regex']).default('plain'),
    pattern: z.string().min(1, '屏蔽词为空 / empty blocked term').max(MAX_TERM),
    action: z.enum(['spam', 'ads', 'abuse']).default('abuse'),
  })
  .superRefine((t, ctx) => {
    if (t.kind !== 'regex') return;
    try {
      new RegExp(t.pattern, 'iu');
    } catch (e) {
      ctx.addIssue({
        code: 'custom',
        path: ['pattern'],
        message: `正则表达式无效 / invalid regular expression "${t.pattern}": ${(e as Error).message}`,
      });
    }
  });

const typeKeywordsSchema = z.object({
  product: termList('typeKeywords.product'),
  price: termList('typeKeywords.price'),
  purchase: termList('typeKeywords.purchase'),
  shipping: termList('typeKeywords.shipping'),
  after_sales: termList('typeKeywords.after_sales'),
  complaint: termList('typeKeywords.complaint'),
});

export const classifierConfigSchema = z.object({
  sensitivity: z.enum(['low', 'normal', 'high']).default('normal'),
  lexicons: z
    .object({
      products: termList('lexicons.products').default([]),
      sizes: termList('lexicons.sizes').default([]),
      colours: termList('lexicons.colours').default([]),
      promotions: termList('lexicons.promotions').default([]),
    })
    .default({ products: [], sizes: [], colours: [], promotions: [] }),
  typeKeywords: typeKeywordsSchema.partial().default({}),
  blockedTerms: z.array(blockedTermSchema).max(2000).default([]),
  allowList: termList('allowList').default(DEFAULT_CLASSIFIER_CONFIG.allowList),
  flood: z
    .object({
      windowMs: z.number().int().min(1000).max(3_600_000).default(30_000),
      maxRepeats: z.number().int().min(2).max(100).default(3),
    })
    .default({ windowMs: 30_000, maxRepeats: 3 }),
});

function describe(issue: z.core.$ZodIssue): string {
  const path = issue.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('');
  return path ? `${path.replace(/^\./, '')}: ${issue.message}` : issue.message;
}

/**
 * Validate settings coming from storage or the Settings pane. Missing parts get defaults; a missing
 * per-type list keeps the built-in one. Errors name the field, e.g.
 * `blockedTerms[2].pattern: 正则表达式无效 / invalid regular expression "(ab": Unterminated group`.
 */
export function validateClassifierConfig(
  raw: unknown,
): { ok: true; value: ClassifierConfig } | { ok: false; error: string } {
  const r = classifierConfigSchema.safeParse(raw ?? {});
  if (!r.success) return { ok: false, error: r.error.issues.map(describe).join('; ') };
  const v = r.data;
  return {
    ok: true,
    value: {
      sensitivity: v.sensitivity,
      lexicons: v.lexicons,
      typeKeywords: { ...DEFAULT_TYPE_KEYWORDS, ...v.typeKeywords },
      blockedTerms: v.blockedTerms,
      allowList: v.allowList,
      flood: v.flood,
    },
  };
}
