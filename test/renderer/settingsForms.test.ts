import { describe, expect, it } from 'vitest';
import {
  addTags,
  checkBlockedTerm,
  checkFlood,
  splitTags,
  termMatches,
} from '../../renderer/settings/classifierForm';
import { checkSourceDraft, SOURCE_FORMATS } from '../../renderer/settings/sourceFormats';
import { alertToSound } from '../../renderer/settings/alertSound';
import { supportActions } from '../../renderer/store/supportActions';
import { validateClassifierConfig } from '../../shared/classify/config';
import type { DeadlineAlert } from '../../shared/deadlines/types';
import { question, stageRec, T0 } from './fixtures';

describe('tags', () => {
  it('splits on commas of both widths, 、 and new lines', () => {
    expect(splitTags('红色, 蓝色，白色、黑色\n 灰色 ,,')).toEqual(['红色', '蓝色', '白色', '黑色', '灰色']);
  });
  it('adds without repeats (case-insensitive), keeping order', () => {
    expect(addTags(['XL', '红色'], 'xl, M码, 红色, M码')).toEqual(['XL', '红色', 'M码']);
  });
});

describe('blocked term check', () => {
  it('agrees with the server on regular expressions', () => {
    for (const pattern of ['(ab', '[a-', '*x', 'a{2,1}', '好看', '加\\s*V', '(?<n>微)信']) {
      const local = checkBlockedTerm({ kind: 'regex', pattern }) === null;
      const server = validateClassifierConfig({
        blockedTerms: [{ kind: 'regex', pattern, action: 'ads' }],
      }).ok;
      expect(local, pattern).toBe(server);
    }
    expect(checkBlockedTerm({ kind: 'regex', pattern: '(ab' })).toMatchObject({ code: 'regex' });
    expect(checkBlockedTerm({ kind: 'plain', pattern: '  ' })).toEqual({ code: 'empty' });
    expect(checkBlockedTerm({ kind: 'wildcard', pattern: 'x'.repeat(201) })).toEqual({ code: 'too_long' });
  });
  it('tries a sample against plain, wildcard and regex terms', () => {
    expect(termMatches({ kind: 'plain', pattern: '好看' }, '主播今天的口红好看')).toBe(true);
    expect(termMatches({ kind: 'plain', pattern: 'ＶＸ' }, '加vx聊')).toBe(true);
    expect(termMatches({ kind: 'wildcard', pattern: '加*信' }, '快加我微信')).toBe(true);
    expect(termMatches({ kind: 'wildcard', pattern: '加?信' }, '快加我微信')).toBe(false);
    expect(termMatches({ kind: 'regex', pattern: '\\d{11}' }, '电话13800001111')).toBe(true);
    expect(termMatches({ kind: 'regex', pattern: '(bad' }, '(bad')).toBe(false);
  });
});

describe('flood settings check', () => {
  it('accepts the defaults and the schema bounds, refuses what the server would refuse', () => {
    expect(checkFlood({ windowMs: 30_000, maxRepeats: 3 })).toEqual([]);
    expect(checkFlood({ windowMs: 1000, maxRepeats: 2 })).toEqual([]);
    expect(checkFlood({ windowMs: 3_600_000, maxRepeats: 100 })).toEqual([]);
    expect(checkFlood({ windowMs: 0, maxRepeats: 1 })).toEqual(['window', 'repeats']);
    expect(checkFlood({ windowMs: 1500, maxRepeats: 3.5 })).toEqual(['window', 'repeats']);
    expect(checkFlood({ windowMs: NaN, maxRepeats: NaN })).toEqual(['window', 'repeats']);
    // Whatever passes here, the server's schema accepts.
    const ok = validateClassifierConfig({ flood: { windowMs: 1000, maxRepeats: 100 } });
    expect(ok.ok).toBe(true);
  });
});

describe('source draft', () => {
  const base = {
    format: 'barragegrab' as const,
    url: 'ws://127.0.0.1:8888',
    label: '',
    channel: '',
    stallSeconds: '30',
  };
  it('accepts a complete ws:// or wss:// address', () => {
    expect(checkSourceDraft(base)).toEqual([]);
    expect(
      checkSourceDraft({ ...base, format: 'twitch', url: 'wss://irc-ws.chat.twitch.tv:443', channel: 'x' }),
    ).toEqual([]);
  });
  it('refuses other schemes, unfinished defaults, a Twitch source without a channel, and a bad watchdog', () => {
    expect(checkSourceDraft({ ...base, url: 'http://127.0.0.1:8888' })).toEqual(['url']);
    expect(checkSourceDraft({ ...base, url: 'ws://127.0.0.1:' })).toEqual(['url']);
    expect(checkSourceDraft({ ...base, url: 'ws://127.0.0.1:1088/ws/' })).toEqual(['url']);
    expect(checkSourceDraft({ ...base, format: 'twitch', url: 'wss://irc-ws.chat.twitch.tv:443' })).toEqual([
      'channel',
    ]);
    expect(checkSourceDraft({ ...base, stallSeconds: '2' })).toEqual(['stall']);
    expect(checkSourceDraft({ ...base, stallSeconds: '7.5' })).toEqual(['stall']);
  });
  it('covers the seven formats of the contract', () => {
    expect(SOURCE_FORMATS.map((f) => f.id).sort()).toEqual(
      ['barragegrab', 'bilibili', 'blivechat', 'douyinlive', 'livedesk', 'tiktok', 'twitch'].sort(),
    );
  });
});

describe('alert sound', () => {
  const a = (seq: number, level: DeadlineAlert['level']): DeadlineAlert => ({
    questionId: 1,
    stage: 'D1',
    seq,
    level,
    at: T0,
  });
  it('sounds for new alerts only, a breach winning over a warning', () => {
    const old = [a(1, 'warning')];
    expect(alertToSound(old, old)).toBeNull();
    expect(alertToSound([a(2, 'warning'), ...old], old)).toBe('warning');
    expect(alertToSound([a(3, 'warning'), a(2, 'breached'), ...old], old)).toBe('breached');
    expect(alertToSound([...old], [])).toBe('warning');
  });
});

describe('support actions', () => {
  const open = (stage: 'D4' | 'D5' | 'D7' | 'C1' | 'C2' | 'C3', over = {}) => stageRec({ stage, ...over });
  const met = { metAt: T0 + 1000, metBy: 'x' };
  it('a handed-off complaint: accept first, then claim; escalate offered, no contact yet', () => {
    const q = question(1, {
      status: 'handed_off',
      type: 'complaint',
      stages: [open('D4'), open('D5'), open('C1')],
    });
    expect(supportActions(q)).toEqual(['accept', 'claim', 'escalate', 'reassign']);
  });
  it('a plain unclaimed question is claimed first, not escalated', () => {
    const q = question(1, { status: 'handed_off', type: 'price', stages: [open('D4'), open('D5')] });
    expect(supportActions(q)).toEqual(['claim', 'reassign']);
  });
  it('an angry viewer gets escalate first', () => {
    const q = question(1, { status: 'handed_off', angry: true, stages: [open('D4'), open('D5')] });
    expect(supportActions(q)[0]).toBe('escalate');
  });
  it('claimed → contact and resolve; contacted → progress and resolve', () => {
    const claimed = question(1, { status: 'claimed', assignee: '小周', stages: [open('D4'), open('D5')] });
    expect(supportActions(claimed)).toEqual(['contact', 'resolve', 'escalate', 'reassign']);
    const contacted = question(1, {
      status: 'contacted',
      assignee: '小周',
      stages: [open('D4', met), open('D5')],
    });
    expect(supportActions(contacted)).toEqual(['progress', 'resolve', 'escalate', 'reassign']);
  });
  it('escalated: the supervisor reply, no second escalation', () => {
    const q = question(1, {
      status: 'escalated',
      assignee: '小周',
      stages: [open('D4'), open('D5'), open('C2')],
    });
    const actions = supportActions(q);
    expect(actions).toContain('escalationReply');
    expect(actions).not.toContain('escalate');
  });
  it('resolved complaint: follow-up, return visit, close and reopen', () => {
    const q = question(1, {
      status: 'resolved',
      type: 'complaint',
      assignee: '小周',
      stages: [open('D5', met), open('D7'), open('C3')],
    });
    expect(supportActions(q)).toEqual(['followup', 'returnVisit', 'escalate', 'reassign', 'close', 'reopen']);
  });
  it('closed with a return visit owed: only the return visit and reopen', () => {
    const q = question(1, { status: 'closed', type: 'complaint', stages: [open('D7', met), open('C3')] });
    expect(supportActions(q)).toEqual(['returnVisit', 'reopen']);
  });
});
