// Headless Chromium for verify's browser checks (plot, explore, the class report): Debian's chromium,
// started with the flags this machine's closed network needs.
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** A headless Chromium; the caller closes it. */
export async function launchChromium(): Promise<Browser> {
  const { chromium } = await import('playwright-core');
  return chromium.launch({
    executablePath: chromiumPath,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
    timeout: 120_000, // beside the mutants on 2 cores, starting Chromium once took over 30 s
  });
}

/** Open a local page in headless Chromium, evaluate `expression` in it; what it logged as errors. `screenshot`: a PNG of the page. */
export async function inChromium<T>(page: string, expression: string, screenshot?: string): Promise<{ value: T; errors: string[] }> {
  const browser = await launchChromium();

  try {
    const tab = await browser.newPage({ viewport: { width: 1200, height: 900 } });
    const errors: string[] = [];
    tab.on('pageerror', (e) => errors.push(e.message));
    tab.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await tab.goto(pathToFileURL(page).href);
    const value = (await tab.evaluate(expression)) as T;
    if (screenshot) await tab.screenshot({ path: screenshot, fullPage: true });
    return { value, errors };
  } finally {
    await browser.close();
  }
}
