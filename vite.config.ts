import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

const root = fileURLToPath(new URL('./renderer', import.meta.url));

// The dev server injects an inline React-refresh preamble and talks HMR over ws://; the strict CSP
// in index.html would block both, so it is relaxed for `vite serve` only. Builds keep it as written.
const devCsp: Plugin = {
  name: 'livedesk-dev-csp',
  apply: 'serve',
  transformIndexHtml: (html) =>
    html
      .replace("script-src 'self'", "script-src 'self' 'unsafe-inline'")
      .replace("connect-src 'self'", "connect-src 'self' ws: http:"),
};

export default defineConfig({
  root,
  base: './',
  plugins: [react(), devCsp],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    target: 'chrome120',
    sourcemap: true,
  },
  server: { host: '127.0.0.1' },
});
