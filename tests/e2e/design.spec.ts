import type { Page } from '@playwright/test';
import { getProcedures } from '../../lib/content';
import { encodeFragment } from '../../lib/clinic/fragment';
import { GUIDE_ROUTES, PROCEDURE_ROUTES } from './routes';
import { expect, test } from './fixtures';

/*
 * What a worried reader on a phone, or at a desk, notices about the layout:
 * how far down the page starts, whether the menu fits, whether cards look as
 * urgent as they are, whether words in tables and drawings can be read, and
 * whether lines are a comfortable length. All measured in the browser.
 */

/** Where an element starts, in CSS pixels from the top of the page. */
function topOf(page: Page, selector: string) {
  return page.locator(selector).first().evaluate((el) => Math.round(el.getBoundingClientRect().top + window.scrollY));
}

/** Each run of text that breaks across lines inside a word, in the elements a selector finds. */
async function splitWords(page: Page, selector: string) {
  return page.locator(selector).evaluateAll((cells) => {
    const split: string[] = [];
    for (const cell of cells) {
      const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent ?? '';
        // A break after a hyphen ("follow-|through") is where the word itself breaks, so the parts are checked apart.
        for (const match of text.matchAll(/[^\s\u00a0-]+/g)) {
          const range = document.createRange();
          range.setStart(node, match.index);
          range.setEnd(node, match.index + match[0].length);
          const tops = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
          if (tops.size > 1) split.push(match[0]);
        }
      }
    }
    return split;
  });
}

/** Characters per full line of an element's text (the last, short line left out), counted from where each character is drawn. */
async function charactersPerLine(page: Page, selector: string) {
  return page.locator(selector).first().evaluate((el) => {
    const lines = new Map<number, number>();
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent ?? '';
      for (let i = 0; i < text.length; i += 1) {
        const range = document.createRange();
        range.setStart(node, i);
        range.setEnd(node, i + 1);
        const rect = range.getClientRects()[0];
        if (!rect) continue;
        const line = Math.round(rect.top / 4);
        lines.set(line, (lines.get(line) ?? 0) + 1);
      }
    }
    const counts = [...lines.entries()].sort((a, b) => a[0] - b[0]).map(([, n]) => n);
    const full = counts.slice(0, -1);
    return full.length ? Math.max(...full) : 0;
  });
}

test.describe('on a phone (375 px)', () => {
  test.use({ viewport: { width: 375, height: 812 } });

  test('every test page starts its first section within about one and a half screens (1,300 px or less)', async ({ page }) => {
    test.setTimeout(120_000);
    const starts: Record<string, number> = {};
    for (const route of PROCEDURE_ROUTES) {
      await page.goto(route);
      starts[route] = await topOf(page, '.prose h2');
    }
    const late = Object.entries(starts).filter(([, top]) => top > 1300);
    expect(late, JSON.stringify(starts, null, 1)).toEqual([]);
  });

  test('a test page leads with the three facts for the day, and folds the rest of the card and the contents', async ({ page }) => {
    await page.goto('/procedures/barium-swallow/');
    const card = page.getByRole('region', { name: 'At a glance' });
    for (const label of ['How long it takes', 'Pain relief', 'Getting ready']) await expect(card.getByText(label)).toBeVisible();
    await expect(card.getByText('Typical radiation dose')).toBeHidden();
    await card.getByText('More facts about this test').click();
    await expect(card.getByText('Typical radiation dose')).toBeVisible();
    const contents = page.locator('details.on-this-page-fold');
    await expect(contents).toBeVisible();
    await expect(contents.getByRole('link').first()).toBeHidden();
    await contents.locator('summary').click();
    await expect(contents.getByRole('link').first()).toBeVisible();
    // The wide-screen contents column is not drawn on a phone.
    await expect(page.locator('nav.on-this-page-column')).toBeHidden();
  });

  test('no word breaks inside a table cell', async ({ page }) => {
    for (const route of ['/procedure/', '/risks/']) {
      await page.goto(route);
      expect(await page.locator('main table').count(), route).toBeGreaterThan(0);
      expect(await splitWords(page, 'main th, main td'), route).toEqual([]);
      // And no table is wider than the text column it sits in.
      const overflow = await page.locator('main table').evaluateAll((tables) =>
        tables.filter((t) => t.getBoundingClientRect().right > (t.parentElement as HTMLElement).getBoundingClientRect().right + 1).length,
      );
      expect(overflow, route).toBe(0);
    }
  });

  test('the drawing of a fluoroscopy room has labels of 14 px or more', async ({ page }) => {
    await page.goto('/what-is-fluoroscopy/');
    const sizes = await page.locator('figure svg .room-labels text').evaluateAll((labels) =>
      labels.map((label) => {
        const svg = label.closest('svg') as SVGSVGElement;
        const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
        return { text: label.textContent, px: parseFloat(getComputedStyle(label).fontSize) * scale };
      }),
    );
    expect(sizes.length).toBe(5);
    for (const { text, px } of sizes) expect(px, `${text}`).toBeGreaterThanOrEqual(14);
  });

  test('the dose chart keeps numbers with their units, marks a year of background with a labelled line, and keeps its table', async ({ page }) => {
    await page.goto('/risks/');
    const figure = page.locator('figure.dose-comparison');
    const split = await figure.evaluate((root) => {
      const found: string[] = [];
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        // SVG text never wraps; its glyph boxes are not lines.
        if (node.parentElement?.closest('svg')) continue;
        for (const match of (node.textContent ?? '').matchAll(/\d+(?:\.\d+)?[\s\u00a0](?:mSv|days?|months?|years?)/g)) {
          const range = document.createRange();
          range.setStart(node, match.index);
          range.setEnd(node, match.index + match[0].length);
          if (new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size > 1) found.push(match[0]);
        }
      }
      return found;
    });
    expect(split).toEqual([]);
    const bars = await figure.locator('.dose-bar').count();
    expect(bars).toBeGreaterThan(3);
    // One line per bar, all at the same place, solid and at least 2 px wide.
    const lines = await figure.locator('.dose-year-line').evaluateAll((list) =>
      list.map((line) => ({ x: Math.round(line.getBoundingClientRect().left), width: parseFloat(getComputedStyle(line).strokeWidth), dashed: getComputedStyle(line).strokeDasharray })),
    );
    expect(lines).toHaveLength(bars);
    expect(new Set(lines.map((l) => l.x)).size).toBe(1);
    for (const line of lines) {
      expect(line.width).toBeGreaterThanOrEqual(2);
      expect(line.dashed).toBe('none');
    }
    const label = figure.locator('.dose-year-label text');
    await expect(label).toHaveText('1 year of background');
    const box = (await label.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(375);
    await expect(figure.getByRole('table')).toBeVisible();
    expect(await figure.locator('tbody tr').count()).toBe(bars);
  });
});

test.describe('the main navigation', () => {
  for (const width of [768, 1280]) {
    test(`fits on one row at ${width} px`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      for (const route of ['/', '/procedures/', '/risks/']) {
        await page.goto(route);
        const tops = await page
          .getByRole('navigation', { name: 'Main' })
          .getByRole('link')
          .evaluateAll((links) => links.map((l) => Math.round(l.getBoundingClientRect().top)));
        expect(tops.length, route).toBeGreaterThanOrEqual(5);
        expect(new Set(tops).size, route).toBe(1);
      }
    });
  }

  test('names each page as the page names itself, and leaves the clinic tool and glossary to the footer', async ({ page }) => {
    await page.goto('/');
    const nav = page.getByRole('navigation', { name: 'Main' });
    await nav.getByRole('link', { name: 'Find your test' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Find your test');
    await expect(page).toHaveTitle(/^Find your test/);
    await expect(page.getByRole('navigation', { name: 'Breadcrumb' })).toContainText('Find your test');
    await expect(nav.getByRole('link', { name: 'For clinics' })).toHaveCount(0);
    const footer = page.locator('footer');
    await expect(footer.getByRole('link', { name: 'For clinics' })).toHaveAttribute('href', '/for-clinics/');
    await expect(footer.getByRole('link', { name: 'Glossary' })).toHaveAttribute('href', '/glossary/');
    await nav.getByRole('link', { name: 'All guides' }).click();
    await expect(page.getByRole('heading', { level: 2, name: 'All guides' })).toBeInViewport();
  });
});

test('the tests page has a real A to Z, with every other name a test goes by', async ({ page }) => {
  await page.goto('/procedures/');
  const atoz = page.getByRole('region', { name: 'Tests A to Z' });
  await expect(atoz.getByRole('link', { name: 'HSG', exact: true })).toHaveAttribute('href', '/procedures/hysterosalpingogram/');
  await expect(atoz.getByRole('link', { name: 'Esophagram', exact: true })).toHaveAttribute('href', '/procedures/barium-swallow/');
  for (const procedure of getProcedures()) {
    for (const name of [procedure.meta.title, ...procedure.meta.otherNames]) {
      await expect(atoz.getByRole('link', { name, exact: true }).first(), name).toHaveAttribute('href', `/procedures/${procedure.slug}/`);
    }
  }
  const names = await atoz.locator('li[data-slug] > a').allTextContents();
  expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' })));
  await page.getByRole('navigation', { name: 'Letters' }).getByRole('link', { name: 'E', exact: true }).click();
  await expect(page.getByRole('heading', { level: 3, name: 'E', exact: true })).toBeInViewport();
  // The body-system groups are still there, after the A to Z.
  await expect(page.locator('.procedure-group').first()).toBeAttached();
});

test.describe('care cards look as urgent as they are', () => {
  const order = ['emergency', 'urgent', 'non-urgent'];
  const cardsOn = (page: Page) =>
    page.locator('.care-card').evaluateAll((cards) =>
      cards.map((card) => {
        const body = card.children[1] as HTMLElement;
        const label = card.querySelector('p[aria-hidden="true"]') as HTMLElement;
        return {
          level: [...card.classList].find((c) => /^care-card-(emergency|urgent|non-urgent)$/.test(c))!.replace('care-card-', ''),
          body: getComputedStyle(body).backgroundColor,
          text: getComputedStyle(body).color,
          label: label.innerText.trim(),
          heading: (card.querySelector('h2, h3') as HTMLElement).textContent ?? '',
        };
      }),
    );

  test('most urgent first, on every page that has cards', async ({ page }) => {
    test.setTimeout(120_000);
    const routes = [...PROCEDURE_ROUTES, ...GUIDE_ROUTES, `/appointment/#${encodeFragment({ page: 'coronary-angiography', clinic: 'Riverside Clinic' })}`];
    let pages = 0;
    for (const route of routes) {
      await page.goto('about:blank');
      await page.goto(route);
      if (route.startsWith('/appointment/')) await expect(page.locator('.care-card').first()).toBeVisible();
      const levels = (await cardsOn(page)).map((c) => c.level);
      if (!levels.length) continue;
      pages += 1;
      expect(levels, route).toEqual([...levels].sort((a, b) => order.indexOf(a) - order.indexOf(b)));
    }
    expect(pages).toBeGreaterThan(PROCEDURE_ROUTES.length);
  });

  test('an emergency card is solid and dark, unlike an urgent one, and each card says its level in words', async ({ page }) => {
    await page.goto('/procedures/coronary-angiography/');
    const cards = await cardsOn(page);
    const emergency = cards.find((c) => c.level === 'emergency')!;
    const urgent = cards.find((c) => c.level === 'urgent')!;
    expect(emergency.body).not.toBe(urgent.body);
    const channels = (rgb: string) => (rgb.match(/\d+/g) ?? []).slice(0, 3).map(Number);
    // Dark body, light text: a solid card, not an outlined one.
    expect(Math.max(...channels(emergency.body))).toBeLessThan(80);
    expect(Math.min(...channels(emergency.text))).toBeGreaterThan(200);
    expect(urgent.body).toMatch(/rgba\(0, 0, 0, 0\)|rgb\(255, 255, 255\)/);
    expect(cards.map((c) => c.label)).toEqual(cards.map((c) => ({ emergency: 'EMERGENCY', urgent: 'URGENT', 'non-urgent': 'NON-URGENT' })[c.level]));
    for (const card of cards) expect(card.heading.length).toBeGreaterThan(10);
  });
});

test.describe('at 1280 px', () => {
  test.use({ viewport: { width: 1280, height: 900 } });

  test('the contents list sits open in the column beside the article', async ({ page }) => {
    await page.goto('/procedures/barium-swallow/');
    const column = page.locator('nav.on-this-page-column');
    await expect(column).toBeVisible();
    await expect(page.locator('details.on-this-page-fold')).toBeHidden();
    const text = (await page.locator('.prose').boundingBox())!;
    const side = (await column.boundingBox())!;
    expect(side.x).toBeGreaterThan(text.x + text.width);
    expect(side.y).toBeLessThan(400);
  });

  test('body text, lists, tables, words, sources and the test index keep to about 65 to 75 characters a line', async ({ page }) => {
    await page.goto('/risks/');
    const longest = await page.locator('.prose > p').evaluateAll((ps) => {
      let best = 0;
      ps.forEach((p, i) => {
        if ((p.textContent ?? '').length > ((ps[best].textContent ?? '').length)) best = i;
      });
      return best;
    });
    const perLine = await charactersPerLine(page, `.prose > p >> nth=${longest}`);
    expect(perLine).toBeGreaterThanOrEqual(60);
    expect(perLine).toBeLessThanOrEqual(85);
    const bodyWidth = (await page.locator('.prose > p').first().boundingBox())!.width;
    for (const selector of ['.prose ul', '.prose table', 'section[aria-labelledby="words-used"]', 'section.sources', '.page-info']) {
      const box = (await page.locator(selector).first().boundingBox())!;
      expect(box.width, selector).toBeLessThanOrEqual(bodyWidth + 1);
    }
    await page.goto('/procedures/');
    for (const selector of ['.tests-a-to-z', '.procedure-group']) {
      const box = (await page.locator(selector).first().boundingBox())!;
      expect(box.width, selector).toBeLessThanOrEqual(bodyWidth + 1);
    }
  });

  test('an article ends with what a reader uses: related pages, words, sources, and one line of page details', async ({ page }) => {
    await page.goto('/procedures/barium-swallow/');
    const blocks = await page.locator('.article-end > *').evaluateAll((list) => list.map((el) => el.className.split(' ')[0]));
    expect(blocks.length).toBeLessThanOrEqual(4);
    const info = page.locator('.page-info');
    await expect(info).toContainText('Page last reviewed:');
    const [dates, mistake] = await Promise.all([
      info.locator('.review-dates').boundingBox(),
      info.getByRole('link', { name: 'Report a mistake on this page' }).boundingBox(),
    ]);
    expect(mistake!.y).toBeLessThan(dates!.y + dates!.height);
  });

  test('Risks starts with the main points, before its first section', async ({ page }) => {
    await page.goto('/risks/');
    const points = page.getByRole('region', { name: 'The main points' });
    await expect(points).toBeInViewport();
    expect(await points.locator('li').count()).toBeGreaterThanOrEqual(4);
    const pointsTop = await topOf(page, '.main-points');
    expect(pointsTop).toBeLessThan(await topOf(page, '.prose h2'));
  });

  test('the home page puts the patient paths first, then every test by name, and the clinic path last and smaller', async ({ page }) => {
    await page.goto('/');
    const main = page.locator('main');
    const appointment = main.getByRole('heading', { name: 'I have an appointment' });
    const tests = main.getByRole('region', { name: 'Find your test' });
    await expect(appointment).toBeInViewport();
    for (const procedure of getProcedures()) {
      await expect(tests.getByRole('link', { name: procedure.meta.title, exact: true })).toHaveAttribute('href', `/procedures/${procedure.slug}/`);
    }
    const clinic = main.getByRole('link', { name: 'Make a patient link with your own instructions' });
    const [a, t, c] = await Promise.all([appointment.boundingBox(), tests.boundingBox(), clinic.boundingBox()]);
    expect(a!.y).toBeLessThan(t!.y);
    expect(t!.y).toBeLessThan(c!.y);
    await expect(main.getByRole('heading', { name: 'I work at a clinic' })).toHaveCount(0);
    const size = (loc: typeof clinic) => loc.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(await size(clinic)).toBeLessThan(await size(appointment));
  });
});

test('on paper, the folded parts print open and the folded contents list is left out', async ({ page }) => {
  await page.goto('/procedures/barium-swallow/');
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('region', { name: 'At a glance' }).getByText('Typical radiation dose')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Sources' }).getByRole('link').first()).toBeVisible();
  await expect(page.locator('details.on-this-page-fold')).toBeHidden();
});
