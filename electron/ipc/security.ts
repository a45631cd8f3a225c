// Security constants and checks for the Electron entry. Pure: no `electron` import, so they are
// unit-tested without an Electron binary.

/** The renderer is served from a custom privileged scheme, never from file:// or http://. */
export const APP_SCHEME = 'app';
export const APP_HOST = 'livedesk';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_INDEX_URL = `${APP_ORIGIN}/index.html`;

/** Same policy as the renderer's <meta http-equiv="Content-Security-Policy">. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** Headers sent with every response of the app:// scheme. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

/** webPreferences of every LiveDesk window: isolated, sandboxed, no Node in the page. */
export function secureWebPreferences(preload: string) {
  return {
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    spellcheck: false,
    preload,
  } as const;
}

/** True only for URLs of our own origin (app://livedesk/...). */
export function isAppUrl(url: unknown): boolean {
  if (typeof url !== 'string' || url.length === 0) return false;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return (
    parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST && !parsed.username && !parsed.password
  );
}

export interface SenderInfo {
  /** URL of the frame that sent the IPC message (event.senderFrame.url); null when the frame is gone. */
  url: string | null | undefined;
  /** Whether the sender is the top-level frame of its window. */
  isMainFrame: boolean;
}

/** IPC is accepted only from the top-level frame of a page of our own origin. */
export function isTrustedSender(sender: SenderInfo | null | undefined): boolean {
  return !!sender && sender.isMainFrame && isAppUrl(sender.url);
}

/** Navigation inside the window: only within our origin; everything else is blocked. */
export function isAllowedNavigation(url: unknown): boolean {
  return isAppUrl(url);
}
