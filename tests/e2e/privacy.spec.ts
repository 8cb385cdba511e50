import { ALL_ROUTES } from './routes';
import { expect, test } from './fixtures';

test('no page asks any other origin for anything, and none breaks its CSP', async ({ page, baseURL }) => {
  // Every page of both editions, one after another: give it room on a busy machine.
  test.setTimeout(180_000);
  const origin = new URL(baseURL!).origin;
  const foreign: string[] = [];
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) foreign.push(url);
  });
  for (const route of ALL_ROUTES) {
    await page.goto(route);
    await page.waitForLoadState('networkidle');
  }
  expect(foreign).toEqual([]);
});
