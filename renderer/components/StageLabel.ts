// Stage names come from the shared labels (zh / en), with the window the policy actually set.
import type { StageRecord } from '../../shared/deadlines/types';
import { STAGE_LABELS, stageTitle } from '../../shared/deadlines/labels';
import type { Lang } from '../i18n';

/** '首次联系(2 分钟)' / 'First contact (2 min)'. */
export function stageName(lang: Lang, stage: Pick<StageRecord, 'stage' | 'startedAt' | 'dueAt'>): string {
  return stageTitle(stage.stage, stage.dueAt - stage.startedAt)[lang];
}

/** One-line description for a tooltip. */
export function stageDescription(lang: Lang, stage: StageRecord['stage']): string {
  const l = STAGE_LABELS[stage];
  return lang === 'zh' ? l.descZh : l.descEn;
}
