// The window's glue: events into the store, seat + resync on connect, command errors as toasts.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CommandName, EventName, Events, Result } from '../../shared/api';
import type { ConnectionListener, ConnectionStatus, Transport } from '../../renderer/api/types';
import { chooseSeat, loadSeat, run, startDesk } from '../../renderer/api/desk';
import { flushComments, resetDesk, useDesk } from '../../renderer/store';
import { T0, comment, question } from './fixtures';

class FakeTransport implements Transport {
  calls: { name: CommandName; args: unknown }[] = [];
  replies: Partial<Record<CommandName, (args: unknown) => Result<unknown>>> = {};
  private listeners = new Map<EventName, Set<(p: unknown) => void>>();
  private conn = new Set<ConnectionListener>();
  status: ConnectionStatus = { state: 'connecting', attempt: 0, retryAt: null };

  invoke(name: CommandName, args: unknown): Promise<Result<never>> {
    this.calls.push({ name, args });
    const reply = this.replies[name];
    return Promise.resolve((reply ? reply(args) : { ok: true, value: null }) as Result<never>);
  }
  on<E extends EventName>(name: E, listener: (payload: Events[E]) => void): () => void {
    if (!this.listeners.has(name)) this.listeners.set(name, new Set());
    this.listeners.get(name)!.add(listener as (p: unknown) => void);
    return () => this.listeners.get(name)!.delete(listener as (p: unknown) => void);
  }
  onConnection(l: ConnectionListener): () => void {
    this.conn.add(l);
    l(this.status);
    return () => this.conn.delete(l);
  }
  emit<E extends EventName>(name: E, payload: Events[E]): void {
    for (const l of this.listeners.get(name) ?? []) l(payload);
  }
  setStatus(s: ConnectionStatus): void {
    this.status = s;
    for (const l of this.conn) l(s);
  }
}

const counts = {
  comments: 3,
  questions: 1,
  open: 1,
  answered: 0,
  handedOff: 0,
  resolved: 0,
  dismissed: 0,
  deadlinesMet: 0,
  deadlinesBreached: 0,
  deadlinesOpen: 1,
  warnings: 0,
};

let api: FakeTransport;
let stop: () => void;
const settle = () => new Promise((r) => setTimeout(r, 0));

beforeEach(() => {
  resetDesk(T0);
  api = new FakeTransport();
  api.replies['session:info'] = () => ({
    ok: true,
    value: {
      sessionId: 1,
      title: 't',
      startedAt: T0,
      seat: { name: '主播', role: 'host' },
      now: Date.now() + 5000,
      sources: [],
      counts,
      policyVersion: 1,
      windows: {},
    },
  });
  api.replies['question:list'] = () => ({ ok: true, value: [question(1)] });
  api.replies['comment:recent'] = () => ({ ok: true, value: [comment(2), comment(1)] });
  stop = startDesk(api);
});
afterEach(() => stop());

describe('startDesk', () => {
  it('on connect sends the seat first, then loads session, questions and comments', async () => {
    useDesk.setState({ seat: { name: '小林', role: 'cohost' } });
    api.setStatus({ state: 'open', attempt: 0, retryAt: null });
    await settle();
    expect(api.calls.map((c) => c.name)).toEqual([
      'seat:set',
      'session:info',
      'question:list',
      'comment:recent',
    ]);
    expect(api.calls[0].args).toEqual({ name: '小林', role: 'cohost' });
    const s = useDesk.getState();
    expect(s.counts).toEqual(counts);
    expect(Object.keys(s.questions)).toEqual(['1']);
    expect(s.comments.map((c) => c.id)).toEqual([2, 1]);
    // Server clock 5 s ahead: countdowns use server time.
    expect(s.clockOffset).toBeGreaterThan(4000);
    expect(s.clockOffset).toBeLessThan(6000);
  });

  it('resyncs after a reconnect', async () => {
    api.setStatus({ state: 'open', attempt: 0, retryAt: null });
    await settle();
    api.setStatus({ state: 'lost', attempt: 1, retryAt: Date.now() + 500 });
    expect(useDesk.getState().conn.state).toBe('lost');
    api.calls = [];
    api.setStatus({ state: 'open', attempt: 0, retryAt: null });
    await settle();
    expect(api.calls.map((c) => c.name)).toContain('session:info');
  });

  it('puts pushed events into the store; comments are batched until the frame flush', () => {
    api.emit('question:updated', question(5));
    api.emit('stats:updated', { ...counts, answered: 4 });
    api.emit('deadline:alert', { questionId: 5, stage: 'D1', seq: 1, level: 'breached', at: T0 });
    api.emit('comment:batch', [comment(10), comment(11)]);
    api.emit('comment:batch', [comment(12)]);
    let s = useDesk.getState();
    expect(s.questions[5].id).toBe(5);
    expect(s.counts?.answered).toBe(4);
    expect(s.alerts).toHaveLength(1);
    expect(s.comments).toHaveLength(0);
    flushComments();
    s = useDesk.getState();
    expect(s.comments.map((c) => c.id)).toEqual([12, 11, 10]);
  });
});

describe('run', () => {
  it('shows a conflict as a readable error toast and resolves to null', async () => {
    api.replies['question:claim'] = () => ({
      ok: false,
      error: { code: 'conflict', message: 'already claimed by 客服乙' },
    });
    const value = await run('question:claim', { questionId: 1 });
    expect(value).toBeNull();
    const toasts = useDesk.getState().toasts;
    expect(toasts).toHaveLength(1);
    expect(toasts[0]).toMatchObject({ kind: 'error', text: '冲突：already claimed by 客服乙' });
  });

  it('applies a returned question at once and confirms with a toast', async () => {
    api.replies['question:answer'] = () => ({
      ok: true,
      value: question(1, { status: 'answered', updatedAt: T0 + 9e6 }),
    });
    const value = await run('question:answer', { questionId: 1, how: 'on_air' }, '已标记为口播回答');
    expect(value?.status).toBe('answered');
    expect(useDesk.getState().questions[1].status).toBe('answered');
    expect(useDesk.getState().toasts[0]).toMatchObject({ kind: 'ok', text: '已标记为口播回答' });
  });

  it('chooseSeat remembers the seat and sends it when connected', async () => {
    api.setStatus({ state: 'open', attempt: 0, retryAt: null });
    await settle();
    api.calls = [];
    await chooseSeat({ name: '客服甲', role: 'support' });
    expect(useDesk.getState().seat).toEqual({ name: '客服甲', role: 'support' });
    expect(api.calls).toEqual([{ name: 'seat:set', args: { name: '客服甲', role: 'support' } }]);
  });
});

describe('loadSeat', () => {
  it('reads a stored seat and ignores garbage', () => {
    const store = (v: string | null) => ({ getItem: () => v });
    expect(loadSeat(store(JSON.stringify({ name: '小林', role: 'host' })))).toEqual({
      name: '小林',
      role: 'host',
    });
    expect(loadSeat(store('{oops'))).toBeNull();
    expect(loadSeat(store(JSON.stringify({ name: ' ', role: 'host' })))).toBeNull();
    expect(loadSeat(undefined)).toBeNull();
  });
});
