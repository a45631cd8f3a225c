// The stream-source adapters, one per wire format. Pure parsing + encoding: sockets, reconnects
// and the simulator server live on the main side and call parse()/encode()/handshake().
import { barragegrabAdapter } from './barragegrab';
import { bilibiliAdapter } from './bilibili';
import { blivechatAdapter } from './blivechat';
import { douyinliveAdapter } from './douyinlive';
import { livedeskAdapter } from './livedesk';
import { tiktokAdapter } from './tiktok';
import type { SourceAdapter, SourceFormat } from './types';
import { twitchAdapter } from './twitch';

export type { AdapterContext, AdapterOutput, Reject, SourceAdapter, SourceFormat } from './types';
export { MAX_FRAME_CHARS, MAX_NICKNAME_CHARS, MAX_TEXT_CHARS } from './frameKit';
export { stableKey } from './stableKey';

export const SOURCE_FORMATS: readonly SourceFormat[] = [
  'livedesk',
  'barragegrab',
  'douyinlive',
  'blivechat',
  'bilibili',
  'tiktok',
  'twitch',
];

export const ADAPTERS: Record<SourceFormat, SourceAdapter> = {
  livedesk: livedeskAdapter,
  barragegrab: barragegrabAdapter,
  douyinlive: douyinliveAdapter,
  blivechat: blivechatAdapter,
  bilibili: bilibiliAdapter,
  tiktok: tiktokAdapter,
  twitch: twitchAdapter,
};

export function getAdapter(name: string): SourceAdapter | undefined {
  const key = name.trim().toLowerCase();
  return Object.prototype.hasOwnProperty.call(ADAPTERS, key) ? ADAPTERS[key as SourceFormat] : undefined;
}
