import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from './fixtures';
import { GUIDE_ROUTES, PROCEDURE_ROUTES, SPANISH_GUIDE_ROUTES, SPANISH_PROCEDURE_ROUTES } from './routes';

/** What a reader sees: each small number in the text, and the Sources entry its link lands on. */
async function citationsOn(page: import('@playwright/test').Page) {
  return page.locator('sup.cite a').evaluateAll((links) =>
    links.map((a) => {
      const id = decodeURIComponent(a.getAttribute('href')!.slice(1));
      const target = document.getElementById(id);
      const list = target?.closest('ol');
      return {
        number: a.textContent!.trim(),
        target: target ? { inSources: Boolean(target.closest('section.sources')), position: list ? [...list.children].indexOf(target) + 1 : -1 } : null,
      };
    }),
  );
}

test.describe('in-text citations', () => {
  test.setTimeout(120_000);

  test('every guide and test page cites its sources in the text, and each number lands on its Sources entry', async ({ page }) => {
    for (const route of [...GUIDE_ROUTES, ...PROCEDURE_ROUTES, ...SPANISH_GUIDE_ROUTES, ...SPANISH_PROCEDURE_ROUTES]) {
      await page.goto(route);
      const cites = await citationsOn(page);
      expect(cites.length, `${route} has no citations`).toBeGreaterThan(3);
      for (const cite of cites) {
        expect(cite.target, `${route}: [${cite.number}] points nowhere`).not.toBeNull();
        expect(cite.target!.inSources).toBe(true);
        expect(String(cite.target!.position), `${route}: [${cite.number}] lands on entry ${cite.target!.position}`).toBe(cite.number);
      }
    }
  });

  test('every warning sign on a test page carries its citation', async ({ page }) => {
    for (const route of [...PROCEDURE_ROUTES, ...SPANISH_PROCEDURE_ROUTES]) {
      await page.goto(route);
      const signs = page.locator('.help-cards [data-sign]');
      const count = await signs.count();
      expect(count, route).toBeGreaterThan(0);
      for (let i = 0; i < count; i++) await expect(signs.nth(i).locator('sup.cite a').first()).toBeVisible();
    }
  });

  test('following a citation moves the reader to that source', async ({ page }) => {
    await page.goto('/procedures/myelogram/');
    const first = page.locator('sup.cite a').first();
    const href = (await first.getAttribute('href'))!;
    await first.click();
    await expect(page).toHaveURL(new RegExp(`${href}$`));
    await expect(page.locator(href)).toBeInViewport();
  });

  // The same check in both editions: a Spanish reader prints the Spanish page.
  for (const route of ['/procedures/myelogram/', SPANISH_PROCEDURE_ROUTES.find((r) => r.includes('mielografia'))!]) {
    test(`the printed page keeps the numbers and lists where each source is (${route})`, async ({ page }) => {
      test.skip(!hasPdftotext() && !process.env.CI, 'needs pdftotext (Debian package poppler-utils); .ci/run installs it');
      await page.goto(route);
      const first = await page.locator('sup.cite a').first().evaluate((a) => ({ n: a.textContent!.trim(), href: a.getAttribute('href')! }));
      const url = await page.locator(`${first.href} a`).getAttribute('href');
      await page.emulateMedia({ media: 'print' });
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cite-'));
      fs.writeFileSync(path.join(dir, 'page.pdf'), await page.pdf({ format: 'A4' }));
      execFileSync('pdftotext', ['-layout', 'page.pdf', 'page.txt'], { cwd: dir });
      const text = fs.readFileSync(path.join(dir, 'page.txt'), 'utf8');
      expect(text).toContain(`[${first.n}]`);
      // A long address wraps on paper; read without the line breaks, it is whole.
      expect(text.replace(/\s+/g, '')).toContain(url!);
    });
  }
});

function hasPdftotext() {
  try {
    execFileSync('pdftotext', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}
