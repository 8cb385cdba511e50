import type { Page } from '@playwright/test';
import { axeViolations, expect, test } from './fixtures';

/**
 * The Spanish page each query should put first, and why that page:
 * - "tinte": the risks guide, whose section "¿Cuáles son los riesgos del tinte de contraste?" is the one place
 *   that says what the dye can do (the English "dye" finds its twin, /risks/, first);
 * - "trago de bario": the barium swallow's own page, which the query names.
 */
const FIRST: Record<string, string> = {
  tinte: '/es/riesgos/',
  'trago de bario': '/es/procedimientos/trago-de-bario/',
};

/**
 * Everyday Spanish words and misspellings, and the Spanish page that should be among the first three, linked
 * at the section that answers. "embarazada" wants the risks guide's "¿Es seguro si estoy embarazada?"; the HSG
 * page may come first, as it lists "quedar embarazada" among its search terms and has its own pregnancy section.
 */
const TOP_3: Record<string, string> = {
  embarazada: '/es/riesgos/#es-seguro-si-estoy-embarazada',
  embarasada: '/es/riesgos/#es-seguro-si-estoy-embarazada',
  'alergia al yodo': '/es/riesgos/#y-si-tengo-alergias',
  'enema de bario': '/es/procedimientos/enema-de-contraste/',
  colonoscopía: '/es/procedimientos/enema-de-contraste/',
  cateterismo: '/es/procedimientos/angiografia-coronaria/',
  'punción lumbar': '/es/procedimientos/puncion-lumbar/',
  'puncion lumbar': '/es/procedimientos/puncion-lumbar/',
  '¿Puedo manejar después de la prueba?': '/es/despues-de-la-prueba/#cuando-puedo-manejar',
};

const results = '.search-results > li';

/** Every link of the first `count` results: each page's own link and its section link. */
async function resultLinks(page: Page, count = Infinity): Promise<string[]> {
  const items = await page.locator(results).evaluateAll((lis) => lis.map((li) => [...li.querySelectorAll('a')].map((a) => a.getAttribute('href') ?? '')));
  return items.slice(0, count).flat();
}

/** Searches, then shows every result, so no page of the other edition can hide past the first five. */
async function allResults(page: Page, path: string, query: string): Promise<string[]> {
  await page.goto(`${path}?q=${encodeURIComponent(query)}`);
  await expect(page.locator(results).first()).toBeVisible();
  const more = page.locator('.site-search button', { hasText: /Show more results|Ver más resultados/ });
  while (await more.count()) {
    const before = await page.locator(results).count();
    await more.click();
    await expect.poll(() => page.locator(results).count()).toBeGreaterThan(before);
  }
  return resultLinks(page);
}

test.describe('search in Spanish', () => {
  for (const [query, expected] of Object.entries(FIRST)) {
    test(`"${query}" finds ${expected} first`, async ({ page }) => {
      await page.goto(`/es/buscar/?q=${encodeURIComponent(query)}`);
      await expect(page.getByRole('status')).toContainText(`para “${query}”`);
      await expect(page.locator(`${results} h2 a`).first()).toHaveAttribute('href', expected);
    });
  }

  for (const [query, expected] of Object.entries(TOP_3)) {
    test(`"${query}" finds ${expected} in the first three`, async ({ page }) => {
      await page.goto(`/es/buscar/?q=${encodeURIComponent(query)}`);
      await expect(page.locator(results).first()).toBeVisible();
      const top = (await resultLinks(page, 3)).map((href) => (expected.includes('#') ? href : href.split('#')[0]));
      expect(top).toContain(expected);
    });
  }

  test('"rayos equis", as many people write the letter, finds what "rayos X" finds', async ({ page }) => {
    await page.goto(`/es/buscar/?q=${encodeURIComponent('rayos X')}`);
    await expect(page.locator(results).first()).toBeVisible();
    const written = await resultLinks(page, 3);
    await page.goto(`/es/buscar/?q=${encodeURIComponent('rayos equis')}`);
    await expect(page.locator(results).first()).toBeVisible();
    expect(await resultLinks(page, 3)).toEqual(written);
  });

  test('the page speaks Spanish: its box, its count, its sections, and the words leave the address', async ({ page }) => {
    await page.goto('/es/buscar/?q=bario');
    await expect(page.locator('html')).toHaveAttribute('lang', 'es');
    await expect(page.getByRole('searchbox')).toHaveCount(1);
    await expect(page.getByRole('banner').getByRole('searchbox', { name: 'Buscar en esta guía' })).toHaveValue('bario');
    await expect(page.getByRole('status')).toContainText(/Se encontraron \d+ páginas para “bario”\. Se muestran las 5 mejores\./);
    await expect(page.locator(results).first()).toContainText('Sección:');
    await expect(page).toHaveURL(/\/es\/buscar\/$/);
  });

  test('a misspelling gets "¿Quiso decir …?" with the right accents', async ({ page }) => {
    await page.goto('/es/buscar/?q=radiasion');
    await expect(page.getByText('¿Quiso decir')).toContainText('¿Quiso decir radiación?');
  });

  test('nothing found: says so in Spanish and offers the Spanish list of tests and questions page', async ({ page }) => {
    await page.goto('/es/buscar/?q=zzqqxx');
    await expect(page.getByRole('status')).toContainText('No se encontraron páginas para “zzqqxx”');
    const search = page.locator('.site-search');
    await expect(search.getByRole('link', { name: 'la lista de pruebas' })).toHaveAttribute('href', '/es/procedimientos/');
    await expect(search.getByRole('link', { name: 'las preguntas frecuentes' })).toHaveAttribute('href', '/es/preguntas-frecuentes/');
  });

  test('/es/buscar/?q=tinte passes axe with its results shown', async ({ page }) => {
    await page.goto('/es/buscar/?q=tinte');
    await expect(page.locator(results).first()).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
  });
});

test.describe('each edition searches only its own pages', () => {
  // Words both editions use ("HSG", "VCUG") or share a root ("radiation", "radiación") are where a mixed index would show.
  for (const query of ['HSG', 'VCUG', 'radiation', 'barium']) {
    test(`the English search for "${query}" never returns a Spanish page`, async ({ page }) => {
      const links = await allResults(page, '/search/', query);
      expect(links.length).toBeGreaterThan(0);
      expect(links.filter((href) => href.startsWith('/es/'))).toEqual([]);
    });
  }

  for (const query of ['HSG', 'VCUG', 'radiación', 'bario']) {
    test(`the Spanish search for "${query}" never returns an English page`, async ({ page }) => {
      const links = await allResults(page, '/es/buscar/', query);
      expect(links.length).toBeGreaterThan(0);
      expect(links.filter((href) => !href.startsWith('/es/'))).toEqual([]);
    });
  }

  test('the Spanish page loads only the Spanish index and its Spanish stemming, the English page only the English one', async ({ page }) => {
    const fetched: string[] = [];
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (url.pathname.startsWith('/pagefind/')) fetched.push(url.pathname);
    });
    await page.goto('/es/buscar/?q=embarazada');
    await expect(page.locator(results).first()).toBeVisible();
    const spanish = fetched.splice(0);
    expect(spanish.some((p) => /^\/pagefind\/wasm\.es\.pagefind$/.test(p))).toBe(true);
    expect(spanish.some((p) => /^\/pagefind\/pagefind\.es_[^/]+\.pf_meta$/.test(p))).toBe(true);
    expect(spanish.filter((p) => /\/(index|fragment)\//.test(p)).every((p) => /\/(index|fragment)\/es_/.test(p))).toBe(true);
    expect(spanish.filter((p) => /\ben_|\.en\./.test(p))).toEqual([]);

    await page.goto('/search/?q=pregnant');
    await expect(page.locator(results).first()).toBeVisible();
    expect(fetched.filter((p) => /\bes_|\.es\./.test(p))).toEqual([]);
    expect(fetched.some((p) => /^\/pagefind\/wasm\.en\.pagefind$/.test(p))).toBe(true);
  });
});

test.describe('the Spanish search page with JavaScript turned off', () => {
  test.use({ javaScriptEnabled: false });

  test('says in Spanish that search needs JavaScript, where the words are, offers links and shows no dead box', async ({ page }) => {
    await page.goto('/es/buscar/?q=tinte');
    await expect(page.locator('html')).toHaveAttribute('lang', 'es');
    // Playwright's emulation hides <noscript> from layout, as in the English test; check the note as markup.
    await expect(page.locator('noscript')).toHaveCount(1);
    const note = await page.locator('noscript').innerHTML();
    expect(note).toContain('Para buscar se necesita JavaScript');
    expect(note).toContain('después de “?q=”');
    expect(note).toContain('href="/es/procedimientos/"');
    expect(page.url()).toContain('?q=tinte');
    await expect(page.getByRole('link', { name: 'Todas las pruebas, de la A a la Z' })).toBeVisible();
    await expect(page.getByRole('searchbox')).toHaveCount(0);
  });
});
