import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { FIELDS, type FieldName } from '../../lib/clinic/fields';
import { encodeFragment } from '../../lib/clinic/fragment';
import { builderStrings } from '../../lib/i18n/clinic-builder';
import { fill as fillLine } from '../../lib/i18n/fill';
import { patientStrings } from '../../lib/i18n/clinic';
import { cardsFor } from '../../lib/safety/compose';
import { content } from './routes';
import { startPrinting } from './printing';
import { axeViolations, expect, test } from './fixtures';

/*
 * The clinic tools in Spanish end to end: a link made for a Spanish-speaking
 * patient, on the Spanish builder and on the English one, opens the Spanish
 * appointment page with the clinic's words exactly as typed, prints a Spanish
 * handout whose QR code scans back to the same link, and a link cut short gets
 * a kind Spanish notice.
 */

const es = patientStrings.es;
const ES_BUILDER = builderStrings.es;
const EN_BUILDER = builderStrings.en;

/** What a clinic might type for a Spanish-speaking patient, with accents, an English name and symbols kept as typed. */
const SPANISH: Partial<Record<FieldName, string>> = {
  clinic: 'Riverside Hospital, Rayos X',
  phone: '(555) 010-0199',
  where: 'Edificio principal, piso 2. Siga los letreros a «Recepción».',
  arrive: 'Llegue 15 minutos antes y traiga su carta.',
  fasting: 'No coma nada 6 horas antes. Puede beber agua hasta 2 horas antes.',
  note: 'Traiga sus lentes & su lista de medicinas <no la olvide>.',
};

const local = (link: string) => {
  const url = new URL(link);
  return `${url.pathname}${url.hash}`;
};

async function fill(page: Page, words: typeof ES_BUILDER, slug: string, answers: Partial<Record<FieldName, string>>) {
  await page.getByRole('combobox', { name: words.pageLabel }).selectOption(slug);
  for (const field of FIELDS) {
    const value = answers[field.name];
    if (value !== undefined) await page.getByRole('textbox', { name: `${words.fields[field.name].label} ${words.count.optional}` }).fill(value);
  }
}

/** The first test in the builder's list, as the builder names it. */
async function firstTest(page: Page, group: string) {
  const option = page.locator(`#clinic-page optgroup[label="${group}"] option`).first();
  return { slug: (await option.getAttribute('value'))!, title: (await option.textContent())! };
}

/** Makes a Spanish link on the Spanish builder, for a test, and returns it with the test's Spanish title. */
async function spanishLink(page: Page, slug?: string, answers = SPANISH) {
  await page.goto('/es/para-clinicas/');
  await expect(page.getByRole('button', { name: ES_BUILDER.makeTheLink })).toBeEnabled();
  const chosen = slug
    ? { slug, title: (await page.locator(`#clinic-page option[value="${slug}"]`).textContent())! }
    : await firstTest(page, ES_BUILDER.testsGroup);
  await fill(page, ES_BUILDER, chosen.slug, answers);
  const link = await page.getByRole('textbox', { name: ES_BUILDER.linkFor(chosen.title) }).inputValue();
  return { link, ...chosen };
}

function pageCount(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g)?.length ?? 0;
}

/** The handout as paper: its text (pdftotext) and the QR code read from page 1 rasterised at 150 dpi (pdftoppm, jsQR). */
function readHandout(pdf: Buffer): { text: string; qr?: string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'handout-es-'));
  try {
    fs.writeFileSync(path.join(dir, 'handout.pdf'), pdf);
    execFileSync('pdftotext', ['-layout', 'handout.pdf', 'handout.txt'], { cwd: dir });
    execFileSync('pdftoppm', ['-r', '150', '-png', '-f', '1', '-l', '1', '-singlefile', 'handout.pdf', 'page'], { cwd: dir });
    const image = PNG.sync.read(fs.readFileSync(path.join(dir, 'page.png')));
    return {
      text: fs.readFileSync(path.join(dir, 'handout.txt'), 'utf8'),
      qr: jsQR(new Uint8ClampedArray(image.data), image.width, image.height)?.data,
    };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

test.describe('a link for a Spanish-speaking patient', () => {
  test('made on /es/para-clinicas/, opens /es/cita/ in Spanish with the clinic\'s words exactly as typed', async ({ page }) => {
    const { link, slug, title } = await spanishLink(page);
    await expect(page.getByRole('radio', { name: ES_BUILDER.languages.es })).toBeChecked();
    expect(link).toMatch(new RegExp(`^https?://[^/]+/es/cita/#2\\.${slug}&c`));

    await page.goto(local(link));
    await expect(page.locator('html')).toHaveAttribute('lang', 'es');
    const box = page.getByRole('region', { name: fillLine(es.instructionsFrom, { clinic: SPANISH.clinic! }) });
    await expect(box).toBeVisible();
    await expect(page.locator('main h2').first()).toHaveText(fillLine(es.instructionsFrom, { clinic: SPANISH.clinic! }));
    await expect(box).toContainText(es.fromYourClinic);
    for (const name of ['where', 'arrive', 'fasting', 'note'] as const) {
      await expect(box.locator(`[data-field="${name}"] dt`)).toHaveText(es.fieldLabels[name]);
      await expect(box.locator(`[data-field="${name}"] dd`)).toHaveText(SPANISH[name]!);
    }
    await expect(box.getByRole('link', { name: SPANISH.phone })).toHaveAttribute('href', 'tel:5550100199');
    const testHref = await box.getByRole('link', { name: title }).getAttribute('href');
    expect(testHref).toMatch(/^\/es\/procedimientos\/[a-z-]+\/$/);

    // The Spanish checklist and the Spanish warning signs, from the one safety source.
    await expect(page.getByRole('heading', { name: es.beforeYourAppointment })).toBeVisible();
    const help = page.getByRole('region', { name: es.whenToGetHelp });
    const procedure = content.procedures.find((p) => p.slug === slug)!;
    const signs = cardsFor(procedure.meta.safety, 'es').flatMap((card) => card.signs);
    expect(signs.length).toBeGreaterThan(0);
    await expect(help.locator('li[data-sign]:visible')).toHaveCount(signs.length);
    for (const sign of signs) await expect(help.locator(`li[data-sign="${sign.id}"]`)).toContainText(sign.text);
    await expect(page.getByRole('button', { name: es.print })).toBeVisible();
    // The Spanish guides to read before the day.
    const guides = page.getByRole('region', { name: 'Lea las guías completas' });
    const hrefs = await guides.getByRole('link').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(hrefs.length).toBeGreaterThan(0);
    for (const href of hrefs) expect(href).toMatch(/^\/es\//);

    // The day facts are the test's own Spanish At a glance card.
    const day = page.getByRole('region', { name: fillLine(es.onTheDayOf, { test: title }) });
    const shown = await day.locator('div:visible').evaluateAll((rows) =>
      rows.map((row) => [row.querySelector('dt')!.textContent!.trim(), row.querySelector('dd')!.textContent!.trim()]),
    );
    await page.goto(testHref!);
    // The test's own page cites its sources after each fact; the handout lists them apart.
    const card = await page.locator('.at-a-glance .glance-day > div').evaluateAll((rows) =>
      rows.map((row) => {
        const detail = row.querySelector('dd')!.cloneNode(true) as HTMLElement;
        for (const cite of detail.querySelectorAll('sup')) cite.remove();
        return [row.querySelector('dt')!.textContent!.replace(/:\s*$/, '').trim(), detail.textContent!.replace(/\.\s*$/, '').trim()];
      }),
    );
    expect(shown.map(([label, text]) => [label, text.replace(/\.$/, '')])).toEqual(card);
    expect(shown.map(([label]) => label)).toEqual(['Cuánto dura', 'Alivio del dolor', 'Cómo prepararse']);
  });

  test('made on /for-clinics/ by choosing Spanish, opens the same Spanish page', async ({ page }) => {
    await page.goto('/for-clinics/');
    await expect(page.getByRole('button', { name: EN_BUILDER.makeTheLink })).toBeEnabled();
    const { slug, title } = await firstTest(page, EN_BUILDER.testsGroup);
    await fill(page, EN_BUILDER, slug, SPANISH);
    const linkBox = page.getByRole('textbox', { name: EN_BUILDER.linkFor(title) });
    await expect(linkBox).toHaveValue(new RegExp(`/appointment/#2\\.${slug}&`));
    await page.getByRole('radio', { name: EN_BUILDER.languages.es }).check();
    const link = await linkBox.inputValue();
    expect(link).toMatch(new RegExp(`/es/cita/#2\\.${slug}&`));
    expect(new URL(link).hash).toBe(`#${encodeFragment({ page: slug, ...SPANISH })}`);
    await expect(page.getByRole('link', { name: EN_BUILDER.openPatientPage })).toHaveAttribute('href', local(link));

    await page.goto(local(link));
    await expect(page.getByRole('region', { name: fillLine(es.instructionsFrom, { clinic: SPANISH.clinic! }) })).toContainText(SPANISH.note!);
    await expect(page.getByRole('heading', { name: 'Su cita', level: 1 })).toBeVisible();
    // The language link carries the instructions, so the clinic's staff can read the page in English too.
    await page.getByRole('link', { name: 'English' }).click();
    await expect(page).toHaveURL(new RegExp(`/appointment/#2\\.${slug}&`));
    await expect(page.getByRole('region', { name: `Instructions from ${SPANISH.clinic}` })).toContainText(SPANISH.note!);
  });

  test('a Spanish link cut short gets a kind Spanish message, and none of it shows', async ({ page }) => {
    const { link } = await spanishLink(page);
    const fragment = new URL(link).hash.slice(1);
    const prefix = link.length - fragment.length;
    for (const at of [20, fragment.length - 8, fragment.length - 1]) {
      await page.goto('about:blank');
      await page.goto(local(link.slice(0, prefix + at)));
      const status = page.getByRole('status');
      await expect(status).toContainText(es.incomplete);
      await expect(status).toContainText(es.generalAdviceStillApplies);
      await expect(page.getByRole('region', { name: /^Instrucciones de/ })).toHaveCount(0);
      await expect(page.getByText('Riverside')).toHaveCount(0);
      await expect(page.getByRole('heading', { name: es.beforeYourAppointment })).toBeVisible();
    }
  });
});

test.describe("the Spanish page's sources", () => {
  test("lists the linked test's own sources when opened, as many as its Spanish summary counts", async ({ page }) => {
    await page.goto(`/es/cita/#${encodeFragment({ page: 'coronary-angiography', clinic: 'Riverside' })}`);
    const sources = page.getByRole('region', { name: 'Fuentes' });
    const summary = sources.locator('summary');
    const count = Number(/con (\d+) fuentes/.exec((await summary.textContent()) ?? '')?.[1]);
    expect(count).toBeGreaterThan(3);
    await summary.click();
    await expect(sources.getByRole('listitem')).toHaveCount(count);
    // The publishers' pages are mostly in English, and their links say so.
    await expect(sources.locator('a[lang="en"]').first()).toHaveAttribute('hreflang', 'en');
  });
});

test.describe('the Spanish handout', () => {
  test('prints in Spanish, the clinic\'s words as typed, and its QR code scans back to the same link', async ({ page }) => {
    test.setTimeout(60_000);
    const { link } = await spanishLink(page);
    await page.goto(local(link));
    await expect(page.getByRole('region', { name: /^Instrucciones de/ })).toBeVisible();
    await startPrinting(page);
    await expect(page.locator(`[data-qr-value="${link}"]`)).toHaveCount(1);
    // Shown only on paper, so found by tag rather than by role.
    await expect(page.locator('[data-qr-value] img')).toHaveAttribute('alt', es.qrAlt);
    const pdf = await page.pdf({ format: 'A4', printBackground: false });
    const { text, qr } = readHandout(pdf);
    expect(qr).toBe(link);
    const flat = text.replace(/\s+/g, ' ');
    // The box's kicker prints in capitals, as on screen.
    for (const words of [es.fromYourClinic.toUpperCase(), es.beforeYourAppointment, es.whenToGetHelp, es.qrCaption, SPANISH.arrive!, SPANISH.fasting!]) {
      expect(flat).toContain(words);
    }
    const today = new Intl.DateTimeFormat('es-US', { day: 'numeric', month: 'long', year: 'numeric' }).format(new Date());
    expect(flat).toContain(fillLine(es.printedOn, { date: today }));
    expect(flat).toMatch(/Ref\.: [a-z-]+ · enlace v2/);
    for (const english of ['Before your appointment', 'When to get help', 'From your clinic', 'Printed ']) expect(flat).not.toContain(english);
  });

  for (const format of ['A4', 'Letter'] as const) {
    test(`prints a light test on one ${format} sheet in Spanish, no card split`, async ({ page }) => {
      await page.goto(`/es/cita/#${encodeFragment({ page: 'barium-swallow', ...SPANISH })}`);
      await expect(page.getByRole('region', { name: /^Instrucciones de/ })).toBeVisible();
      await startPrinting(page);
      await expect(page.locator('[data-qr-value]').first()).toBeAttached();
      await page.emulateMedia({ media: 'print' });
      const breaks = await page.locator('.care-card').evaluateAll((cards) => cards.map((card) => getComputedStyle(card).breakInside));
      expect(breaks.every((value) => value === 'avoid')).toBe(true);
      const pdf = await page.pdf({ format, margin: { top: '15mm', right: '15mm', bottom: '15mm', left: '15mm' } });
      expect(pageCount(pdf)).toBe(1);
    });
  }
});

test.describe('the Spanish clinic pages pass axe', () => {
  test('the builder with a link made', async ({ page }) => {
    const { link } = await spanishLink(page);
    await expect(page.locator(`[data-qr-value="${link}"]`)).toHaveCount(1);
    expect(await axeViolations(page)).toEqual([]);
  });

  test('the appointment page with instructions, and with the notice', async ({ page }) => {
    await page.goto(`/es/cita/#${encodeFragment({ page: 'barium-swallow', ...SPANISH })}`);
    await expect(page.getByRole('region', { name: /^Instrucciones de/ })).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
    await page.goto('about:blank');
    await page.goto('/es/cita/#v=9');
    await expect(page.getByRole('status')).toContainText(es.unreadable);
    expect(await axeViolations(page)).toEqual([]);
  });
});

test.describe('the Spanish builder without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('says in Spanish that it needs JavaScript, with a link to the Spanish list of tests', async ({ page }) => {
    await page.goto('/es/para-clinicas/');
    await expect(page.getByRole('heading', { name: 'Para hacer el enlace se necesita JavaScript' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'la lista de pruebas' })).toHaveAttribute('href', '/es/procedimientos/');
    await expect(page.getByRole('textbox')).toHaveCount(0);
  });
});
