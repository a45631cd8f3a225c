// Small pure helpers of the Electron entry: command line, menu, seat, event forwarding.
import { describe, expect, it, vi } from 'vitest';
import { parseAppArgs } from '../../electron/ipc/args';
import { createEventForwarder, createInvokeHandler, defaultSeat } from '../../electron/ipc/invoke';
import { buildMenuTemplate } from '../../electron/ipc/menu';
import type { MenuItemSpec } from '../../electron/ipc/menu';
import { lanShareText, lanUrls } from '../../electron/ipc/lanShare';
import type { NetworkInterfaceInfo } from 'node:os';

const roles = (items: MenuItemSpec[]): string[] =>
  items.flatMap((i) => [...(i.role ? [i.role] : []), ...(i.submenu ? roles(i.submenu) : [])]);

describe('parseAppArgs', () => {
  it('demo by default, --no-demo turns it off, --data-dir in both spellings', () => {
    expect(parseAppArgs(['/path/electron', '.'])).toEqual({ demo: true, dataDir: null });
    expect(parseAppArgs(['electron', '.', '--no-demo'])).toEqual({ demo: false, dataDir: null });
    expect(parseAppArgs(['x', '--data-dir=/tmp/a'])).toEqual({ demo: true, dataDir: '/tmp/a' });
    expect(parseAppArgs(['x', '--data-dir', '/tmp/b'])).toEqual({ demo: true, dataDir: '/tmp/b' });
  });
});

describe('buildMenuTemplate', () => {
  const opts = {
    appName: 'LiveDesk',
    onAbout: () => {},
    onOpenDataFolder: () => {},
    onExportPdf: () => {},
    onPrint: () => {},
    onLanShare: () => {},
  };

  it('packaged: zh-CN menus, no reload or developer tools', () => {
    const menu = buildMenuTemplate({ ...opts, platform: 'win32', dev: false });
    expect(menu.map((m) => m.label)).toEqual(['文件', '编辑', '视图', '帮助']);
    expect(roles(menu)).not.toContain('toggleDevTools');
    expect(roles(menu)).not.toContain('reload');
    expect(roles(menu)).toContain('quit');
  });

  it('development: reload and developer tools; macOS gets the app and window menus', () => {
    const menu = buildMenuTemplate({ ...opts, platform: 'darwin', dev: true });
    expect(menu[0].label).toBe('LiveDesk');
    expect(roles(menu)).toEqual(
      expect.arrayContaining(['reload', 'toggleDevTools', 'windowMenu', 'copy', 'paste']),
    );
  });
});

describe('局域网共享 LAN share text', () => {
  const iface = (address: string, internal = false, family: 'IPv4' | 'IPv6' = 'IPv4') =>
    ({
      address,
      internal,
      family,
      netmask: '',
      mac: '',
      cidr: null,
    }) as NetworkInterfaceInfo;
  it('lists the LAN IPv4 addresses (private ranges first) with the port and the access code', () => {
    const urls = lanUrls(
      {
        lo: [iface('127.0.0.1', true)],
        tun0: [iface('8.8.4.4')],
        eth0: [iface('192.168.1.20'), iface('fe80::1', false, 'IPv6')],
        wlan0: [iface('10.0.0.5'), iface('192.168.1.20')],
      },
      5180,
      '012345',
    );
    expect(urls).toEqual([
      'http://192.168.1.20:5180/?code=012345',
      'http://10.0.0.5:5180/?code=012345',
      'http://8.8.4.4:5180/?code=012345',
    ]);
    expect(lanUrls({ lo: [iface('127.0.0.1', true)] }, 5180, '1')).toEqual([]);
  });
  it('says where to go, the code, and when the link stops working (zh + en)', () => {
    const t = lanShareText(['http://192.168.1.20:5180/?code=012345'], '012345');
    expect(t.detail).toContain('http://192.168.1.20:5180/?code=012345');
    expect(t.detail).toContain('访问码 / access code: 012345');
    expect(lanShareText([], '1').detail).toContain('no LAN address found');
    expect(t.message).toMatch(/局域网[\s\S]*LAN/);
  });
  it('the File menu has it with a shortcut', () => {
    const noop = () => {};
    const menu = buildMenuTemplate({
      appName: 'LiveDesk',
      onAbout: noop,
      onOpenDataFolder: noop,
      onExportPdf: noop,
      onPrint: noop,
      onLanShare: noop,
      platform: 'linux',
      dev: false,
    });
    const file = menu.find((m) => m.label === '文件')!.submenu!;
    expect(file.find((i) => i.label?.startsWith('局域网共享'))?.accelerator).toBe('CmdOrCtrl+Shift+L');
  });
});

describe('seat and dispatch', () => {
  it('default seat is the OS user as host, 主播 when unknown', () => {
    expect(defaultSeat('alice')).toEqual({ name: 'alice', role: 'host' });
    expect(defaultSeat('  ')).toEqual({ name: '主播', role: 'host' });
    expect(defaultSeat(undefined)).toEqual({ name: '主播', role: 'host' });
    expect(defaultSeat('x'.repeat(80)).name).toHaveLength(40);
  });

  it('the desk sees a copy of the seat, so a handler cannot change the window seat behind its back', async () => {
    const seatRef = { current: defaultSeat('alice') };
    const call = vi.fn(async (ctx: { seat: { name: string } }) => {
      ctx.seat.name = 'mallory';
      return { ok: true as const, value: null };
    });
    const handler = createInvokeHandler({ call }, seatRef);
    await handler({ url: 'app://livedesk/index.html', isMainFrame: true }, 'stats:counts', {});
    expect(seatRef.current.name).toBe('alice');
  });

  it('forwards only contract events, to live targets', () => {
    const live = { isDestroyed: () => false, send: vi.fn() };
    const dead = { isDestroyed: () => true, send: vi.fn() };
    const closing = {
      isDestroyed: () => false,
      send: vi.fn(() => {
        throw new Error('Object has been destroyed');
      }),
    };
    const forward = createEventForwarder(() => [closing, dead, live]);
    forward('stats:updated', {} as never);
    forward('x:y' as never, {} as never);
    expect(live.send).toHaveBeenCalledTimes(1);
    expect(live.send).toHaveBeenCalledWith('livedesk:event', 'stats:updated', {});
    expect(dead.send).not.toHaveBeenCalled();
  });
});
