// electron/preload.ts (and the bridge it exposes) against a mocked `electron`.
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { commandSchemas } from '../../shared/api';
import type { LiveDeskApi } from '../../shared/api';
import { state } from './fakeElectron';

vi.mock('electron', async () => (await import('./fakeElectron')).electronModule);

let api: LiveDeskApi;
let deliver: (...args: unknown[]) => void;

beforeAll(async () => {
  await import('../../electron/preload');
  expect(state.exposed).toHaveLength(1);
  api = state.exposed[0][1] as LiveDeskApi;
});

beforeEach(() => {
  state.rendererInvoke.mockClear();
});

describe('preload', () => {
  it('exposes exactly one object, window.livedesk, with invoke and on only', () => {
    expect(state.exposed.map(([key]) => key)).toEqual(['livedesk']);
    expect(Object.keys(api).sort()).toEqual(['invoke', 'on']);
    // Nothing of ipcRenderer leaks through.
    expect(Object.values(api).every((v) => typeof v === 'function')).toBe(true);
    expect(JSON.stringify(Object.keys(api))).not.toMatch(/send|ipc|removeListener/);
  });

  it('refuses commands outside the contract without touching IPC', async () => {
    for (const name of ['fs:readFile', 'livedesk:invoke', '__proto__', 'toString', '']) {
      const result = await api.invoke(name as never, {} as never);
      expect(result, name).toMatchObject({ ok: false, error: { code: 'unknown_command' } });
    }
    expect(state.rendererInvoke).not.toHaveBeenCalled();
  });

  it('sends contract commands over livedesk:invoke and returns the result as data', async () => {
    state.rendererInvoke.mockResolvedValueOnce({ ok: true, value: { open: 3 } });
    const result = await api.invoke('stats:counts', {});
    expect(result).toEqual({ ok: true, value: { open: 3 } });
    expect(state.rendererInvoke).toHaveBeenCalledWith('livedesk:invoke', 'stats:counts', {});
    expect(Object.keys(commandSchemas)).toContain('stats:counts');
  });

  it('turns an IPC failure into an error result instead of a rejected promise', async () => {
    state.rendererInvoke.mockRejectedValueOnce(new Error('No handler registered'));
    await expect(api.invoke('session:info', {})).resolves.toMatchObject({
      ok: false,
      error: { code: 'internal', message: expect.stringContaining('No handler') },
    });
  });

  it('refuses unknown event names', () => {
    expect(() => api.on('ipc:anything' as never, () => {})).toThrow(/unknown event/);
  });

  it('delivers payloads only (never the Electron event) and unsubscribes', () => {
    const received: unknown[][] = [];
    const off = api.on('question:updated', (...args: unknown[]) => received.push(args));
    expect(state.rendererOn).toHaveBeenCalledTimes(1);
    expect(state.rendererOn.mock.calls[0][0]).toBe('livedesk:event');
    deliver = state.rendererOn.mock.calls[0][1] as (...args: unknown[]) => void;
    const ipcEvent = { sender: { send() {} }, ports: [] };
    deliver(ipcEvent, 'question:updated', { id: 7 });
    deliver(ipcEvent, 'stats:updated', { open: 1 }); // no listener for this one
    deliver(ipcEvent, 'not:an-event', { id: 8 });
    expect(received).toEqual([[{ id: 7 }]]);
    off();
    deliver(ipcEvent, 'question:updated', { id: 9 });
    expect(received).toHaveLength(1);
  });

  it('shares one IPC subscription, and one throwing listener does not starve the others', () => {
    const calls: string[] = [];
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const offA = api.on('deadline:alert', () => {
      throw new Error('boom');
    });
    const offB = api.on('deadline:alert', () => calls.push('b'));
    expect(state.rendererOn).toHaveBeenCalledTimes(1);
    deliver({}, 'deadline:alert', { questionId: 1 });
    expect(calls).toEqual(['b']);
    expect(error).toHaveBeenCalled();
    offA();
    offB();
    error.mockRestore();
  });
});
