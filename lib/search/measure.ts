import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from '@playwright/test';
import type { PatientQuestion } from './fixture';

/** For every heading id of a built page, the id of the h2 section it sits in (an h2 maps to itself). */
export function sectionOfHeadings(outDir: string, route: string): Map<string, string> {
  const html = fs.readFileSync(path.join(outDir, route, 'index.html'), 'utf8');
  const map = new Map<string, string>();
  let current = '';
  for (const m of html.matchAll(/<h([1-6])\b[^>]*\bid="([^"]+)"/g)) {
    if (m[1] === '2') current = m[2];
    map.set(m[2], m[1] === '1' ? '' : current || m[2]);
  }
  return map;
}

export type QuestionResult = {
  question: string;
  expectedPage: string;
  expectedSection: string;
  top: string[];
  pageInTop3: boolean;
  sectionLinked: boolean;
  linkedSection?: string;
};

/** Runs one question through the search page and reads what the first three results link to. */
export async function askSearchPage(page: Page, outDir: string, q: PatientQuestion): Promise<QuestionResult> {
  await page.goto(`/search/?q=${encodeURIComponent(q.question)}`);
  const status = page.getByRole('status');
  await status.filter({ hasText: /found|No pages/ }).waitFor({ timeout: 15_000 });
  const items = page.locator('.search-results > li');
  const count = Math.min(await items.count(), 3);
  const top: string[] = [];
  let linked: string | undefined;
  for (let i = 0; i < count; i += 1) {
    const item = items.nth(i);
    const href = (await item.locator('h2 a').first().getAttribute('href')) ?? '';
    top.push(href);
    if (href === q.page && linked === undefined) {
      const links = await item.locator('a[href*="#"]').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
      const fragment = links.map((l) => l.split('#')[1]).find(Boolean);
      linked = fragment ? (sectionOfHeadings(outDir, q.page).get(fragment) ?? fragment) : '';
    }
  }
  const accepted = [q.section, ...(q.alsoAccept ?? [])];
  return {
    question: q.question,
    expectedPage: q.page,
    expectedSection: q.section,
    top,
    pageInTop3: top.includes(q.page),
    sectionLinked: linked !== undefined && accepted.includes(linked),
    linkedSection: linked,
  };
}

export function percent(part: number, whole: number): number {
  return whole ? Math.round((part / whole) * 1000) / 10 : 0;
}

export type TransferWeight = { requests: number; gzipBytes: number; byType: Record<string, number> };

/**
 * What a first visit to a URL downloads, counted as gzip (level 9) of each
 * response body, the same way as the page-weight table: HTML, CSS, scripts,
 * the search index, its fragments and the WebAssembly module.
 */
export async function transferWeight(page: Page, url: string, settle: () => Promise<void>): Promise<TransferWeight> {
  const bodies: Promise<{ type: string; bytes: number }>[] = [];
  page.on('response', (response) => {
    const type = response.request().resourceType();
    bodies.push(
      response
        .body()
        .then((b) => ({ type, bytes: gzipSync(b, { level: 9 }).length }))
        .catch(() => ({ type, bytes: 0 })),
    );
  });
  await page.goto(url);
  await settle();
  const all = await Promise.all(bodies);
  const byType: Record<string, number> = {};
  for (const { type, bytes } of all) byType[type] = (byType[type] ?? 0) + bytes;
  return { requests: all.length, gzipBytes: all.reduce((sum, b) => sum + b.bytes, 0), byType };
}
