// Shapes from Twitch's IRC documentation (dev.twitch.tv/docs/irc/send-receive-messages, /docs/irc/tags,
// /docs/chat/irc: PRIVMSG and USERNOTICE tag examples, PING/PONG, RECONNECT, anonymous justinfan login) and
// the IRCv3 message-tags escaping rules. Fixtures: test/fixtures/sources/twitch/.
import { describe, expect, it } from 'vitest';
import { fixture } from '../../test/fixtures/sources/load';
import type { Comment } from '../model';
import { escapeTag, parseIrcLine, twitchAdapter as a, unescapeTag } from './twitch';

const fx = (name: string) => fixture('twitch', name);
const ctx = { now: 1_643_904_090_000, roomId: 'lovingt3s' };

describe('twitch adapter', () => {
  it('handshake requests tags/commands, logs in anonymously and joins the channel', () => {
    expect(a.handshake({ channel: '#LovingT3s' })).toEqual([
      'CAP REQ :twitch.tv/tags twitch.tv/commands',
      'PASS SCHMOOPIIE',
      'NICK justinfan12345',
      'JOIN #lovingt3s',
    ]);
  });

  it('parses a PRIVMSG with tags', () => {
    const out = a.parse(fx('privmsg.txt'), ctx);
    expect(out.rejected).toEqual([]);
    expect(out.comments).toEqual([
      {
        platform: 'twitch',
        msgId: '885196de-cb67-427a-baa8-82f9b0fcd05f',
        roomId: 'lovingt3s',
        userId: '713936733',
        nickname: 'lovingt3s',
        text: 'bleedPurple',
        channel: 'live',
        kind: 'chat',
        platformTs: 1643904084794,
        ts: ctx.now,
      },
    ]);
  });

  it('reads several lines per frame, unescapes tags, unwraps /me, keeps HTML as text', () => {
    const out = a.parse(fx('two-lines.txt'), ctx);
    expect(out.comments.map((c) => [c.nickname, c.text])).toEqual([
      ['Ronni The Great', 'is the M size back in stock? <b>now</b>'],
      ['viewer2', 'waves'],
    ]);
  });

  it('USERNOTICE becomes a room event with the system message', () => {
    expect(a.parse(fx('usernotice-resub.txt'), ctx).comments[0]).toMatchObject({
      kind: 'fanclub',
      roomId: 'dallas',
      userId: '87654321',
      text: 'ronni has subscribed for 6 months! Great stream -- keep it up!',
    });
  });

  it('answers PING, flags RECONNECT, notes welcome lines', () => {
    expect(a.parse(fx('ping.txt'), ctx).replies).toEqual(['PONG :tmi.twitch.tv']);
    expect(a.parse(fx('reconnect.txt'), ctx).reconnect).toBe(true);
    const welcome = a.parse(fx('welcome.txt'), ctx);
    expect(welcome).toMatchObject({ comments: [], rejected: [] });
    expect(welcome.notes).toEqual(['CAP', '001', '002', '376', 'JOIN', 'ROOMSTATE']);
  });

  it('tag escaping round-trips', () => {
    const raw = 'a b;c\\d\r\ne';
    expect(escapeTag(raw)).toBe('a\\sb\\:c\\\\d\\r\\ne');
    expect(unescapeTag(escapeTag(raw))).toBe(raw);
    expect(unescapeTag('trailing\\')).toBe('trailing');
    expect(parseIrcLine('@__proto__=x;id=1 :a!a@a PRIVMSG #c :hi')?.tags.id).toBe('1');
  });

  it('refuses lines that are not IRC', () => {
    expect(a.parse('{"json":true}', ctx).rejected.map((r) => r.reason)).toEqual(['bad-irc-line']);
    expect(a.parse(':tmi.twitch.tv FOOBAR #x', ctx).rejected.map((r) => r.reason)).toEqual([
      'unknown-command',
    ]);
    expect(a.parse('@id=1 :a!a@a PRIVMSG #c', ctx).rejected.map((r) => r.reason)).toEqual([
      'invalid-privmsg',
    ]);
    expect(a.parse(':a!a@a PRIVMSG #c :no id', ctx).rejected.map((r) => r.reason)).toEqual(['missing-msgId']);
  });

  it('simulator side answers CAP, NICK, JOIN and PING like tmi.twitch.tv', () => {
    const replies = a.handshake({ channel: 'ronni' }).flatMap((f) => a.serverReply!(f));
    const out = replies.map((r) => a.parse(r, ctx));
    expect(out.every((o) => o.rejected.length === 0)).toBe(true);
    expect(a.serverReply!('PING :tmi.twitch.tv')).toEqual(['PONG :tmi.twitch.tv']);
  });

  it('round-trips encode → parse for chat and USERNOTICE kinds', () => {
    const base: Comment = {
      platform: 'twitch',
      msgId: 'b34ccfc7-4977-403a-8a94-33c6bac34fb8',
      roomId: 'ronni',
      userId: '1337',
      nickname: 'Ronni',
      text: 'how long is shipping; to EU? :)',
      channel: 'live',
      kind: 'chat',
      platformTs: 1507246572675,
      ts: ctx.now,
    };
    for (const c of [
      base,
      { ...base, nickname: '小鹿' },
      { ...base, kind: 'fanclub' as const, text: 'Ronni subscribed' },
    ]) {
      expect(a.parse(a.encode(c)[0], ctx).comments).toEqual([c]);
    }
  });
});
