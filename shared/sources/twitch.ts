/**
 * Twitch chat over IRC-on-WebSocket (wss://irc-ws.chat.twitch.tv:443), read anonymously.
 *
 * Handshake: `CAP REQ :twitch.tv/tags twitch.tv/commands`, `PASS SCHMOOPIIE`, `NICK justinfan12345`,
 * `JOIN #channel`. A frame may hold several `\r\n`-separated lines. `PRIVMSG` lines carry IRCv3 tags
 * (`id`, `display-name`, `user-id`, `tmi-sent-ts`, `first-msg`, `room-id`, …; values unescaped:
 * `\s` space, `\:` `;`, `\\` `\`, `\r`, `\n`). `/me` actions (`\x01ACTION …\x01`) keep their words.
 * `USERNOTICE` (subs, gifted subs, raids, announcements) become room events with the `system-msg`
 * text. `PING :tmi.twitch.tv` is answered `PONG :tmi.twitch.tv`; `RECONNECT` sets `reconnect`.
 * Numerics, CAP, JOIN/PART, ROOMSTATE, USERSTATE, CLEARCHAT/CLEARMSG, NOTICE are noted.
 */
import type { Comment, CommentKind } from '../model';
import type { AdapterContext, AdapterOutput, SourceAdapter } from './types';
import { epochMs, guardedParse, note, pushComment, reject } from './frameKit';

export interface IrcMessage {
  tags: Record<string, string>;
  prefix: string;
  command: string;
  params: string[];
}

export function unescapeTag(v: string): string {
  return v.replace(/\\(.?)/g, (_m, c: string) =>
    c === 's' ? ' ' : c === ':' ? ';' : c === 'r' ? '\r' : c === 'n' ? '\n' : c === '\\' ? '\\' : c,
  );
}

export function escapeTag(v: string): string {
  return v.replace(/[\\; \r\n]/g, (c) =>
    c === '\\' ? '\\\\' : c === ';' ? '\\:' : c === ' ' ? '\\s' : c === '\r' ? '\\r' : '\\n',
  );
}

/** One IRC line → message, or null when it is not IRC. */
export function parseIrcLine(line: string): IrcMessage | null {
  let rest = line;
  const tags: Record<string, string> = Object.create(null) as Record<string, string>;
  if (rest.startsWith('@')) {
    const sp = rest.indexOf(' ');
    if (sp < 0) return null;
    for (const part of rest.slice(1, sp).split(';')) {
      if (!part) continue;
      const eq = part.indexOf('=');
      const key = eq < 0 ? part : part.slice(0, eq);
      tags[key] = eq < 0 ? '' : unescapeTag(part.slice(eq + 1));
    }
    rest = rest.slice(sp + 1).replace(/^ +/, '');
  }
  let prefix = '';
  if (rest.startsWith(':')) {
    const sp = rest.indexOf(' ');
    if (sp < 0) return null;
    prefix = rest.slice(1, sp);
    rest = rest.slice(sp + 1).replace(/^ +/, '');
  }
  const params: string[] = [];
  const trailingAt = rest.indexOf(' :');
  let trailing: string | null = null;
  if (trailingAt >= 0) {
    trailing = rest.slice(trailingAt + 2);
    rest = rest.slice(0, trailingAt);
  }
  const words = rest.split(' ').filter(Boolean);
  const command = words.shift() ?? '';
  if (!/^([A-Za-z]+|\d{3})$/.test(command)) return null;
  params.push(...words);
  if (trailing !== null) params.push(trailing);
  return { tags, prefix, command: command.toUpperCase(), params };
}

const NOTED = new Set([
  'CAP',
  'JOIN',
  'PART',
  'ROOMSTATE',
  'USERSTATE',
  'GLOBALUSERSTATE',
  'CLEARCHAT',
  'CLEARMSG',
  'HOSTTARGET',
  'WHISPER',
  'PONG',
  'NOTICE',
]);

const USERNOTICE_KIND: Record<string, CommentKind> = {
  sub: 'fanclub',
  resub: 'fanclub',
  subgift: 'gift',
  submysterygift: 'gift',
  giftpaidupgrade: 'fanclub',
  primepaidupgrade: 'fanclub',
  anongiftpaidupgrade: 'fanclub',
  raid: 'other',
  announcement: 'other',
  bitsbadgetier: 'gift',
};

function loginOf(prefix: string): string {
  const bang = prefix.indexOf('!');
  return bang > 0 ? prefix.slice(0, bang) : '';
}

function handleLine(line: string, ctx: AdapterContext, out: AdapterOutput): void {
  const m = parseIrcLine(line);
  if (!m) return reject(out, 'bad-irc-line', line);
  switch (m.command) {
    case 'PING':
      out.replies.push(`PONG :${m.params[0] ?? 'tmi.twitch.tv'}`);
      return;
    case 'RECONNECT':
      out.reconnect = true;
      return note(out, 'RECONNECT');
    case 'PRIVMSG':
    case 'USERNOTICE': {
      const channel = (m.params[0] ?? '').replace(/^#/, '');
      let text = m.params[1] ?? '';
      let kind: CommentKind = 'chat';
      if (m.command === 'PRIVMSG') {
        if (m.params.length < 2) return reject(out, 'invalid-privmsg', line);
        // eslint-disable-next-line no-control-regex -- CTCP ACTION is delimited by \x01
        const action = /^\u0001ACTION (.*?)\u0001?$/s.exec(text);
        if (action) text = action[1];
      } else {
        const msgIdTag = m.tags['msg-id'] ?? '';
        kind = USERNOTICE_KIND[msgIdTag] ?? 'other';
        const sys = m.tags['system-msg'] ?? '';
        text = text ? (sys ? `${sys} ${text}` : text) : sys;
      }
      const msgId = m.tags['id'] ?? '';
      if (!msgId) return reject(out, 'missing-msgId', line);
      const login = m.tags['login'] || loginOf(m.prefix);
      const userId = m.tags['user-id'] || login;
      if (!userId) return reject(out, 'missing-user', line);
      pushComment(
        out,
        {
          platform: 'twitch',
          msgId,
          roomId: channel || ctx.roomId || '',
          userId,
          nickname: m.tags['display-name'] || login || userId,
          text,
          channel: 'live',
          kind,
          platformTs: epochMs(m.tags['tmi-sent-ts'], 'ms'),
        },
        ctx,
        line,
      );
      return;
    }
    default:
      if (NOTED.has(m.command) || /^\d{3}$/.test(m.command)) return note(out, m.command);
      return reject(out, 'unknown-command', line);
  }
}

function parseTwitch(text: string, ctx: AdapterContext, out: AdapterOutput): void {
  const lines = text.split(/\r?\n/).filter((l) => l.trim() !== '');
  if (lines.length === 0) return reject(out, 'empty-frame', text);
  for (const line of lines) handleLine(line, ctx, out);
}

function channelName(channel: string | undefined): string {
  return (channel ?? '').trim().replace(/^#/, '').toLowerCase();
}

function loginFor(c: Comment): string {
  const l = c.nickname.toLowerCase().replace(/[^a-z0-9_]/g, '');
  return l || `user${c.userId.replace(/[^a-z0-9_]/gi, '').toLowerCase()}`;
}

const NOTICE_FOR_KIND: Partial<Record<CommentKind, string>> = {
  fanclub: 'sub',
  gift: 'subgift',
  other: 'announcement',
};

function encodeTwitch(c: Comment): string[] {
  const login = loginFor(c);
  const tags: Record<string, string> = {
    'badge-info': '',
    badges: '',
    color: '',
    'display-name': c.nickname,
    emotes: '',
    'first-msg': '0',
    flags: '',
    id: c.msgId,
    mod: '0',
    subscriber: '0',
    turbo: '0',
    'user-id': c.userId,
    'user-type': '',
  };
  if (c.platformTs !== null) tags['tmi-sent-ts'] = String(c.platformTs);
  const channel = `#${c.roomId.replace(/\s/g, '_')}`;
  if (c.kind === 'chat') {
    const tagStr = Object.entries(tags)
      .map(([k, v]) => `${k}=${escapeTag(v)}`)
      .join(';');
    return [`@${tagStr} :${login}!${login}@${login}.tmi.twitch.tv PRIVMSG ${channel} :${c.text}`];
  }
  const msgIdTag = NOTICE_FOR_KIND[c.kind];
  if (!msgIdTag) return [];
  tags['login'] = login;
  tags['msg-id'] = msgIdTag;
  tags['system-msg'] = c.text;
  const tagStr = Object.entries(tags)
    .map(([k, v]) => `${k}=${escapeTag(v)}`)
    .join(';');
  return [`@${tagStr} :tmi.twitch.tv USERNOTICE ${channel}`];
}

/** Simulator side: what tmi.twitch.tv answers to a client line (several lines per frame allowed). */
function twitchServerReply(frame: string): string[] {
  const replies: string[] = [];
  for (const line of frame.split(/\r?\n/)) {
    const m = parseIrcLine(line.trim());
    if (!m) continue;
    if (m.command === 'PING') replies.push(`PONG :${m.params[0] ?? 'tmi.twitch.tv'}`);
    else if (m.command === 'CAP' && m.params[0]?.toUpperCase() === 'REQ')
      replies.push(`:tmi.twitch.tv CAP * ACK :${m.params[1] ?? ''}`);
    else if (m.command === 'NICK') {
      const nick = m.params[0] ?? 'justinfan12345';
      replies.push(
        [
          `:tmi.twitch.tv 001 ${nick} :Welcome, GLHF!`,
          `:tmi.twitch.tv 002 ${nick} :Your host is tmi.twitch.tv`,
          `:tmi.twitch.tv 003 ${nick} :This server is rather new`,
          `:tmi.twitch.tv 004 ${nick} :-`,
          `:tmi.twitch.tv 375 ${nick} :-`,
          `:tmi.twitch.tv 372 ${nick} :You are in a maze of twisty passages, all alike.`,
          `:tmi.twitch.tv 376 ${nick} :>`,
        ].join('\r\n'),
      );
    } else if (m.command === 'JOIN') {
      const ch = m.params[0] ?? '';
      replies.push(
        [
          `:justinfan12345!justinfan12345@justinfan12345.tmi.twitch.tv JOIN ${ch}`,
          `:justinfan12345.tmi.twitch.tv 353 justinfan12345 = ${ch} :justinfan12345`,
          `:justinfan12345.tmi.twitch.tv 366 justinfan12345 ${ch} :End of /NAMES list`,
        ].join('\r\n'),
      );
    }
  }
  return replies;
}

export const twitchAdapter: SourceAdapter = {
  format: 'twitch',
  label: 'Twitch IRC',
  defaultUrl: 'wss://irc-ws.chat.twitch.tv:443',
  handshake: ({ channel }) => {
    const ch = channelName(channel);
    const frames = ['CAP REQ :twitch.tv/tags twitch.tv/commands', 'PASS SCHMOOPIIE', 'NICK justinfan12345'];
    if (ch) frames.push(`JOIN #${ch}`);
    return frames;
  },
  parse: guardedParse(parseTwitch),
  encode: encodeTwitch,
  serverReply: twitchServerReply,
};
