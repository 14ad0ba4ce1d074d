// Loading a built page in a fresh browser context and reading what its harness recorded.

/** Opens `url` in a new context (empty cache, no state from other loads) and waits for `window.__bench`. */
export async function freshPage(browser, url, { viewport = { width: 900, height: 700 } } = {}) {
  const context = await browser.newContext({ viewport, deviceScaleFactor: 1 });
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (error) => problems.push(String(error)));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  await page.goto(url);
  await page.waitForFunction(() => window.__bench?.ready || window.__bench?.error, null, { timeout: 60_000 });
  const error = await page.evaluate(() => window.__bench.error);
  if (error) problems.push(error);
  if (problems.length) {
    await context.close();
    throw new Error(`${url}: ${problems.join('; ')}`);
  }
  return { page, context, close: () => context.close() };
}

/** Round-robin order for round `i`: each contender leads in turn, so none always runs first or last. */
export function rotate(list, i) {
  const k = i % list.length;
  return [...list.slice(k), ...list.slice(0, k)];
}
