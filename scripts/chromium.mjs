// The one Chromium every browser test, story test and screenshot uses: Debian's, never one Playwright downloads,
// started with the flags that keep it from reaching for a network this machine does not have.

export const chromiumPath = process.env.CHROME_PATH ?? '/usr/bin/chromium';

export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
];

/** Options for playwright-core's `chromium.launch()`. */
export const launchOptions = { executablePath: chromiumPath, args: chromiumArgs };
