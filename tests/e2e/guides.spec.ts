import { bodyGroups } from '../../content/schema/procedure';
import { content, GUIDE_ROUTES, PROCEDURE_ROUTES, site, sitemapPaths } from './routes';
import { expect, test } from './fixtures';

test('every guide is reachable from the home page, and from the main navigation through "All guides"', async ({ page }) => {
  await page.goto('/');
  const nav = page.getByRole('navigation', { name: 'Main' });
  const main = page.locator('main');
  for (const route of GUIDE_ROUTES) {
    await expect(main.locator(`a[href="${route}"]`).first()).toBeVisible();
    await expect(main.locator(`.all-guides a[href="${route}"]`)).toHaveCount(1);
  }
  for (const route of ['/procedures/', '/preparing/', '/procedure/', '/after/', '/risks/', '/#all-guides']) {
    await expect(nav.locator(`a[href="${route}"]`)).toHaveCount(1);
  }
  await expect(main.getByRole('heading', { name: 'I have an appointment' })).toBeVisible();
  await expect(main.getByRole('heading', { name: 'I want to understand fluoroscopy' })).toBeVisible();
  await expect(main.getByRole('link', { name: 'Make a patient link with your own instructions' })).toHaveAttribute('href', '/for-clinics/');
});

for (const route of [...GUIDE_ROUTES, ...PROCEDURE_ROUTES]) {
  test(`${route} shows its sources, review dates and contents`, async ({ page }) => {
    await page.goto(route);
    const sources = page.getByRole('region', { name: 'Sources' });
    await sources.locator('summary').click();
    await expect(sources.getByRole('link').first()).toHaveAttribute('href', /^https:\/\//);
    await expect(page.getByText('Page last reviewed:')).toBeVisible();
    await expect(page.getByText('Next review due:')).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'On this page' })).toBeVisible();
    if (route.startsWith('/procedures/')) {
      const card = page.getByRole('region', { name: 'At a glance' });
      await expect(card).toBeVisible();
      await expect(card.getByText('How long it takes')).toBeVisible();
      await card.getByText('More facts about this test').click();
      await expect(card.getByText('Typical radiation dose')).toBeVisible();
      const steps = page.locator('ol.steps > li');
      expect(await steps.count()).toBeGreaterThanOrEqual(3);
      await expect(page.getByRole('heading', { level: 2, name: 'Common questions' })).toBeVisible();
    }
  });
}

test('the test index lists every procedure page under its own body system', async ({ page }) => {
  await page.goto('/procedures/');
  const procedures = content.procedures;
  // The built sitemap lists exactly the site map's procedure pages.
  expect(sitemapPaths().filter((p) => PROCEDURE_ROUTES.includes(p)).sort()).toEqual([...PROCEDURE_ROUTES].sort());
  for (const procedure of procedures) {
    const link = page.locator(`main section.procedure-group a[href="${site.articleHref('procedure', procedure.slug)}"]`);
    await expect(link).toHaveCount(1);
    await expect(link).toHaveText(procedure.meta.title);
    const group = await link.evaluate((a) => a.closest('section')!.querySelector('h2')!.textContent);
    expect(group, procedure.slug).toBe(bodyGroups[procedure.meta.group]);
  }
});

test('the main navigation marks the page the reader is on', async ({ page }) => {
  await page.goto('/risks/');
  const nav = page.getByRole('navigation', { name: 'Main' });
  await expect(nav.locator('a[aria-current="page"]')).toHaveAttribute('href', '/risks/');
  await expect(nav.locator('a[aria-current="page"]')).toHaveCount(1);
});
