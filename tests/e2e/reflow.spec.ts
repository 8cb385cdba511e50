import { ALL_ROUTES } from './routes';
import { expect, test } from './fixtures';

// WCAG 1.4.10 Reflow: at 320 CSS pixels wide (a 1280px screen zoomed to 400%) nothing scrolls sideways.
test.use({ viewport: { width: 320, height: 640 } });

test('every page fits 320 CSS pixels without scrolling sideways', async ({ page }) => {
  for (const route of ALL_ROUTES) {
    await page.goto(route);
    const { scroll, client } = await page.evaluate(() => ({
      scroll: document.documentElement.scrollWidth,
      client: document.documentElement.clientWidth,
    }));
    expect(scroll, route).toBeLessThanOrEqual(client);
  }
});
