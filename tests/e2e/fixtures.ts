import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/**
 * Every test fails on a console error or a Content-Security-Policy report:
 * under a broken policy a page can still show its text while its scripts are
 * silently blocked, so "the text is there" alone proves nothing.
 */
export const test = base.extend<{ consoleErrors: string[] }>({
  consoleErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(message.text());
      });
      page.on('pageerror', (error) => errors.push(error.message));
      // Some blocked actions (a probe for eval, say) are reported to the page but never logged.
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (event) => {
          const store = window as unknown as { cspViolations?: string[] };
          (store.cspViolations ??= []).push(`${event.violatedDirective} blocked ${event.blockedURI || 'inline'}`);
        });
      });
      await use(errors);
      const violations = await page
        .evaluate(() => (window as unknown as { cspViolations?: string[] }).cspViolations ?? [])
        .catch(() => [] as string[]);
      errors.push(...violations.map((v) => `CSP violation: ${v}`));
      // The 404 test asks for a missing page on purpose; the browser logs that 404.
      const expected404 = (e: string) => e.includes('status of 404') && page.url().includes('/does-not-exist');
      const unexpected = errors.filter((e) => !expected404(e));
      expect(unexpected, 'console errors').toEqual([]);
    },
    { auto: true },
  ],
});

export async function axeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  return results.violations.map((v) => ({
    id: v.id,
    impact: v.impact,
    help: v.help,
    targets: v.nodes.slice(0, 3).map((n) => n.target.join(' ')),
  }));
}

export { expect };
