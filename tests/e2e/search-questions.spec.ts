import path from 'node:path';
import { answeredQuestions } from '../../lib/search/fixture';
import { askSearchPage, percent, transferWeight, type QuestionResult } from '../../lib/search/measure';
import { expect, test } from './fixtures';

const OUT = path.resolve('out');

test.describe('real patient questions through the search page', () => {
  test('find the answering page in the top 3 for 90% and link its section for 70%', async ({ page }) => {
    test.setTimeout(180_000);
    const results: QuestionResult[] = [];
    for (const q of answeredQuestions) results.push(await askSearchPage(page, OUT, q));
    const pages = results.filter((r) => r.pageInTop3).length;
    const sections = results.filter((r) => r.sectionLinked).length;
    const misses = results
      .filter((r) => !r.pageInTop3 || !r.sectionLinked)
      .map((r) => `${r.pageInTop3 ? 'section' : 'page'} miss: "${r.question.slice(0, 60)}" wanted ${r.expectedPage}#${r.expectedSection}, got ${r.top.join(' ')} #${r.linkedSection ?? '-'}`);
    console.log(`page in top 3: ${percent(pages, results.length)}%, section linked: ${percent(sections, results.length)}%\n${misses.join('\n')}`);
    expect(percent(pages, results.length)).toBeGreaterThanOrEqual(90);
    expect(percent(sections, results.length)).toBeGreaterThanOrEqual(70);
  });

  // The target is 100 KB in all, which `npm run bench` measures with the rest of the budget. This guards it here
  // too: most of it is Pagefind's WebAssembly (about 58 KB) and script (about 13 KB); a result loads only its part
  // of a page (under 1.5 KB), so a change that loaded whole pages again would fail.
  test('the search page with a query stays within its first-visit weight', async ({ page }) => {
    const weight = await transferWeight(page, '/search/?q=barium', async () => {
      await expect(page.getByRole('status')).toContainText('found');
      await page.waitForLoadState('networkidle');
    });
    console.log(`/search/?q=barium: ${weight.requests} requests, ${(weight.gzipBytes / 1024).toFixed(1)} KiB gzipped`, weight.byType);
    expect(weight.gzipBytes).toBeLessThanOrEqual(100 * 1024);
  });
});
