/**
 * Chromium for the site suites (Debian's, with the project's launch options; never a downloaded one), and pages
 * that watch for everything a host page would notice: requests off 127.0.0.1, page errors, console errors and
 * Content-Security-Policy violations.
 */
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { launchOptions } from '../../../scripts/chromium.mjs';

export function launch(): Promise<Browser> {
  return chromium.launch(launchOptions);
}

export type WatchedPage = Page & {
  /** Requests off 127.0.0.1, page errors, console errors: each one a failure. */
  problems: string[];
  warnings: string[];
};

/**
 * A page that may talk to 127.0.0.1 only. A `securitypolicyviolation` listener is registered before any of the
 * page's own script runs (an init script, which CSP does not govern); read what it saw with `violations(page)`.
 */
export async function openPage(context: BrowserContext): Promise<WatchedPage> {
  const page = Object.assign(await context.newPage(), { problems: [] as string[], warnings: [] as string[] });
  await page.route(/^(?!https?:\/\/127\.0\.0\.1[:/]|data:|about:)/, (route) => {
    page.problems.push(`request to ${route.request().url()}`);
    return route.abort();
  });
  await page.addInitScript(() => {
    const seen: string[] = [];
    Object.defineProperty(window, '__cspViolations', { value: seen });
    document.addEventListener(
      'securitypolicyviolation',
      (event) => {
        // The node that broke the policy, inside a shadow root if it is there (open roots show in the path).
        const node = event.composedPath()[0];
        const where =
          node instanceof Element
            ? `<${node.localName}${node.getAttribute('class') ? ` class="${node.getAttribute('class')}"` : ''}>`
            : 'document';
        const host = node instanceof Node && node.getRootNode() instanceof ShadowRoot ? ` in <${(node.getRootNode() as ShadowRoot).host.localName}>` : '';
        seen.push(`${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} at ${where}${host}`);
      },
      true,
    );
  });
  page.on('pageerror', (error) => page.problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') page.problems.push(`console error: ${message.text()}`);
    if (message.type() === 'warning') page.warnings.push(message.text());
  });
  return page;
}

/** The CSP violations the page has reported so far. */
export function violations(page: Page): Promise<string[]> {
  return page.evaluate(() => [...((window as unknown as { __cspViolations?: string[] }).__cspViolations ?? [])]);
}

/**
 * Waits until every Salient element on the page has drawn (an svg) or shown its error, then two more frames so
 * layout that follows a resize has settled.
 */
export async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const elements = [...document.querySelectorAll('*')].filter((element) => element.localName.startsWith('salient-'));
    return (
      elements.length > 0 &&
      elements.every((element) => customElements.get(element.localName) && element.shadowRoot?.querySelector('svg, [part~="error"]'))
    );
  });
  await page.evaluate(() => document.fonts.ready);
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
}
