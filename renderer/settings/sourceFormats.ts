// The stream formats a source can speak, with where the tool runs and its usual address
// (README "Connecting a real stream"). Kept here so the window does not bundle the adapters.
import type { Label } from '../../shared/deadlines/labels';

export type SourceFormatId =
  'livedesk' | 'barragegrab' | 'douyinlive' | 'blivechat' | 'bilibili' | 'tiktok' | 'twitch';

export interface SourceFormatInfo {
  id: SourceFormatId;
  name: Label;
  hint: Label;
  defaultUrl: string;
  /** The handshake needs a channel / room (Twitch channel, blivechat room). */
  needsChannel: boolean;
}

export const SOURCE_FORMATS: readonly SourceFormatInfo[] = [
  {
    id: 'livedesk',
    name: { zh: 'LiveDesk JSON', en: 'LiveDesk JSON' },
    hint: {
      zh: 'LiveDesk 自有格式(模拟器、自建转发),可在任意机器运行',
      en: "LiveDesk's own format (the simulator, your own bridge); runs anywhere",
    },
    defaultUrl: 'ws://127.0.0.1:',
    needsChannel: false,
  },
  {
    id: 'barragegrab',
    name: { zh: '抖音 BarrageGrab', en: 'Douyin BarrageGrab' },
    hint: {
      zh: 'Windows 本机代理解析直播间弹幕,默认 ws://127.0.0.1:8888',
      en: 'Windows proxy that decodes the live room, default ws://127.0.0.1:8888',
    },
    defaultUrl: 'ws://127.0.0.1:8888',
    needsChannel: false,
  },
  {
    id: 'douyinlive',
    name: { zh: '抖音 douyinLive', en: 'Douyin douyinLive' },
    hint: {
      zh: 'Go 转发程序,地址 ws://127.0.0.1:1088/ws/{直播间号}',
      en: 'Go relay, address ws://127.0.0.1:1088/ws/{live_id}',
    },
    defaultUrl: 'ws://127.0.0.1:1088/ws/',
    needsChannel: false,
  },
  {
    id: 'blivechat',
    name: { zh: 'B站 blivechat', en: 'Bilibili blivechat' },
    hint: {
      zh: 'blivechat 的 WebSocket 地址;频道填房间号',
      en: "blivechat's WebSocket; put the room id in Channel",
    },
    defaultUrl: 'ws://127.0.0.1:12450/api/chat',
    needsChannel: true,
  },
  {
    id: 'bilibili',
    name: { zh: 'B站 blivedm 转发', en: 'Bilibili blivedm relay' },
    hint: {
      zh: '自建转发:原始 DANMU_MSG JSON 经 WebSocket 推送',
      en: 'Your relay pushing raw blivedm DANMU_MSG JSON over WebSocket',
    },
    defaultUrl: 'ws://127.0.0.1:',
    needsChannel: false,
  },
  {
    id: 'tiktok',
    name: { zh: 'TikTok Live Connector', en: 'TikTok Live Connector' },
    hint: {
      zh: '自建转发:TikTok-Live-Connector 的 chat 事件以 JSON 推送',
      en: 'Your relay pushing TikTok-Live-Connector chat events as JSON',
    },
    defaultUrl: 'ws://127.0.0.1:',
    needsChannel: false,
  },
  {
    id: 'twitch',
    name: { zh: 'Twitch IRC', en: 'Twitch IRC' },
    hint: {
      zh: 'Twitch 官方 IRC WebSocket(匿名只读),频道填频道名',
      en: 'Twitch IRC over WebSocket (anonymous, read-only); put the channel name in Channel',
    },
    defaultUrl: 'wss://irc-ws.chat.twitch.tv:443',
    needsChannel: true,
  },
];

export const formatInfo = (id: string): SourceFormatInfo | undefined =>
  SOURCE_FORMATS.find((f) => f.id === id);

const URL_RE = /^wss?:\/\/[^\s]+$/i;

export interface SourceDraft {
  format: SourceFormatId;
  url: string;
  label: string;
  channel: string;
  stallSeconds: string;
}

export type SourceDraftProblem = 'url' | 'channel' | 'stall';

/** Same limits as the contract's source:add schema. */
export function checkSourceDraft(d: SourceDraft): SourceDraftProblem[] {
  const out: SourceDraftProblem[] = [];
  const url = d.url.trim();
  if (!URL_RE.test(url) || /:$|\/ws\/$/.test(url)) out.push('url');
  if (formatInfo(d.format)?.needsChannel && d.format === 'twitch' && d.channel.trim() === '')
    out.push('channel');
  if (d.stallSeconds.trim() !== '') {
    const n = Number(d.stallSeconds);
    if (!Number.isInteger(n) || n < 5 || n > 3600) out.push('stall');
  }
  return out;
}
