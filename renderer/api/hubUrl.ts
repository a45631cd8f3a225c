// The hub's WebSocket address for the page the window was served from (DOM-free, so Node tests use it).

/** ws(s)://<this host>/api; a ?code= the page was opened with (LAN access code) goes along. */
export function hubUrl(loc: { protocol: string; host: string; search?: string }): string {
  const code = new URLSearchParams(loc.search ?? '').get('code');
  const q = code ? `?code=${encodeURIComponent(code)}` : '';
  return `${loc.protocol === 'https:' ? 'wss' : 'ws'}://${loc.host}/api${q}`;
}
