// The app:// handler and the origin checks, without Electron.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAppProtocolHandler, resolveAppFile } from '../../electron/ipc/protocol';
import { CONTENT_SECURITY_POLICY, isAppUrl, isTrustedSender } from '../../electron/ipc/security';

let tmp: string;
let root: string;

beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'livedesk-protocol-'));
  root = path.join(tmp, 'renderer');
  fs.mkdirSync(path.join(root, 'assets'), { recursive: true });
  fs.writeFileSync(path.join(root, 'index.html'), '<!doctype html>');
  fs.writeFileSync(path.join(root, 'assets', 'index-abc.css'), 'body{}');
  fs.writeFileSync(path.join(tmp, 'outside.txt'), 'secret');
  fs.mkdirSync(path.join(tmp, 'renderer-evil'));
  fs.writeFileSync(path.join(tmp, 'renderer-evil', 'x.txt'), 'sibling');
});
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe('resolveAppFile', () => {
  it('maps app://livedesk/ paths into the root', () => {
    expect(resolveAppFile(root, 'app://livedesk/')).toBe(path.join(root, 'index.html'));
    expect(resolveAppFile(root, 'app://livedesk/index.html?x=1#y')).toBe(path.join(root, 'index.html'));
    expect(resolveAppFile(root, 'app://livedesk/assets/index-abc.css')).toBe(
      path.join(root, 'assets', 'index-abc.css'),
    );
    expect(resolveAppFile(root, 'app://livedesk/assets/%E5%9B%BE.png')).toBe(
      path.join(root, 'assets', '图.png'),
    );
  });

  it('refuses traversal, encoded separators, NUL, other hosts and schemes', () => {
    for (const url of [
      'app://livedesk/assets/..%2f..%2foutside.txt',
      'app://livedesk/..%5coutside.txt',
      'app://livedesk/index.html%00.png',
      'app://livedesk/C:/Windows/win.ini',
      'app://livedesk/%E0%A4%A',
      'app://other/index.html',
      'file:///etc/passwd',
      'https://livedesk/index.html',
      'not a url',
    ]) {
      expect(resolveAppFile(root, url), url).toBeNull();
    }
    // URL parsing already folds ../ and %2e%2e/ segments back inside the root.
    expect(resolveAppFile(root, 'app://livedesk/../../outside.txt')).toBe(path.join(root, 'outside.txt'));
    expect(resolveAppFile(root, 'app://livedesk/%2e%2e/outside.txt')).toBe(path.join(root, 'outside.txt'));
  });
});

describe('createAppProtocolHandler', () => {
  const handler = () => createAppProtocolHandler({ root, readFile: (f) => fs.promises.readFile(f) });

  it('serves files with a content type and the CSP on every response', async () => {
    const css = await handler()(new Request('app://livedesk/assets/index-abc.css'));
    expect(css.status).toBe(200);
    expect(css.headers.get('content-type')).toMatch(/^text\/css/);
    expect(css.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(css.headers.get('x-content-type-options')).toBe('nosniff');
    const missing = await handler()(new Request('app://livedesk/nope.js'));
    expect(missing.status).toBe(404);
    expect(missing.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
  });

  it('answers 403 for traversal and 405 for writes', async () => {
    const evil = await handler()(new Request('app://livedesk/..%2frenderer-evil/x.txt'));
    expect(evil.status).toBe(403);
    const post = await handler()(new Request('app://livedesk/index.html', { method: 'POST', body: 'x' }));
    expect(post.status).toBe(405);
  });

  it('HEAD has headers but no body', async () => {
    const res = await handler()(new Request('app://livedesk/index.html', { method: 'HEAD' }));
    expect(res.status).toBe(200);
    expect(await res.text()).toBe('');
  });

  it('CSP matches the renderer policy', () => {
    expect(CONTENT_SECURITY_POLICY).toBe(
      "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; " +
        "connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'",
    );
  });
});

describe('origin checks', () => {
  it('accepts only the top frame of app://livedesk', () => {
    expect(isAppUrl('app://livedesk/index.html')).toBe(true);
    expect(isAppUrl('app://livedesk.evil.example/')).toBe(false);
    expect(isAppUrl('app://user:pw@livedesk/')).toBe(false);
    expect(isAppUrl('https://livedesk/')).toBe(false);
    expect(isAppUrl('')).toBe(false);
    expect(isAppUrl(undefined)).toBe(false);
    expect(isTrustedSender({ url: 'app://livedesk/index.html', isMainFrame: true })).toBe(true);
    expect(isTrustedSender({ url: 'app://livedesk/index.html', isMainFrame: false })).toBe(false);
    expect(isTrustedSender({ url: null, isMainFrame: true })).toBe(false);
    expect(isTrustedSender(null)).toBe(false);
  });
});
