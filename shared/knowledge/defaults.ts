// The knowledge base LiveDesk starts with when the table is empty (first start only; every entry is
// editable and deletable, and marked as a default in Settings). Wording from the seed documents:
// - 000 (电商平台客服服务标准): 7 天无理由退货 (收到商品后 7 天内，保持商品完好), 退款申请需在确认收货后
//   7 天内提交, 质量问题可选择退款、补发或维修, 物流丢失可选择重新发货或全额退款, 退款 24 小时内到账 /
//   补发 1 天内发出, 预售 3 天内发货, 偏远地区物流可能延迟 1–2 天, 订单查询: 打开 APP-我的-订单-查看详情.
// - 001 (淘宝客服管理制度): 运输破损 — 已签收请顾客拍照取证，未签收协商补发; 到货延迟先调出物流信息催件.
// 运费险 is not in the seeds; it is phrased conditionally (only when the order carries it) so it stays true.
// Every body carries 您 / 亲 and passes the default 服务用语 check (a test keeps it so).
import type { KbCategory } from './types';

export interface DefaultKbEntry {
  category: KbCategory;
  title: string;
  body: string;
  keywords: string[];
}

export const DEFAULT_KB_ENTRIES: readonly DefaultKbEntry[] = [
  {
    category: 'after_sales',
    title: '7 天无理由退货',
    body: '亲，本店支持 7 天无理由退货：您收到商品后 7 天内，不需要任何理由就可以申请退货，只需保持商品完好（吊牌、包装齐全）。在订单详情里点“申请售后”即可。',
    keywords: ['退货', '七天', '7天', '无理由', '退换'],
  },
  {
    category: 'after_sales',
    title: '质量问题处理',
    body: '非常抱歉给您带来不便！请您提供订单号和商品问题的照片，我们核实后可以为您选择退款、补发或维修；退款会在 24 小时内到账，补发的商品会在 1 天内发出。',
    keywords: ['质量', '破损', '坏了', '瑕疵', '退款', '补发'],
  },
  {
    category: 'after_sales',
    title: '运输破损',
    body: '亲，非常抱歉商品在运输中受损。如您已签收，请拍下外包装和商品的照片发给我们，我们马上为您处理补偿或退换；如还没签收，您可以直接拒收，我们会为您补发。',
    keywords: ['破损', '压坏', '摔坏', '快递', '拒收'],
  },
  {
    category: 'after_sales',
    title: '物流丢件',
    body: '亲，非常抱歉您的包裹还没有收到，我们已联系快递核实。如确认丢件，可以为您重新发货或全额退款，您看哪种方式更方便？',
    keywords: ['丢件', '丢失', '没收到', '快递', '重新发货'],
  },
  {
    category: 'platform',
    title: '退款申请时限',
    body: '亲，根据平台规则，退款申请需在确认收货后 7 天内提交；审核通过后退款会原路退回，请您留意账户到账信息。',
    keywords: ['退款', '时限', '确认收货', '到账'],
  },
  {
    category: 'platform',
    title: '运费险',
    body: '亲，如果您的订单带有运费险，退货时的运费由保险理赔，理赔款会在退货签收后退回您的账户；订单详情里可以查看是否有运费险。',
    keywords: ['运费险', '运费', '退货运费', '邮费'],
  },
  {
    category: 'faq',
    title: '发货时间',
    body: '亲，付款后我们按顺序尽快发货，现货一般 48 小时内发出，预售商品会在 3 天内发货；发货后可在订单详情里查看物流。',
    keywords: ['发货', '多久', '几天', '预售', '什么时候发'],
  },
  {
    category: 'faq',
    title: '物流延迟 / 偏远地区',
    body: '您好，偏远地区物流可能会延迟 1–2 天，我们已帮您催件，会持续关注并及时告知您最新情况，给您带来不便非常抱歉。',
    keywords: ['物流', '延迟', '慢', '偏远', '催件', '快递'],
  },
  {
    category: 'faq',
    title: '查询订单和物流',
    body: '亲，打开 APP，进入“我的 - 订单 - 查看详情”，就能看到订单状态和物流信息；如有异常，把订单号发给我们，马上帮您核实。',
    keywords: ['订单', '订单号', '查询', '物流', '单号'],
  },
  {
    category: 'faq',
    title: '修改收货地址',
    body: '亲，订单发货前可以修改地址：请您把订单号和新的收货地址私信发给我们，我们帮您改好后会回复您确认。',
    keywords: ['地址', '改地址', '修改', '收货'],
  },
  {
    category: 'product',
    title: '尺码推荐',
    body: '亲，建议您按平时穿的尺码拍；把您的身高、体重发给我们，帮您推荐更合适的尺码～',
    keywords: ['尺码', '码数', '多大码', '身高', '体重', '尺寸'],
  },
];
