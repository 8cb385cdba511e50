import type { Page } from '@playwright/test';

/**
 * What a browser does when someone prints (Ctrl+P, the menu or the page's
 * button): it fires "beforeprint". Playwright's page.pdf() and emulateMedia()
 * do not, so a test that prints says so first. The appointment page draws its
 * QR code then, and only then.
 */
export async function startPrinting(page: Page) {
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
}
