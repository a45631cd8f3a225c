// Names for the UI, Chinese first. Stage names quote the default window; use stageTitle() for the
// window a policy actually sets.
import type { StageOutcome } from './stats';
import type { QuestionStatus, StageId } from './types';

export interface Label {
  zh: string;
  en: string;
}
export interface StageLabel extends Label {
  /** One line: what starts the clock and what must happen. */
  descZh: string;
  descEn: string;
}

export const STAGE_LABELS: Record<StageId, StageLabel> = {
  D1: {
    zh: '简单问题 30 秒内回复',
    en: 'Simple question answered within 30 s',
    descZh: '观众在直播间提出简单问题,主播/助播须在口播或回复中作答',
    descEn: 'A viewer asks a simple question in the live room; host or co-host answers on air or by reply',
  },
  D2: {
    zh: '常见问题 1 分钟内回复',
    en: 'Common question replied to within 1 min',
    descZh: '简单问题经私信或客服窗口到达客服,客服须回复',
    descEn: 'A simple question reaches support by DM or chat; support replies',
  },
  D3: {
    zh: '复杂问题 1 分钟内转交',
    en: 'Complex question handed off within 1 min',
    descZh: '观众提出复杂问题,主播/助播须转交客服并在直播间告知观众',
    descEn: 'A viewer asks a complex question; host or co-host hands it to support and tells viewers on air',
  },
  D4: {
    zh: '转交后 2 分钟内联系',
    en: 'First contact within 2 min of hand-off',
    descZh: '客服须联系观众,确认问题细节并告知预计解答时间',
    descEn: 'Support contacts the viewer, confirms the details and gives an ETA',
  },
  D5: {
    zh: '10 分钟内给出解决方案',
    en: 'Solution within 10 min',
    descZh: '客服须在收到转交后给出详细的解决方案或回复',
    descEn: 'Support gives a full answer or solution after the hand-off',
  },
  D6: {
    zh: '每 5 分钟反馈进度',
    en: 'Progress update every 5 min',
    descZh: '需要协调处理时,每次联系或进度反馈后须在 5 分钟内再次反馈,直至解决',
    descEn:
      'While coordination is needed, each contact or update starts the next 5-minute window until resolved',
  },
  D7: {
    zh: '解决后 1 分钟内询问其他问题',
    en: 'Ask "anything else?" within 1 min',
    descZh: '问题解决后,客服须主动询问观众是否还有其他问题',
    descEn: 'After resolving, support asks the viewer whether they have any other questions',
  },
  C1: {
    zh: '投诉 10 分钟内受理',
    en: 'Complaint accepted within 10 min',
    descZh: '观众提出投诉,客服须受理',
    descEn: 'A viewer complains; support accepts the complaint',
  },
  C2: {
    zh: '升级 30 分钟内主管回复',
    en: 'Escalation answered within 30 min',
    descZh: '问题升级给主管后,主管须回复',
    descEn: 'A supervisor answers an escalation',
  },
  C3: {
    zh: '投诉解决后 1 天内回访',
    en: 'Return visit within 1 day',
    descZh: '投诉解决后,客服须回访观众确认是否满意',
    descEn: 'After a complaint is resolved, support calls back to check the viewer is satisfied',
  },
};

/** What must happen, without the window; stageTitle() adds the configured one. */
const STAGE_DUTY: Record<StageId, Label> = {
  D1: { zh: '简单问题回复', en: 'Simple question answered' },
  D2: { zh: '常见问题回复', en: 'Common question replied to' },
  D3: { zh: '复杂问题转交', en: 'Complex question handed off' },
  D4: { zh: '首次联系', en: 'First contact' },
  D5: { zh: '给出解决方案', en: 'Solution given' },
  D6: { zh: '进度反馈', en: 'Progress update' },
  D7: { zh: '询问其他问题', en: 'Follow-up asked' },
  C1: { zh: '投诉受理', en: 'Complaint accepted' },
  C2: { zh: '主管回复升级', en: 'Escalation answered' },
  C3: { zh: '投诉回访', en: 'Return visit' },
};

export const STATUS_LABELS: Record<QuestionStatus, StageLabel> = {
  open: {
    zh: '待处理',
    en: 'Open',
    descZh: '等待主播/助播(私信则为客服)处理',
    descEn: 'Waiting for host / co-host (support for DMs)',
  },
  answered: {
    zh: '已回答',
    en: 'Answered',
    descZh: '已口播或回复作答',
    descEn: 'Answered on air or by reply',
  },
  handed_off: {
    zh: '已转交',
    en: 'Handed off',
    descZh: '已转交客服,尚未认领',
    descEn: 'With support, not claimed yet',
  },
  claimed: {
    zh: '已认领',
    en: 'Claimed',
    descZh: '客服已认领,尚未联系观众',
    descEn: 'Claimed by support, viewer not contacted yet',
  },
  contacted: {
    zh: '已联系',
    en: 'Contacted',
    descZh: '已联系观众并告知预计时间',
    descEn: 'Viewer contacted and given an ETA',
  },
  resolved: {
    zh: '已解决',
    en: 'Resolved',
    descZh: '已给出解决方案,待询问其他问题',
    descEn: 'Solution given; follow-up pending',
  },
  closed: { zh: '已关闭', en: 'Closed', descZh: '处理完毕', descEn: 'Done' },
  escalated: { zh: '已升级', en: 'Escalated', descZh: '等待主管回复', descEn: 'Waiting for a supervisor' },
  dismissed: {
    zh: '已忽略',
    en: 'Dismissed',
    descZh: '无需处理(已写明原因)',
    descEn: 'Needs no response (reason recorded)',
  },
};

export const OUTCOME_LABELS: Record<StageOutcome, Label> = {
  open: { zh: '进行中', en: 'Open' },
  met: { zh: '按时', en: 'Met' },
  breached: { zh: '超时', en: 'Breached' },
  late: { zh: '超时后完成', en: 'Met late' },
  cancelled: { zh: '已取消', en: 'Cancelled' },
};

/** '30 秒' / '30 s', '10 分钟' / '10 min', '1 天' / '1 day'. */
export function formatWindow(ms: number): Label {
  const units: [number, string, string][] = [
    [86_400_000, '天', 'day'],
    [3_600_000, '小时', 'h'],
    [60_000, '分钟', 'min'],
    [1000, '秒', 's'],
  ];
  for (const [size, zh, en] of units) {
    if (ms >= size && ms % size === 0) {
      const n = ms / size;
      return { zh: `${n} ${zh}`, en: `${n} ${en === 'day' && n !== 1 ? 'days' : en}` };
    }
  }
  const s = Math.round(ms / 100) / 10;
  return { zh: `${s} 秒`, en: `${s} s` };
}

/** Stage name with the window actually configured, e.g. '简单问题回复(45 秒)' / 'Simple question answered (45 s)'. */
export function stageTitle(stage: StageId, windowMs: number): Label {
  const w = formatWindow(windowMs);
  const d = STAGE_DUTY[stage];
  return { zh: `${d.zh}(${w.zh})`, en: `${d.en} (${w.en})` };
}
