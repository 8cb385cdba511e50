import fs from 'node:fs';
import path from 'node:path';
import { GUIDE_ROUTES, PROCEDURE_ROUTES, sitemapPaths, SPANISH_GUIDE_ROUTES, SPANISH_PROCEDURE_ROUTES } from './routes';
import { expect, test } from './fixtures';

const SITEMAP_EXPECTED = [
  '/',
  ...GUIDE_ROUTES,
  '/procedures/',
  '/glossary/',
  '/about/',
  '/for-clinics/',
];

test('sitemap.xml and robots.txt exist in out/ and list every public page and nothing else', () => {
  const robots = fs.readFileSync(path.resolve('out/robots.txt'), 'utf8');
  expect(robots).toMatch(/Sitemap: https?:\/\/.+\/sitemap\.xml/);
  const listed = sitemapPaths();
  for (const route of SITEMAP_EXPECTED) expect(listed).toContain(route);
  expect(PROCEDURE_ROUTES.length).toBeGreaterThanOrEqual(14);
  for (const route of listed) {
    expect(fs.existsSync(path.resolve('out', `.${route}`, 'index.html')), route).toBe(true);
  }
  expect(listed).not.toContain('/appointment/');
  expect(listed).not.toContain('/examples/');
  expect(new Set(listed).size).toBe(listed.length);
  expect(fs.readFileSync(path.resolve('out/sitemap.xml'), 'utf8')).toMatch(/<lastmod>\d{4}-\d{2}-\d{2}<\/lastmod>/);
});

for (const route of sitemapPaths()) {
  test(`${route} has complete metadata and valid structured data`, async ({ page, request }) => {
    await page.goto(route);
    const spanish = route.startsWith('/es/');
    await expect(page.locator('html')).toHaveAttribute('lang', spanish ? 'es' : 'en');
    const siteName = spanish ? 'Guía de fluoroscopia' : 'Fluoroscopy Guide';
    const title = await page.title();
    if (route === '/' || route === '/es/') expect(title).toContain(siteName);
    else expect(title).toMatch(new RegExp(`^\\S.* \\| ${siteName}$`));
    const description = await page.locator('meta[name="description"]').getAttribute('content');
    expect(description?.length).toBeGreaterThanOrEqual(50);
    const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
    expect(new URL(canonical!).pathname).toBe(route);
    for (const property of ['og:title', 'og:description', 'og:url', 'og:image']) {
      await expect(page.locator(`meta[property="${property}"]`)).toHaveCount(1);
    }
    await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute('content', 'summary_large_image');
    const image = new URL((await page.locator('meta[property="og:image"]').getAttribute('content'))!);
    const png = await request.get(image.pathname);
    expect(png.status()).toBe(200);
    expect((await png.body()).subarray(1, 4).toString()).toBe('PNG');

    const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
    expect(blocks.length).toBeGreaterThan(0);
    const types = blocks.map((text) => {
      expect(text).not.toContain('<');
      const data = JSON.parse(text);
      expect(data['@context']).toBe('https://schema.org');
      return data['@type'] as string;
    });
    if (route === '/' || route === '/es/') expect(types).toEqual(expect.arrayContaining(['WebSite', 'Organization']));
    else expect(types).toContain('BreadcrumbList');
    const articles = [...GUIDE_ROUTES, ...PROCEDURE_ROUTES, ...SPANISH_GUIDE_ROUTES, ...SPANISH_PROCEDURE_ROUTES];
    if (articles.includes(route)) expect(types).toContain('MedicalWebPage');
    if ([...PROCEDURE_ROUTES, ...SPANISH_PROCEDURE_ROUTES].includes(route)) expect(types).toContain('MedicalProcedure');
    // Structured data says which language the page is in.
    const languages = blocks.map((text) => JSON.parse(text).inLanguage).filter(Boolean);
    for (const language of languages) expect(language, route).toBe(spanish ? 'es' : 'en');
  });
}

test('the FAQPage data matches the questions a reader sees', async ({ page }) => {
  await page.goto('/faq/');
  const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
  const faq = blocks.map((b) => JSON.parse(b)).find((d) => d['@type'] === 'FAQPage');
  const visible = await page.locator('.faq-item h3').allTextContents();
  expect(faq.mainEntity.map((q: { name: string }) => q.name)).toEqual(visible);
  expect(visible.length).toBeGreaterThanOrEqual(15);
});
