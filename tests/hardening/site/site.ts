/**
 * The set-up every site suite shares: the built bundles served on 127.0.0.1 and one Chromium context, started
 * before the suite's tests and closed after them, and a way to put a host page up and open it as a reader would.
 */
import type { Browser, BrowserContext, BrowserContextOptions } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launch, openPage, settled, type WatchedPage } from './browser.ts';
import { assertBuilt, startServer, type HostPage, type Server } from './server.ts';

export interface Site {
  /** Serves `page` at `path`, opens it in the suite's context and waits until its graphics have settled. */
  visit(path: string, page: HostPage): Promise<WatchedPage>;
}

/** Call at the top of a suite; `options` add to a 1,100 × 900 viewport under reduced motion. */
export function useSite(options: BrowserContextOptions = {}): Site {
  let server: Server | undefined;
  let browser: Browser | undefined;
  let context: BrowserContext | undefined;

  beforeAll(async () => {
    assertBuilt();
    [server, browser] = await Promise.all([startServer(), launch()]);
    context = await browser.newContext({ viewport: { width: 1100, height: 900 }, reducedMotion: 'reduce', ...options });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  return {
    async visit(path, hostPage) {
      if (!server || !context) throw new Error('useSite(): visit() before the suite started');
      server.pages.set(path, hostPage);
      const page = await openPage(context);
      await page.goto(`${server.origin}${path}`);
      await settled(page);
      return page;
    },
  };
}
