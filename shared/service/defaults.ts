// Default 服务用语 rules, taken from the seed documents:
// - 000 (电商平台客服服务标准): avoid negatives (不行 / 不能 → 我们可以尝试 / 建议您), no sarcasm
//   (这点小事也值得生气?), no passing the buck (这是物流的问题，你找物流吧), no assumptions (你肯定是没查清楚),
//   no stiff templates (您的问题无法解决 / 规则就是这样), no overselling (肯定最好), 别生气 denies the
//   feeling; its sample wording gives most quick replies.
// - 001 (淘宝客服管理制度): negative language 我不能 / 我不会 / 我不愿意 / 我不可以; 征询语 请问您还有其他需要帮助吗.
// Left out on purpose (the lists are editable): 但是 (001 lists it, but it is in too many neutral
// sentences to be worth a warning) and 没关系 (001 lists it as a polite answer, 000 as denying a feeling).
import type { ForbiddenPhrase, QuickReply, ServiceRules } from './types';

const NEG = '否定说法：说明能做什么 / negative wording: say what can be done';
const BUCK = '推诿责任：以解决问题为先 / passing the buck: own the problem';

const f = (
  pattern: string,
  suggestion: string,
  reason: string,
  except: string[] = [],
  kind: ForbiddenPhrase['kind'] = 'plain',
): ForbiddenPhrase => ({ pattern, kind, suggestion, reason, except });

export const DEFAULT_FORBIDDEN: ForbiddenPhrase[] = [
  f('这不是我们的问题', '我们来帮您一起解决', BUCK),
  f('不是我们的责任', '不管是哪个环节的问题，我们都会负责到底', BUCK),
  f('我们不负责', '我们会负责跟进到底', BUCK),
  // 这是物流的问题 passes the buck; 这是我们的问题 owns it.
  f('这是*的问题', '我来帮您核实处理', BUCK, ['这是我们的问题'], 'wildcard'),
  f('你找*吧', '我来帮您联系处理', BUCK, [], 'wildcard'),
  f('这点小事', '我理解您的心情', '讽刺、不耐烦 / sarcastic or impatient'),
  f('别生气', '我理解您的心情', '否定对方情绪：先认同 / denies the feeling: acknowledge it'),
  f('你肯定是', '我帮您确认一下，', '主观臆断 / assumes the viewer is at fault'),
  f('规则就是这样', '根据平台规则，我们可以为您', '生硬：解释规则并给出方案 / curt: explain and offer'),
  f('规定就是这样', '根据平台规则，我们可以为您', '生硬：解释规则并给出方案 / curt: explain and offer'),
  f(
    '没有这个政策',
    '我们可以为您提供其他解决方案',
    '生硬拒绝：给出替代方案 / flat refusal: offer another way',
  ),
  f('无法解决', '我们可以为您提供其他解决方案', '生硬模板 / stiff template'),
  f('爱买不买', '您可以再考虑一下', '不礼貌 / rude'),
  f('你自己看', '我把详细说明发给您', '不耐烦 / impatient'),
  f('肯定最好', '口碑很好', '过度推销 / overselling'),
  f('我不能', '我们可以尝试', NEG),
  f('我不会', '我帮您确认一下', NEG, ['我不会让']),
  f('我不愿意', '我们可以尝试', NEG),
  f('我不可以', '建议您', NEG),
  f('没办法', '我们可以尝试其他方案', NEG),
  // 不知道您穿多大码？ is a polite question, not "I don't know".
  f('不知道', '我帮您核实一下', '不确定时说明会核实 / unsure: say you will check', ['不知道您', '不知道亲']),
  // 您看行不行？ is a consultation (商量语), not a refusal.
  f('不行', '我们可以尝试其他方案', NEG, ['行不行']),
  // 能不能 asks, 不能错过 is a sales line; both are fine. 无法 keeps the meaning without the blunt 不能.
  f('不能', '暂时无法', NEG, ['能不能', '不能错过']),
];

export const DEFAULT_QUICK_REPLIES: QuickReply[] = [
  {
    id: 'greet-1',
    category: 'greeting',
    text: '亲，欢迎来到直播间！有什么想了解的随时打在公屏上哦～',
    en: 'Welcome to the live room! Ask anything in the chat.',
  },
  {
    id: 'greet-2',
    category: 'greeting',
    text: '您好，请问有什么可以帮您的？',
    en: 'Hello, how can I help you?',
  },
  {
    id: 'product-1',
    category: 'product',
    text: '亲，这款尺码标准，建议您按平时的尺码拍；把身高体重发给我们，帮您推荐尺码～',
    en: 'True to size; order your usual size, or send height/weight for a recommendation.',
  },
  {
    id: 'product-2',
    category: 'product',
    text: '亲，这款有现货，颜色和尺码以链接里可选的为准哦',
    en: 'In stock; the colours and sizes in the link are what is available.',
  },
  {
    id: 'product-3',
    category: 'product',
    text: '请稍等，我帮您核实一下，马上回复您',
    en: 'One moment, let me check that for you.',
  },
  {
    id: 'price-1',
    category: 'price',
    text: '亲，直播间专属价已经在链接里了，下单时优惠会自动减免哦',
    en: 'The live-room price is in the link; the discount applies at checkout.',
  },
  {
    id: 'price-2',
    category: 'price',
    text: '亲，优惠券在商品页面领取，领券后下单更划算～',
    en: 'Claim the coupon on the product page before ordering.',
  },
  {
    id: 'buy-1',
    category: 'purchase',
    text: '亲，点击左下角购物车，选择对应的商品链接就可以下单哦',
    en: 'Tap the cart at the bottom left and pick the product link to order.',
  },
  {
    id: 'buy-2',
    category: 'purchase',
    text: '亲，拍下时记得选好颜色和尺码，付款后我们按顺序尽快发货',
    en: 'Pick colour and size when ordering; we ship in order after payment.',
  },
  {
    id: 'ship-1',
    category: 'shipping',
    text: '亲，下单后 48 小时内发货，发货后可在订单详情里查看物流',
    en: 'Ships within 48 h; track it in the order details.',
  },
  {
    id: 'ship-2',
    category: 'shipping',
    text: '您好，偏远地区物流可能会延迟 1–2 天，我们会持续关注并及时告知您最新情况',
    en: 'Remote areas may take 1–2 days longer; we will keep you posted.',
  },
  {
    id: 'after-1',
    category: 'after_sales',
    text: '请您提供订单号和问题描述，我会尽快帮您处理',
    en: 'Please send the order number and what happened; I will handle it right away.',
  },
  {
    id: 'after-2',
    category: 'after_sales',
    text: '亲，支持 7 天无理由退换，商品完好即可，在订单里直接申请就行',
    en: '7-day no-reason returns if the item is intact; apply in the order.',
  },
  {
    id: 'complaint-1',
    category: 'complaint',
    text: '非常抱歉给您带来了不便，我理解您的心情，我会立即帮您处理',
    en: 'Very sorry for the trouble; I understand, and I am on it now.',
  },
  {
    id: 'complaint-2',
    category: 'complaint',
    text: '请您提供一下商品的照片，我帮您核实一下，会尽快给您一个满意的答复',
    en: 'Please send a photo of the item; I will check and get back to you soon.',
  },
  {
    id: 'followup-1',
    category: 'followup',
    text: '请问您还有其他问题吗？',
    en: 'Is there anything else we can help with?',
  },
  {
    id: 'followup-2',
    category: 'followup',
    text: '请问您对这次的解决方案满意吗？后续如果有问题，欢迎随时联系我们',
    en: 'Are you happy with the solution? Contact us any time.',
  },
  {
    id: 'followup-3',
    category: 'followup',
    text: '感谢您的理解与支持，祝您生活愉快',
    en: 'Thank you for your understanding; have a great day.',
  },
  {
    id: 'handoff-1',
    category: 'handoff',
    text: '亲，稍后客服会私信您，请留意消息哦',
    en: 'Support will message you shortly; please watch your messages.',
  },
  {
    id: 'handoff-2',
    category: 'handoff',
    text: '我已将问题反馈至相关团队，会尽快给您回复',
    en: 'I have passed this to the team; we will reply soon.',
  },
];

export const DEFAULT_SERVICE_RULES: ServiceRules = {
  forbidden: DEFAULT_FORBIDDEN,
  honorifics: {
    expected: ['您', '亲'],
    prefix: '亲，',
    minLength: 6,
    // 迷你 (mini) is a product word, 你们 is plural.
    informal: [{ pattern: '你', suggestion: '您', except: ['你们', '迷你'] }],
  },
  quickReplies: DEFAULT_QUICK_REPLIES,
};
