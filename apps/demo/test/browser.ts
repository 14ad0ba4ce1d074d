import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { launchOptions } from '../../../scripts/chromium.mjs';

/** The project's Chromium (Debian's, never a downloaded one), for tests that drive whole pages. */
export function launch(): Promise<Browser> {
  return chromium.launch(launchOptions);
}

/**
 * A page that may talk to 127.0.0.1 only: any other request fails the test. Console errors and page errors are
 * collected (`page.problems`).
 */
export async function openPage(
  context: BrowserContext,
): Promise<Page & { problems: string[]; warnings: string[] }> {
  const page = Object.assign(await context.newPage(), { problems: [] as string[], warnings: [] as string[] });
  await page.route(/^(?!https?:\/\/127\.0\.0\.1[:/]|data:|about:)/, (route) => {
    page.problems.push(`request to ${route.request().url()}`);
    return route.abort();
  });
  page.on('pageerror', (error) => page.problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') page.problems.push(`console error: ${message.text()}`);
    if (message.type() === 'warning') page.warnings.push(message.text());
  });
  return page;
}
