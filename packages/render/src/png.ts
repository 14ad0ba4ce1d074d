/**
 * A rendered graphic as a PNG, through Chromium (playwright-core, the system's Chromium; never a downloaded one).
 * The page is the server-rendered HTML: declarative shadow DOM draws the graphic with no script, at exactly the
 * width it was laid out for. Nothing is fetched: the page is handed to the browser as a string.
 */
import type { Browser } from 'playwright-core';

/** The flags every Chromium in this project starts with (see /scripts/chromium.mjs). */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
];

export function chromiumPath(): string {
  return process.env.CHROME_PATH || '/usr/bin/chromium';
}

export interface PngOptions {
  /** Width the HTML was rendered for, in CSS pixels: the PNG is `width × scale` pixels wide. */
  width: number;
  /** Device pixels per CSS pixel (2 for a sharp social card or print). Default 1. */
  scale?: number;
  /** The page font the graphic inherits. */
  fontFamily: string;
  /** The page's language. */
  lang?: string;
  /** A browser to reuse (closing it stays with the caller); otherwise one is started and closed. */
  browser?: Browser;
}

/** Screenshots the graphic in `html` (one element with declarative shadow DOM) at its width. */
export async function htmlToPng(html: string, options: PngOptions): Promise<Buffer> {
  const scale = options.scale ?? 1;
  // Loaded only for a PNG: it is most of the command's start-up time.
  const browser = options.browser ?? (await (await import('playwright-core')).chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS }));
  try {
    const context = await browser.newContext({
      viewport: { width: options.width, height: 800 },
      deviceScaleFactor: scale,
      colorScheme: 'light',
      reducedMotion: 'reduce',
      offline: true,
    });
    try {
      const page = await context.newPage();
      // No request leaves the page: it is a string, and anything it might ask for is refused.
      await page.route('**/*', (route) => route.abort());
      const font = options.fontFamily.replace(/[<>{}]/g, '');
      await page.setContent(
        `<!doctype html><html lang="${(options.lang ?? 'en').replace(/[^A-Za-z0-9-]/g, '')}"><head><meta charset="utf-8">` +
          `<style>html,body{margin:0;padding:0;overflow:hidden}body{font-family:${font}}</style></head>` +
          `<body>${html}</body></html>`,
        { waitUntil: 'load' },
      );
      const graphic = page.locator('body > :first-child');
      const attached = await graphic.evaluate((element) => element.shadowRoot !== null);
      if (!attached) throw new Error('The page did not attach the declarative shadow root');
      const box = await graphic.boundingBox();
      if (!box) throw new Error('The graphic has no size');
      await page.setViewportSize({ width: options.width, height: Math.max(1, Math.ceil(box.height)) });
      return await graphic.screenshot({ type: 'png', animations: 'disabled', scale: 'device' });
    } finally {
      await context.close();
    }
  } finally {
    if (!options.browser) await browser.close();
  }
}
