import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import QRCode from 'qrcode';
import { FIELDS, type FieldName } from '../../lib/clinic/fields';
import { builderStrings } from '../../lib/i18n/clinic-builder';
import { fullAnswers, USUAL } from './clinic-answers';
import { startPrinting } from './printing';
import { expect, test } from './fixtures';

/*
 * The QR code tested as paper is: the handout printed to PDF by Chromium from
 * a desktop window, with background graphics off (the print dialog's
 * default), rasterised by poppler at a cheap printer's 150 dpi and at 300 dpi,
 * and read back by jsQR. The builder's downloads are read back too.
 */

function hasPdftoppm(): boolean {
  try {
    execFileSync('pdftoppm', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

test.use({ viewport: { width: 1280, height: 900 } });

async function builderLink(page: Page, answers: Partial<Record<FieldName, string>>): Promise<string> {
  await page.goto('/for-clinics/');
  await expect(page.getByRole('button', { name: 'Make the link' })).toBeEnabled();
  const slug = await page.locator('#clinic-page optgroup[label="Tests"] option').first().getAttribute('value');
  await page.getByRole('combobox', { name: 'Which test or guide is the link for?' }).selectOption(slug!);
  for (const field of FIELDS) {
    const value = answers[field.name];
    if (value !== undefined) await page.getByRole('textbox', { name: `${builderStrings.en.fields[field.name].label} (optional)` }).fill(value);
  }
  const link = await page.getByRole('textbox', { name: /^Link for/ }).inputValue();
  await expect(page.locator(`[data-qr-value="${link}"]`)).toHaveCount(1);
  return link;
}

function readPng(png: Buffer): string | undefined {
  const image = PNG.sync.read(png);
  return jsQR(new Uint8ClampedArray(image.data), image.width, image.height)?.data;
}

/**
 * The share of sample points, five a module (the centre and four points 0.3 of a module in from its corners), whose
 * colour differs from the module the code should have there. Solid squares give 0; modules drawn as thin lines, as
 * strokes become when printed as hairlines, leave their edges white.
 */
function moduleMismatch(image: PNG, read: NonNullable<ReturnType<typeof jsQR>>): number {
  const code = QRCode.create(read.data, { errorCorrectionLevel: 'M' });
  const n = code.modules.size;
  const { topLeftCorner: tl, topRightCorner: tr, bottomLeftCorner: bl } = read.location;
  const dark = (u: number, v: number) => {
    const x = Math.round(tl.x + ((tr.x - tl.x) * u + (bl.x - tl.x) * v) / n);
    const y = Math.round(tl.y + ((tr.y - tl.y) * u + (bl.y - tl.y) * v) / n);
    return image.data[(y * image.width + x) * 4] < 128;
  };
  let wrong = 0;
  for (let y = 0; y < n; y += 1) {
    for (let x = 0; x < n; x += 1) {
      const expected = Boolean(code.modules.data[y * n + x]);
      for (const [du, dv] of [[0.5, 0.5], [0.3, 0.3], [0.7, 0.3], [0.3, 0.7], [0.7, 0.7]]) {
        if (dark(x + du, y + dv) !== expected) wrong += 1;
      }
    }
  }
  return wrong / (n * n * 5);
}

/** Rasterises the first page of a PDF with poppler and reads the QR code on it. */
function readPdf(pdf: Buffer, dpi: number): { text?: string; mismatch?: number } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'handout-'));
  try {
    fs.writeFileSync(path.join(dir, 'handout.pdf'), pdf);
    execFileSync('pdftoppm', ['-r', String(dpi), '-png', '-f', '1', '-l', '1', '-singlefile', 'handout.pdf', 'page'], { cwd: dir });
    const image = PNG.sync.read(fs.readFileSync(path.join(dir, 'page.png')));
    const read = jsQR(new Uint8ClampedArray(image.data), image.width, image.height);
    return read ? { text: read.data, mismatch: moduleMismatch(image, read) } : {};
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

test.describe('the printed handout', () => {
  // A laptop without poppler skips these; CI installs it, and there they must run (and fail without pdftoppm).
  test.skip(!hasPdftoppm() && !process.env.CI, 'needs pdftoppm (Debian package poppler-utils); .ci/run installs it');

  for (const [name, answers] of [
    ['typical', USUAL],
    ['every field used', { ...USUAL, where: 'Main building, level 2. Follow the signs to X-ray reception.', medicines: 'Keep taking your usual medicines with a sip of water.', note: 'Bring a list of the medicines you take.' }],
    ['every field at its limit', fullAnswers()],
  ] as const) {
    test(`its QR code scans from A4 and Letter paper at 150 and 300 dpi: ${name} instructions`, async ({ page }) => {
      // Two paper sizes, each rasterised twice by poppler: room for a busy machine.
      test.setTimeout(90_000);
      const link = await builderLink(page, answers);
      const url = new URL(link);
      await page.goto(`${url.pathname}${url.hash}`);
      await expect(page.getByRole('region', { name: /^Instructions from/ })).toBeVisible();
      await startPrinting(page);
      await expect(page.locator(`[data-qr-value="${link}"]`)).toHaveCount(1);
      for (const format of ['A4', 'Letter'] as const) {
        const pdf = await page.pdf({ format, printBackground: false });
        for (const dpi of [150, 300]) {
          const { text, mismatch } = readPdf(pdf, dpi);
          expect(text, `${format} at ${dpi} dpi`).toBe(link);
          // At 300 dpi a module is six dots or more: every one should print as a solid square.
          if (dpi === 300) expect(mismatch, `${format} at 300 dpi: modules printed as squares`).toBeLessThan(0.005);
        }
      }
    });
  }

  test('prints the site, its address, the print date, the review date and a reference', async ({ page }) => {
    const link = await builderLink(page, USUAL);
    const url = new URL(link);
    await page.goto(`${url.pathname}${url.hash}`);
    await expect(page.getByRole('region', { name: /^Instructions from/ })).toBeVisible();
    await startPrinting(page);
    await page.emulateMedia({ media: 'print' });
    const filing = page.getByRole('list', { name: 'About this handout' });
    await expect(filing).toBeVisible();
    await expect(filing).toContainText(`Made with Fluoroscopy Guide, ${url.origin}`);
    const today = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric' }).format(new Date());
    await expect(filing).toContainText(`Printed ${today}`);
    await expect(filing).toContainText(/Test page last reviewed \d{1,2} [A-Z][a-z]+ \d{4}/);
    const slug = url.hash.slice(3, url.hash.indexOf('&'));
    await expect(filing).toContainText(`Ref: ${slug} · link v2`);
    await page.emulateMedia({ media: 'screen' });
    await expect(filing).toBeHidden();
  });
});

test.describe("the builder's downloads", () => {
  test('the SVG and PNG files read back as the link', async ({ page, context }) => {
    const link = await builderLink(page, USUAL);
    const qr = page.locator(`[data-qr-value="${link}"]`);

    const png = await qr.getByRole('link', { name: /as PNG/ }).getAttribute('href');
    expect(readPng(Buffer.from(png!.split(',')[1], 'base64'))).toBe(link);

    const svg = await qr.getByRole('link', { name: /as SVG/ }).getAttribute('href');
    expect(svg).toMatch(/^data:image\/svg\+xml/);
    const markup = decodeURIComponent(svg!.split(',')[1]);
    expect(markup).not.toMatch(/stroke|crispEdges/);
    // The file as an image program would show it: drawn at its own size, then at a small and a large one.
    const blank = await context.newPage();
    for (const size of [undefined, 240, 800]) {
      await blank.setContent(`<img src="${svg}"${size ? ` width="${size}" height="${size}"` : ''}>`);
      await expect(blank.locator('img')).toHaveJSProperty('complete', true);
      expect(readPng(await blank.locator('img').screenshot()), `drawn at ${size ?? 'its own size'}`).toBe(link);
    }
    // And drawn onto a canvas, as a document editor would.
    const fromCanvas = await blank.evaluate(async (src) => {
      const image = new Image();
      image.src = src;
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = canvas.height = 600;
      canvas.getContext('2d')!.drawImage(image, 0, 0, 600, 600);
      return canvas.toDataURL('image/png');
    }, svg!);
    expect(readPng(Buffer.from(fromCanvas.split(',')[1], 'base64'))).toBe(link);
    await blank.close();
  });
});
