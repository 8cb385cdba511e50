import type { BrowserContext, Page } from '@playwright/test';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { FIELDS, type FieldName } from '../../lib/clinic/fields';
import { builderStrings } from '../../lib/i18n/clinic-builder';
import { encodeFragment, encodeFragmentV1 } from '../../lib/clinic/fragment';
import { HOSTILE_TEXT } from '../fixtures/hostile-strings';
import { content, site } from './routes';
import { fullAnswers, TYPICAL, USUAL } from './clinic-answers';
import { startPrinting } from './printing';
import { axeViolations, expect, test } from './fixtures';
import type { FactorId } from '../../content/data/safety';

/*
 * The "For clinics" feature end to end: the builder at /for-clinics/, the
 * patient's page at /appointment/#..., its printed handout, and what it does
 * with links it cannot trust.
 */

const HEAVY: FactorId[] = ['artery-catheter', 'device-implant', 'feeding-tube'];

async function openBuilder(page: Page) {
  await page.goto('/for-clinics/');
  // The form stays disabled until the island runs.
  await expect(page.getByRole('button', { name: 'Make the link' })).toBeEnabled();
}

/** The tests in the builder's list, with the longest title first. */
async function procedures(page: Page) {
  const options = await page.locator('#clinic-page optgroup[label="Tests"] option').evaluateAll((list) =>
    list.map((o) => ({ slug: (o as HTMLOptionElement).value, title: o.textContent ?? '' })),
  );
  expect(options.length).toBeGreaterThan(0);
  return options.sort((a, b) => b.title.length - a.title.length);
}

async function fillBuilder(page: Page, slug: string, answers: Partial<Record<FieldName, string>>) {
  await page.getByRole('combobox', { name: 'Which test or guide is the link for?' }).selectOption(slug);
  for (const field of FIELDS) {
    const value = answers[field.name];
    if (value !== undefined) await page.getByRole('textbox', { name: `${builderStrings.en.fields[field.name].label} (optional)` }).fill(value);
  }
}

const linkBox = (page: Page) => page.getByRole('textbox', { name: /^Link for/ });

/** The check that ends every version 2 link, as a pattern. */
const CHECK = '[A-Za-z0-9_-]{6}';

/** Where a link points, on the server under test: the builder writes the public origin (SITE_URL). */
const local = (link: string) => {
  const url = new URL(link);
  return `${url.pathname}${url.hash}`;
};

/** Waits until the QR code shows this exact link, and returns its element. */
async function qrFor(page: Page, link: string) {
  const qr = page.locator(`[data-qr-value="${link.replace(/"/g, '\\"')}"]`);
  await expect(qr).toHaveCount(1);
  return qr;
}

/** Draws an image URL large on a blank page of its own (the site's CSP rightly forbids inline styles) and reads it. */
async function readQrImage(context: BrowserContext, src: string): Promise<string | undefined> {
  const blank = await context.newPage();
  await blank.setContent(`<img src="${src}" width="600" height="600" style="image-rendering: pixelated">`);
  const shot = await blank.locator('img').screenshot();
  await blank.close();
  return readQr(shot);
}

function readQr(png: Buffer): string | undefined {
  const image = PNG.sync.read(png);
  return jsQR(new Uint8ClampedArray(image.data), image.width, image.height)?.data;
}

/** Pages in a PDF made by Chromium: one "/Type /Page" dictionary each ("/Pages" is the tree). */
function pageCount(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g)?.length ?? 0;
}

test.describe('the link builder', () => {
  test('makes a link the patient opens to see the instructions first', async ({ page, context, baseURL }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(baseURL!).origin });
    await openBuilder(page);
    const [chosen] = await procedures(page);
    await fillBuilder(page, chosen.slug, TYPICAL);
    const link = await linkBox(page).inputValue();
    expect(link).toMatch(new RegExp(`^https?://[^/]+/appointment/#2\\.${chosen.slug}&cRiverside\\+Hospital\\+X-ray&t`));

    await page.getByRole('button', { name: 'Copy link' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);

    await page.goto(local(link));
    const box = page.getByRole('region', { name: 'Instructions from Riverside Hospital X-ray' });
    await expect(box).toBeVisible();
    // First on the page: the box's heading is the first h2 in the main content.
    await expect(page.locator('main h2').first()).toHaveText('Instructions from Riverside Hospital X-ray');
    await expect(box.getByRole('link', { name: TYPICAL.phone })).toHaveAttribute('href', 'tel:+4402079460000');
    for (const field of FIELDS.filter((f) => f.name !== 'clinic' && f.name !== 'phone')) {
      await expect(box).toContainText(TYPICAL[field.name]!);
    }
    await expect(box.getByRole('link', { name: chosen.title })).toHaveAttribute('href', site.articleHref('procedure', chosen.slug));
    await expect(page.getByRole('heading', { name: `${chosen.title}: on the day` })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Before your appointment' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'When to get help' })).toBeVisible();
  });

  test('updates the link as fields change, and flags a too-long answer at once', async ({ page }) => {
    await openBuilder(page);
    const [chosen] = await procedures(page);
    await fillBuilder(page, chosen.slug, {});
    await expect(linkBox(page)).toHaveValue(new RegExp(`/appointment/#2\\.${chosen.slug}&${CHECK}$`));
    const name = page.getByRole('textbox', { name: 'Clinic name (optional)' });
    await name.fill('Riverside');
    await expect(linkBox(page)).toHaveValue(new RegExp(`&cRiverside&${CHECK}$`));
    await name.fill('x'.repeat(61));
    await expect(page.getByText('Error: Clinic name must be 60 characters or fewer')).toBeVisible();
    await expect(page.getByText('You have 1 character too many')).toBeVisible();
    await expect(linkBox(page)).toHaveCount(0);
  });

  test('shows an error summary that takes focus, linked to the field', async ({ page }) => {
    await openBuilder(page);
    await page.getByRole('textbox', { name: 'Phone number for questions (optional)' }).fill('call reception');
    await page.getByRole('button', { name: 'Make the link' }).click();
    const summary = page.getByRole('alert', { name: 'There is a problem' });
    await expect(summary).toBeFocused();
    await summary.getByRole('link', { name: /^Phone number can only contain/ }).click();
    await expect(page.getByRole('textbox', { name: 'Phone number for questions (optional)' })).toBeFocused();
    expect(await axeViolations(page)).toEqual([]);
  });

  test('works from the keyboard alone', async ({ page }) => {
    await openBuilder(page);
    const select = page.getByRole('combobox', { name: 'Which test or guide is the link for?' });
    await select.focus();
    await page.keyboard.press('ArrowDown');
    await expect(select).not.toHaveValue('');
    // The patient's language is one stop: the arrow keys move between its choices.
    await page.keyboard.press('Tab');
    await expect(page.getByRole('radio', { name: 'English' })).toBeFocused();
    await page.keyboard.press('ArrowRight');
    await expect(page.getByRole('radio', { name: 'Spanish (español)' })).toBeChecked();
    await page.keyboard.press('ArrowLeft');
    await expect(page.getByRole('radio', { name: 'English' })).toBeChecked();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('textbox', { name: 'Clinic name (optional)' })).toBeFocused();
    await page.keyboard.type('Riverside');
    for (let i = 0; i < FIELDS.length - 1; i += 1) await page.keyboard.press('Tab');
    await expect(page.getByRole('textbox', { name: 'A short note (optional)' })).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: 'Make the link' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { name: 'Your link' })).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(linkBox(page)).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: 'Copy link' })).toBeFocused();
  });

  test('its QR code reads back as the same link, as PNG and as SVG', async ({ page, context }) => {
    await openBuilder(page);
    const [chosen] = await procedures(page);
    await fillBuilder(page, chosen.slug, TYPICAL);
    const link = await linkBox(page).inputValue();
    const qr = await qrFor(page, link);

    const pngUrl = await qr.getByRole('link', { name: /as PNG/ }).getAttribute('href');
    expect(pngUrl).toMatch(/^data:image\/png;base64,/);
    expect(readQr(Buffer.from(pngUrl!.split(',')[1], 'base64'))).toBe(link);

    const svgUrl = await qr.getByRole('img').getAttribute('src');
    expect(svgUrl).toMatch(/^data:image\/svg\+xml/);
    expect(await readQrImage(context, svgUrl!)).toBe(link);
  });

  test('sends nothing and stores nothing while the clinic types', async ({ page }) => {
    await openBuilder(page);
    await page.waitForLoadState('networkidle');
    const requests: string[] = [];
    page.on('request', (request) => {
      if (!request.url().startsWith('data:')) requests.push(request.url());
    });
    const [chosen] = await procedures(page);
    await fillBuilder(page, chosen.slug, TYPICAL);
    const link = await linkBox(page).inputValue();
    await qrFor(page, link);
    await page.waitForTimeout(300);
    expect(requests).toEqual([]);
    const stored = await page.evaluate(async () => ({
      cookie: document.cookie,
      local: localStorage.length,
      session: sessionStorage.length,
      databases: (await indexedDB.databases()).length,
    }));
    expect(stored).toEqual({ cookie: '', local: 0, session: 0, databases: 0 });
  });

  test('says where its links point, and that the default domain is a placeholder', async ({ page }) => {
    await openBuilder(page);
    const [chosen] = await procedures(page);
    await fillBuilder(page, chosen.slug, TYPICAL);
    const origin = new URL(await linkBox(page).inputValue()).origin;
    // The tests build the site without SITE_URL, so links point to the placeholder default.
    expect(origin).toBe('https://fluoroscopy-guide.example.org');
    await expect(page.getByText(`Links made here point to ${origin}, a placeholder.`)).toBeVisible();
    await expect(page.locator('.link-origin')).toHaveText(
      `Links made here point to ${origin}, a placeholder. Set SITE_URL when you build the site.`,
    );
  });

  test('warns when the QR code would be too dense, and still makes the link', async ({ page }) => {
    await openBuilder(page);
    const [chosen] = await procedures(page);
    await fillBuilder(page, chosen.slug, TYPICAL);
    await qrFor(page, await linkBox(page).inputValue());
    await expect(page.getByText(/this QR code is dense/)).toHaveCount(0);
    await fillBuilder(page, chosen.slug, fullAnswers());
    const link = await linkBox(page).inputValue();
    await qrFor(page, link);
    await expect(page.locator('.qr-dense')).toContainText(/Warning: this QR code is dense \(version 2\d, \d+ squares across\)/);
  });

  test('passes axe with a link made', async ({ page }) => {
    await openBuilder(page);
    const [chosen] = await procedures(page);
    await fillBuilder(page, chosen.slug, TYPICAL);
    await qrFor(page, await linkBox(page).inputValue());
    expect(await axeViolations(page)).toEqual([]);
  });
});

test.describe('the handout', () => {
  for (const format of ['A4', 'Letter'] as const) {
    test(`prints every test's handout with a clinic's usual instructions on one ${format} sheet, cards whole`, async ({ page }) => {
      // Sixteen tests printed to PDF one after another.
      test.setTimeout(180_000);
      const problems: string[] = [];
      for (const procedure of content.procedures) {
        // Tests with a needle in an artery, a device or a tube carry the longest lists of signs:
        // those may put "When to get help" whole on the back of the sheet.
        const sides = procedure.meta.safety.applies.some((f) => HEAVY.includes(f)) ? 2 : 1;
        await page.emulateMedia({ media: 'screen' });
        await page.goto('about:blank');
        await page.goto(`/appointment/#${encodeFragment({ page: procedure.slug, ...USUAL })}`);
        await expect(page.getByRole('region', { name: /^Instructions from/ })).toBeVisible();
        await startPrinting(page);
        await expect(page.locator('[data-qr-value]').first()).toBeAttached();
        await page.emulateMedia({ media: 'print' });
        await expect(page.getByRole('region', { name: 'When to get help' })).toBeVisible();
        const pdf = await page.pdf({ format, margin: { top: '15mm', right: '15mm', bottom: '15mm', left: '15mm' } });
        if (pageCount(pdf) > sides) problems.push(`${procedure.slug}: ${pageCount(pdf)} pages`);
      }
      expect(problems).toEqual([]);
    });

    test(`with every answer at its limit, prints a light test on one ${format} page and the heaviest on two, no card split`, async ({ page }) => {
      for (const [slug, pages] of [['barium-swallow', 1], ['coronary-angiography', 2]] as const) {
        await page.emulateMedia({ media: 'screen' });
        await page.goto('about:blank');
        await page.goto(`/appointment/#${encodeFragment({ page: slug, ...fullAnswers() })}`);
        await expect(page.getByRole('region', { name: /^Instructions from/ })).toBeVisible();
        await startPrinting(page);
        await expect(page.locator('[data-qr-value]').first()).toBeAttached();
        await page.emulateMedia({ media: 'print' });
        await expect(page.getByRole('region', { name: /^Instructions from/ })).toBeVisible();
        await expect(page.getByRole('img', { name: 'QR code that opens this page on a phone' })).toBeVisible();
        await expect(page.getByRole('button', { name: 'Print this page' })).toBeHidden();
        await expect(page.locator('header.site-header')).toBeHidden();
        await expect(page.getByText(site.articleHref('procedure', slug), { exact: false }).first()).toBeVisible();
        // The lines a clinic files it by print too.
        await expect(page.getByRole('list', { name: 'About this handout' })).toContainText(`Ref: ${slug} · link v2`);
        const breaks = await page.locator('.care-card').evaluateAll((cards) => cards.map((card) => getComputedStyle(card).breakInside));
        expect(breaks.every((value) => value === 'avoid')).toBe(true);
        // Margins a little wider than browsers' defaults, as a person's printer may need.
        const pdf = await page.pdf({ format, margin: { top: '15mm', right: '15mm', bottom: '15mm', left: '15mm' } });
        expect(pageCount(pdf), slug).toBeLessThanOrEqual(pages);
      }
    });
  }

  test('prints the QR code of the same link', async ({ page, context }) => {
    await openBuilder(page);
    const [chosen] = await procedures(page);
    await fillBuilder(page, chosen.slug, TYPICAL);
    const link = await linkBox(page).inputValue();
    await page.goto(local(link));
    await expect(page.getByRole('region', { name: /^Instructions from/ })).toBeVisible();
    // Drawn when the page is printed, and shown only on paper, so found by tag rather than by role.
    await expect(page.locator('[data-qr-value]')).toHaveCount(0);
    await startPrinting(page);
    const qr = await qrFor(page, link);
    const svgUrl = await qr.locator('img').getAttribute('src');
    expect(await readQrImage(context, svgUrl!)).toBe(link);
  });

  test('a patient reading the page downloads no QR code library; printing draws the code', async ({ page }) => {
    const scripts: string[] = [];
    page.on('response', (response) => {
      if (response.request().resourceType() === 'script') scripts.push(new URL(response.url()).pathname);
    });
    const link = `/appointment/#${encodeFragment({ page: content.procedures[0].slug, ...USUAL })}`;
    await page.goto(link);
    await expect(page.getByRole('region', { name: /^Instructions from/ })).toBeVisible();
    await page.waitForLoadState('networkidle');
    const reading = [...scripts];
    await expect(page.locator('[data-qr-value]')).toHaveCount(0);
    await startPrinting(page);
    await expect(page.locator('[data-qr-value]')).toHaveCount(1);
    expect(scripts.length).toBeGreaterThan(reading.length);
  });

  test('has a print button', async ({ page }) => {
    await page.goto('/appointment/');
    await page.evaluate(() => {
      (window as unknown as { printed: number }).printed = 0;
      window.print = () => {
        (window as unknown as { printed: number }).printed += 1;
      };
    });
    await page.getByRole('button', { name: 'Print this page' }).click();
    expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
  });
});

test.describe('the patient page with a link it cannot trust', () => {
  const NOTICE = 'This link could not be read fully. Ask your clinic for your instructions.';

  test('shows hostile text as plain text, and rejects what it cannot read, without running anything', async ({ page }) => {
    // About thirty page loads, each checked: room for a busy machine.
    test.setTimeout(180_000);
    const dialogs: string[] = [];
    page.on('dialog', async (dialog) => {
      dialogs.push(dialog.message());
      await dialog.dismiss();
    });
    await page.goto('/for-clinics/');
    const [{ slug }] = await procedures(page);

    const readable = HOSTILE_TEXT.filter((text) => !text.includes('\u202E')).map((text) => ({
      fragment: encodeFragment({ page: slug, clinic: text.slice(0, 60), note: text }),
      shows: text,
    }));
    const raw = [
      { fragment: `v=1&p=${slug}&c=<img src=x onerror=alert(1)>`, shows: '<img src=x onerror=alert(1)>' },
      { fragment: `v=1&p=${slug}&n="><svg/onload=alert(1)>`, shows: '"><svg/onload=alert(1)>' },
      { fragment: `v=1&p=${slug}&c=%F0%9F%91%8D+Cl%C3%ADnica+S%C3%A3o+Jos%C3%A9`, shows: '👍 Clínica São José' },
    ];
    const rejected = [
      '<script>alert(1)</script>',
      'javascript:alert(1)',
      `v=1&p=javascript:alert(1)`,
      `v=1&p=${slug}&t=javascript:alert(1)`,
      `v=1&p=${slug}&t=<img src=x onerror=alert(1)>`,
      `v=1&p=${slug}&c=%E0%A4%A`,
      `v=1&p=${slug}&c=%zz`,
      `v=1&p=${slug}&c=${encodeURIComponent('\u202Eevil')}`,
      `v=1&p=${slug}&n=${'A'.repeat(20_000)}`,
      `v=2&p=${slug}`,
      `v=1&p=not-a-test&c=Riverside`,
      'eyJ2IjoxLCJwIjoiYmFyaXVtLXN3YWxsb3cifQ',
      `v=1&p=${slug}&c=a&c=b`,
    ];

    for (const { fragment, shows } of [...readable, ...raw]) {
      await page.goto('about:blank');
      await page.goto(`/appointment/#${fragment}`);
      const box = page.getByRole('region', { name: /^Instructions from/ });
      await expect(box).toBeVisible();
      await expect(box).toContainText(shows);
      await expectNothingInjected(page);
    }
    for (const fragment of rejected) {
      await page.goto('about:blank');
      await page.goto(`/appointment/#${fragment}`);
      await expect(page.getByRole('status')).toContainText(NOTICE);
      await expect(page.getByRole('region', { name: /^Instructions from/ })).toHaveCount(0);
      await expect(page.getByRole('heading', { name: 'Before your appointment' })).toBeVisible();
      await expectNothingInjected(page);
    }
    expect(dialogs).toEqual([]);
  });

  test('says a version 2 link cut short is incomplete, and shows nothing from it', async ({ page }) => {
    await openBuilder(page);
    const [chosen] = await procedures(page);
    await fillBuilder(page, chosen.slug, TYPICAL);
    const link = await linkBox(page).inputValue();
    const fragment = new URL(link).hash.slice(1);
    const prefix = link.length - fragment.length;
    for (const at of [20, 45, 90, fragment.length - 8, fragment.length - 1]) {
      await page.goto('about:blank');
      await page.goto(local(link.slice(0, prefix + at)));
      const status = page.getByRole('status');
      await expect(status).toContainText('This link is incomplete. Ask your clinic for your instructions, or check the letter.');
      await expect(status).toContainText('The general advice on this page still applies.');
      await expect(page.getByRole('region', { name: /^Instructions from/ })).toHaveCount(0);
      // Nothing the link holds is anywhere on the page (the general advice may share a few words with it), nor is the clinic's name.
      const island = (await page.locator('[data-island="appointment"]').textContent()) ?? '';
      for (const text of Object.values(TYPICAL)) expect(island).not.toContain(text!);
      await expect(page.getByText('Riverside')).toHaveCount(0);
      await expect(page.getByRole('heading', { name: 'Before your appointment' })).toBeVisible();
      await expect(page.getByRole('heading', { name: 'When to get help' })).toBeVisible();
    }
  });

  test('still opens a version 1 link from a letter', async ({ page }) => {
    await page.goto('/for-clinics/');
    const [{ slug }] = await procedures(page);
    await page.goto(`/appointment/#${encodeFragmentV1({ page: slug, ...TYPICAL })}`);
    const box = page.getByRole('region', { name: 'Instructions from Riverside Hospital X-ray' });
    await expect(box).toContainText(TYPICAL.arrive!);
    await expect(box).toContainText(TYPICAL.note!);
  });

  test('passes axe with instructions shown, and with the notice', async ({ page }) => {
    await page.goto('/for-clinics/');
    const [{ slug }] = await procedures(page);
    await page.goto(`/appointment/#${encodeFragment({ page: slug, ...TYPICAL })}`);
    await expect(page.getByRole('region', { name: /^Instructions from/ })).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
    await page.goto('about:blank');
    await page.goto('/appointment/#v=9');
    await expect(page.getByRole('status')).toContainText(NOTICE);
    expect(await axeViolations(page)).toEqual([]);
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the builder explains itself and says it needs JavaScript, with a link, instead of showing a form that cannot work', async ({ page }) => {
    await page.goto('/for-clinics/');
    await expect(page.getByRole('heading', { name: 'The link builder needs JavaScript' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'the list of tests' })).toHaveAttribute('href', '/procedures/');
    await expect(page.getByRole('heading', { name: 'Nothing you type leaves this browser' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'What your patient sees' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Make the link' })).toBeHidden();
    await expect(page.getByRole('combobox')).toHaveCount(0);
    await expect(page.getByRole('textbox')).toHaveCount(0);
  });

  test('with JavaScript the note gives way to the form', async ({ browser }) => {
    const page = await browser.newPage({ javaScriptEnabled: true });
    await page.goto('/for-clinics/');
    await expect(page.getByRole('button', { name: 'Make the link' })).toBeEnabled();
    await expect(page.getByRole('heading', { name: 'The link builder needs JavaScript' })).toBeHidden();
    await page.close();
  });

  test("the patient page gives the general advice and says the clinic's instructions need JavaScript", async ({ page }) => {
    await page.goto(`/appointment/#v=1&p=x&c=Riverside`);
    await expect(page.locator('noscript p')).toContainText('their own instructions need JavaScript');
    await expect(page.locator('noscript p')).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Before your appointment' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'When to get help' })).toBeVisible();
    await expect(page.getByText('Riverside')).toHaveCount(0);
  });
});

/** Nothing from the link became markup: no new script, no image but the QR code, no event handler attribute. */
async function expectNothingInjected(page: Page) {
  const found = await page.evaluate(() => ({
    images: [...document.images].map((img) => img.getAttribute('src') ?? '').filter((src) => !src.startsWith('data:image/svg+xml')),
    scripts: [...document.scripts].filter((s) => /alert\(|onerror|onload/.test(s.textContent ?? '')).length,
    handlers: [...document.querySelectorAll('*')].flatMap((el) => [...el.attributes].filter((a) => a.name.startsWith('on')).map((a) => a.name)),
    svgs: document.querySelectorAll('main svg').length,
    pwned: 'pwned' in window,
  }));
  expect(found).toEqual({ images: [], scripts: 0, handlers: [], svgs: 0, pwned: false });
}
