import { hrefOf } from '../../lib/site-map/build';
import { expect, test } from './fixtures';
import { contentEs, site, siteEs, SPANISH_GUIDE_ROUTES, SPANISH_PROCEDURE_ROUTES, SPANISH_ROUTES } from './routes';

/*
 * The Spanish edition as a Spanish-speaking reader meets it: every page in
 * Spanish, marked as Spanish, paired with its English twin both ways, and
 * the warning signs the same on every page that shows them.
 */

/**
 * Each Spanish page with its English twin, from the two site maps (same key). The "page not found" pages are
 * served at any missing address, so they offer the other edition's home page instead (tested below).
 */
const pairs = siteEs.entries.flatMap((es) => {
  const en = site.entries.find((e) => e.key === es.key);
  return en && es.key !== 'not-found' ? [{ es: hrefOf(es), en: hrefOf(en), indexed: es.indexed }] : [];
});

test('every English page of the site map has a Spanish twin, except the component examples', () => {
  const spanishKeys = new Set(siteEs.entries.map((e) => e.key));
  expect(site.entries.filter((e) => !spanishKeys.has(e.key)).map((e) => e.key)).toEqual(['examples']);
  expect(pairs.length).toBe(siteEs.entries.length - 1);
});

for (const { es, en, indexed } of pairs) {
  test(`${es} is Spanish and links to ${en}, which links back`, async ({ page }) => {
    const response = await page.goto(es);
    expect(response?.status()).toBe(200);
    await expect(page.locator('html')).toHaveAttribute('lang', 'es');
    const toEnglish = page.locator('a.language-link');
    await expect(toEnglish).toHaveText('English');
    await expect(toEnglish).toHaveAttribute('href', en);
    await expect(toEnglish).toHaveAttribute('lang', 'en');
    // Search engines get the same pairing, both ways, with English as the default.
    const alternates = await page.locator('link[rel="alternate"][hreflang]').evaluateAll((links) =>
      Object.fromEntries(links.map((l) => [l.getAttribute('hreflang'), new URL(l.getAttribute('href')!).pathname])),
    );
    // Pages kept out of search results (search, a patient's appointment page) need no pairing.
    if (indexed) expect(alternates).toEqual({ en, es, 'x-default': en });

    await page.goto(en);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    const toSpanish = page.locator('a.language-link');
    await expect(toSpanish).toHaveText('Español');
    await expect(toSpanish).toHaveAttribute('href', es);
  });
}

for (const route of [...SPANISH_GUIDE_ROUTES, ...SPANISH_PROCEDURE_ROUTES]) {
  test(`${route} shows its sources, review dates and contents in Spanish`, async ({ page }) => {
    await page.goto(route);
    const sources = page.getByRole('region', { name: 'Fuentes' });
    await sources.locator('summary').click();
    await expect(sources.getByRole('link').first()).toHaveAttribute('href', /^https:\/\//);
    await expect(page.getByText('Última revisión de la página:')).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'En esta página' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Saltar al contenido principal' })).toHaveCount(1);
    if (route.startsWith('/es/procedimientos/')) {
      const card = page.getByRole('region', { name: 'De un vistazo' });
      await expect(card.getByText('Cuánto dura')).toBeVisible();
      await card.getByText('Más datos sobre esta prueba').click();
      await expect(card.getByText('Dosis de radiación habitual')).toBeVisible();
      await expect(page.getByRole('heading', { level: 2, name: 'Preguntas frecuentes' })).toBeVisible();
      // The link at the top reaches the warning signs.
      await page.getByRole('link', { name: 'Cuándo pedir ayuda después de su prueba' }).click();
      await expect(page).toHaveURL(/#cuando-pedir-ayuda$/);
      await expect(page.getByRole('heading', { level: 2, name: 'Cuándo pedir ayuda' })).toBeInViewport();
      expect(await page.locator('.care-card li[data-sign]').count()).toBeGreaterThan(0);
    }
  });
}

test('a warning sign has one level and one Spanish wording on every Spanish page that shows it', async ({ page }) => {
  test.setTimeout(120_000);
  const seen = new Map<string, { level: string; text: string; where: string }>();
  const problems: string[] = [];
  for (const route of [...SPANISH_PROCEDURE_ROUTES, ...SPANISH_GUIDE_ROUTES]) {
    await page.goto(route);
    const found = await page.locator('.care-card li[data-sign]').evaluateAll((items) =>
      items.map((li) => {
        const card = li.closest('.care-card')!;
        const words = li.cloneNode(true) as HTMLElement;
        words.querySelectorAll('sup.cite').forEach((sup) => sup.remove());
        return { sign: li.getAttribute('data-sign')!, level: card.className.match(/care-card-([a-z-]+)/)![1], text: words.textContent ?? '' };
      }),
    );
    for (const f of found) {
      const earlier = seen.get(f.sign);
      if (earlier && (earlier.level !== f.level || earlier.text !== f.text)) problems.push(`${f.sign}: ${earlier.where} and ${route} differ`);
      seen.set(f.sign, { ...f, where: route });
    }
  }
  expect(problems).toEqual([]);
  expect(seen.size).toBeGreaterThan(30);
});

test('the emergency card of the heart catheter page says, in Spanish, to call 911 and what a stroke looks like', async ({ page }) => {
  await page.goto(siteEs.articleHref('procedure', 'coronary-angiography'));
  const emergency = page.locator('.care-card-emergency');
  await expect(emergency).toContainText('Llame ahora a su número local de emergencias si:');
  await expect(emergency).toContainText('911');
  await expect(emergency.getByText('Emergencia', { exact: true })).toBeVisible();
});

test('doses, durations and dates are written the Spanish way', async ({ page }) => {
  await page.goto(siteEs.articleHref('procedure', 'barium-swallow'));
  const card = page.getByRole('region', { name: 'De un vistazo' });
  await expect(card).toContainText(/\d+ a \d+ minutos/);
  await card.getByText('Más datos sobre esta prueba').click();
  await expect(card).toContainText(/Alrededor de [\d.]+ (a [\d.]+ )?mSv: más o menos lo mismo que/);
  await expect(page.locator('.review-dates')).toContainText(/\d{1,2} de [a-z]+ de \d{4}/);
});

test('an unknown Spanish address gets the Spanish "page not found", with a way to the English edition', async ({ page }) => {
  await page.goto('/es/pagina-no-encontrada/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('No encontramos la página');
  await expect(page.getByRole('link', { name: 'Busque su prueba de la A a la Z' })).toHaveAttribute('href', '/es/procedimientos/');
  await expect(page.locator('p[lang="en"] a')).toHaveAttribute('href', '/');
});

test('the Spanish sitemap entries name their English twins', async ({ request }) => {
  const xml = await (await request.get('/sitemap.xml')).text();
  expect(xml).toContain('<loc>https://fluoroscopy-guide.example.org/es/procedimientos/trago-de-bario/</loc>');
  expect(xml).toMatch(/hreflang="en"\s+href="https:\/\/fluoroscopy-guide\.example\.org\/procedures\/barium-swallow\/"/);
  for (const route of SPANISH_ROUTES.filter((r) => siteEs.entries.find((e) => hrefOf(e) === r)?.indexed)) {
    expect(xml, route).toContain(`/es/${route.slice(4)}`);
  }
});

test('a Spanish page whose English page has not changed shows no out-of-date notice', async ({ page }) => {
  expect([...contentEs.guides, ...contentEs.procedures].filter((p) => p.stale)).toEqual([]);
  await page.goto('/es/riesgos/');
  await expect(page.locator('.stale-notice')).toHaveCount(0);
});

test('English names a US letter may use are on the Spanish page and in the A to Z, marked as English', async ({ page }) => {
  await page.goto(siteEs.articleHref('procedure', 'lumbar-puncture'));
  await expect(page.locator('.other-names [lang="en"]')).toHaveText('Spinal tap, Lumbar puncture (LP)');
  await page.goto(siteEs.href('procedures'));
  const spinalTap = page.locator('.tests-a-to-z a[lang="en"]', { hasText: 'Spinal tap' });
  await expect(spinalTap).toHaveAttribute('href', siteEs.articleHref('procedure', 'lumbar-puncture'));
});
