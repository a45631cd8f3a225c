// Viewer tags (观众标签): the three presets of the team's service standard (000_…: 潜在客户 / 投诉用户 /
// 老客户) plus the team's own. Pure: validation, duplicate detection, suggestions.

export const PRESET_TAGS = ['潜在客户', '投诉用户', '老客户'] as const;
export type PresetTag = (typeof PRESET_TAGS)[number];
export const COMPLAINT_TAG: PresetTag = '投诉用户';
export const LOYAL_TAG: PresetTag = '老客户';

/** A tag is a label next to a nickname, not a note: short. Counted in characters (code points). */
export const TAG_MAX_CHARS = 12;
export const TAGS_PER_VIEWER = 10;
/** A viewer seen in this many shows is suggested as 老客户. */
export const LOYAL_AFTER_SESSIONS = 3;

// Separators would make a tag look like several; control characters are invisible.
// eslint-disable-next-line no-control-regex
const BAD_CHARS = /[\u0000-\u001f\u007f,，;；、|/\\<>]/u;

/** Full-width letters / digits to half-width, spaces collapsed, trimmed. */
export function normalizeTag(raw: string): string {
  return raw.normalize('NFKC').replace(/\s+/gu, ' ').trim();
}

/** Two tags that only differ in case or width are the same tag. */
export function tagKey(tag: string): string {
  return normalizeTag(tag).toLowerCase();
}

export type TagCheck = { ok: true; tag: string } | { ok: false; error: string };

/** Check a tag the co-host typed against the viewer's current tags. Messages are zh + en. */
export function validateTag(raw: string, existing: readonly string[]): TagCheck {
  const tag = normalizeTag(raw);
  if (!tag) return { ok: false, error: '标签不能为空 / a tag cannot be empty' };
  if ([...tag].length > TAG_MAX_CHARS) {
    return {
      ok: false,
      error: `标签最多 ${TAG_MAX_CHARS} 个字 / a tag is at most ${TAG_MAX_CHARS} characters`,
    };
  }
  if (BAD_CHARS.test(tag)) {
    return {
      ok: false,
      error: '标签不能包含逗号、分号、斜线等分隔符 / a tag cannot contain separators such as , ; /',
    };
  }
  const key = tagKey(tag);
  const same = existing.find((t) => tagKey(t) === key);
  if (same !== undefined) {
    return { ok: false, error: `该观众已有标签“${same}” / the viewer already has the tag "${same}"` };
  }
  if (existing.length >= TAGS_PER_VIEWER) {
    return {
      ok: false,
      error: `每位观众最多 ${TAGS_PER_VIEWER} 个标签 / at most ${TAGS_PER_VIEWER} tags per viewer`,
    };
  }
  return { ok: true, tag };
}

export function isPresetTag(tag: string): tag is PresetTag {
  return (PRESET_TAGS as readonly string[]).includes(tag);
}

/** CSS hook per preset, so 投诉用户 reads differently from 老客户 at a glance. */
export function tagTone(tag: string): 'lead' | 'complaint' | 'loyal' | 'custom' {
  if (tag === '潜在客户') return 'lead';
  if (tag === '投诉用户') return 'complaint';
  if (tag === '老客户') return 'loyal';
  return 'custom';
}

export interface TagSignals {
  /** Complaint / after-sales questions or comments classified angry. */
  complaints: number;
  angry: number;
  /** Shows (sessions) the viewer commented in. */
  sessions: number;
}

/**
 * Tags worth proposing to the co-host. Only proposed: a person decides (an angry viewer is not
 * automatically a 投诉用户 — the tag follows them across shows).
 */
export function suggestTags(signals: TagSignals, current: readonly string[]): PresetTag[] {
  const have = new Set(current.map(tagKey));
  const out: PresetTag[] = [];
  if ((signals.complaints > 0 || signals.angry > 0) && !have.has(tagKey(COMPLAINT_TAG))) {
    out.push(COMPLAINT_TAG);
  }
  if (signals.sessions >= LOYAL_AFTER_SESSIONS && !have.has(tagKey(LOYAL_TAG))) out.push(LOYAL_TAG);
  return out;
}

/** Presets first, then the team's own tags in use, most used first (ties by name). */
export function tagVocabulary(used: readonly { tag: string; n: number }[]): string[] {
  const custom = used
    .filter((u) => !isPresetTag(u.tag))
    .sort((a, b) => b.n - a.n || a.tag.localeCompare(b.tag, 'zh-CN'))
    .map((u) => u.tag);
  return [...PRESET_TAGS, ...custom];
}
