import { encodeFragment } from '../../lib/clinic/fragment';
import { expect, test } from './fixtures';
import { GUIDE_ROUTES, PROCEDURE_ROUTES } from './routes';

type Found = { sign: string; level: string; text: string; links: number };

/** Every warning sign a page shows, with the level of the card it sits on. */
async function signsOn(page: import('@playwright/test').Page): Promise<Found[]> {
  return page.locator('.care-card li[data-sign]').evaluateAll((items) =>
    items.map((li) => {
      const card = li.closest('.care-card')!;
      const level = [...card.classList].find((c) => c.startsWith('care-card-'))!.replace('care-card-', '');
      // Citation numbers differ from page to page; the words and the level must not.
      const words = li.cloneNode(true) as HTMLElement;
      words.querySelectorAll('sup.cite').forEach((sup) => sup.remove());
      const links = [...card.querySelectorAll('a')].filter((a) => !a.closest('sup.cite')).length;
      return { sign: li.getAttribute('data-sign')!, level, text: words.textContent ?? '', links };
    }),
  );
}

test('a warning sign has one level and one wording on every page that shows it', async ({ page }) => {
  test.setTimeout(120_000);
  const seen = new Map<string, { level: string; text: string; where: string }>();
  const problems: string[] = [];
  for (const route of [...PROCEDURE_ROUTES, ...GUIDE_ROUTES]) {
    await page.goto(route);
    for (const found of await signsOn(page)) {
      const earlier = seen.get(found.sign);
      if (earlier && (earlier.level !== found.level || earlier.text !== found.text)) {
        problems.push(`${found.sign}: ${earlier.level} on ${earlier.where}, ${found.level} on ${route}`);
      }
      if (found.level === 'emergency' && found.links > 0) problems.push(`${route}: an emergency card has a link`);
      seen.set(found.sign, { ...found, where: route });
    }
  }
  expect(problems).toEqual([]);
  expect(seen.size).toBeGreaterThan(30);
});

test('every procedure page reaches its warning signs from the top of the page', async ({ page }) => {
  test.setTimeout(120_000);
  for (const route of PROCEDURE_ROUTES) {
    await page.goto(route);
    await page.getByRole('link', { name: 'When to get help after your test' }).click();
    await expect(page).toHaveURL(/#when-to-get-help$/);
    await expect(page.getByRole('heading', { level: 2, name: 'When to get help' })).toBeInViewport();
    expect((await signsOn(page)).length, route).toBeGreaterThan(0);
  }
});

test('the heart catheter page tells the reader what to do about chest pain and stroke signs', async ({ page }) => {
  await page.goto('/procedures/coronary-angiography/');
  const emergency = page.locator('.care-card-emergency');
  await expect(emergency).toContainText('chest pain');
  await expect(emergency).toContainText('(a stroke)');
  await expect(emergency).toContainText('911');
  await expect(page.locator('[data-rule="antiplatelets"]')).toContainText('Never stop taking them');
});

test.describe('the appointment page and handout carry the linked test’s own signs', () => {
  const open = (slug: string) => `/appointment/#${encodeFragment({ page: slug, clinic: 'Riverside Clinic' })}`;

  test('a barium swallow link shows barium advice, and no needle or catheter signs, on screen and on paper', async ({ page }) => {
    await page.goto(open('barium-swallow'));
    const help = page.getByRole('region', { name: 'When to get help' });
    await expect(help).toContainText('still constipated');
    // The page holds every test's advice once and shows only the linked test's: check what a reader sees.
    await expect(help.getByText('where the tube went in').filter({ visible: true })).toHaveCount(0);
    await expect(help.getByText('arm or leg').filter({ visible: true })).toHaveCount(0);
    await expect(page.getByRole('region', { name: 'Barium swallow: on the day' })).toContainText('15 to 30 minutes');
    await page.emulateMedia({ media: 'print' });
    await expect(help).toBeVisible();
    await expect(help).toContainText('still constipated');
  });

  test('a coronary angiography link shows heart signs and the stent rule', async ({ page }) => {
    await page.goto(open('coronary-angiography'));
    const help = page.getByRole('region', { name: 'When to get help' });
    await expect(help.locator('.care-card-emergency')).toContainText('chest pain');
    await expect(help).toContainText('aspirin, clopidogrel, ticagrelor or prasugrel');
    // The test's own sources arrive when the reader opens the list, as many as its summary counts.
    const sources = page.getByRole('region', { name: 'Sources' });
    const summary = sources.locator('summary');
    const count = Number(/against (\d+) sources/.exec((await summary.textContent()) ?? '')?.[1]);
    expect(count).toBeGreaterThan(3);
    await summary.click();
    await expect(sources.getByRole('listitem')).toHaveCount(count);
    await expect(sources.getByRole('link').first()).toHaveAttribute('href', /^https:\/\//);
    await expect(sources.getByText('Barium swallow and meal')).toHaveCount(0);
  });

  test('a link to a guide shows the general signs', async ({ page }) => {
    await page.goto(open('preparing'));
    await expect(page.getByRole('region', { name: 'When to get help' })).toContainText('arm or leg that was used');
  });
});
