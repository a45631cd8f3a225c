// Each test gets its own headless main side (electron/web.ts) with a fresh data folder.
import { test as base } from '@playwright/test';
import { startWebServer, type WebServer } from './helpers/webServer';

export const test = base.extend<{ server: WebServer }>({
  // Playwright reads the fixture dependencies from the destructuring pattern; this one has none.
  // eslint-disable-next-line no-empty-pattern
  server: async ({}, use, testInfo) => {
    const server = await startWebServer({ demoRate: 8 });
    try {
      await use(server);
    } finally {
      if (testInfo.status !== testInfo.expectedStatus) {
        await testInfo.attach('web.ts stderr', { body: server.log(), contentType: 'text/plain' });
      }
      await server.stop();
    }
  },
});

export { expect } from '@playwright/test';
