import { gzipSync } from 'node:zlib';
import type { Browser, Page } from '@playwright/test';

export type Download = { url: string; type: string; gzipBytes: number };

export type FirstVisit = {
  /** What the bench calls the visit: the route, or the route with how it was opened. */
  name: string;
  url: string;
  requests: number;
  gzipBytes: number;
  /** Scripts fetched, plus the text of inline scripts, gzipped. WebAssembly is counted apart. */
  jsGzipBytes: number;
  byType: Record<string, number>;
  downloads: Download[];
};

/** Gzip at level 9, as a host that compresses would send it (Pagefind's own files are already gzipped). */
export const gzipSize = (body: Buffer | string) => gzipSync(body, { level: 9 }).length;

/**
 * Everything a first visit downloads: a fresh browser context (empty cache),
 * every response the page receives until `settle` says it is done and the
 * network is idle, each counted as its gzipped body. Lazy chunks, the search
 * index, its fragments and WebAssembly are responses like any other.
 */
export async function firstVisit(
  browser: Browser,
  baseURL: string,
  visit: { name: string; url: string; settle?: (page: Page) => Promise<void> },
): Promise<FirstVisit> {
  const context = await browser.newContext({ baseURL, serviceWorkers: 'block' });
  try {
    const page = await context.newPage();
    const pending: Promise<Download>[] = [];
    page.on('response', (response) => {
      const type = response.request().resourceType();
      const url = response.url();
      pending.push(
        response.body().then(
          (b) => ({ url, type, gzipBytes: gzipSize(b) }),
          () => ({ url, type, gzipBytes: 0 }),
        ),
      );
    });
    await page.goto(visit.url);
    await page.waitForLoadState('load');
    if (visit.settle) await visit.settle(page);
    await page.waitForLoadState('networkidle');
    const inline: string[] = await page.evaluate(() =>
      [...document.querySelectorAll('script:not([src])')]
        .filter((s) => !/json|importmap/.test(s.getAttribute('type') ?? ''))
        .map((s) => s.textContent ?? ''),
    );
    const downloads = await Promise.all(pending);
    const byType: Record<string, number> = {};
    for (const d of downloads) byType[d.type] = (byType[d.type] ?? 0) + d.gzipBytes;
    const inlineJs = inline.filter(Boolean).reduce((sum, text) => sum + gzipSize(text), 0);
    return {
      name: visit.name,
      url: visit.url,
      requests: downloads.length,
      gzipBytes: downloads.reduce((sum, d) => sum + d.gzipBytes, 0),
      jsGzipBytes: (byType.script ?? 0) + inlineJs,
      byType,
      downloads,
    };
  } finally {
    await context.close();
  }
}
