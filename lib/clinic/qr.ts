import type { QRCodeErrorCorrectionLevel } from 'qrcode';
import { colors } from '@/lib/design/tokens';

/** Level M survives about 15% damage: a crease or a smudge on a letter, without making the code much larger. */
export const QR_LEVEL: QRCodeErrorCorrectionLevel = 'M';
/** The quiet zone: four blank modules on each side, as the QR standard asks. */
export const QR_MARGIN = 4;
/**
 * The smallest module (square) we print or ask clinics to print, in millimetres. At 0.5 mm a module is three dots
 * of a 150 dpi printer and six of a 300 dpi one, and a phone reads it from 10 to 15 cm away.
 */
export const MIN_MODULE_MM = 0.5;
/**
 * The densest code the builder makes without a warning: version 15 (77 modules across), 43 mm wide at 0.5 mm a
 * module. Seven short answers fit in it; beyond it the code must print wider than the room beside the handout's
 * instructions, or with modules under 0.5 mm. Why 15: see lib/clinic/README.md.
 */
export const QR_VERSION_LIMIT = 15;

export type RenderedQr = {
  /** data:image/svg+xml URL, for an <img> and the SVG download. */
  svg: string;
  /** data:image/png URL, for the PNG download; undefined where the browser cannot draw one. */
  png?: string;
  version: number;
  /** Modules across, without the quiet zone. */
  modules: number;
};

type QrModule = typeof import('qrcode');

// Loaded on first use, so pages without a valid link never download the QR code library.
async function loadQr(): Promise<QrModule> {
  const mod = (await import('qrcode')) as QrModule & { default?: QrModule };
  return mod.default ?? mod;
}

/**
 * Loads the library now, so the builder's promise holds literally: once the
 * page has loaded, typing makes no request at all, not even for a script.
 */
export function preloadQr(): void {
  loadQr().catch(() => {});
}

/** The QR version (1 to 40) a text needs at level M. */
export async function qrVersion(text: string): Promise<number> {
  return (await loadQr()).create(text, { errorCorrectionLevel: QR_LEVEL }).version;
}

/** Which modules are dark: size × size, row by row, as qrcode's create() gives them. */
export type ModuleMatrix = { size: number; data: ArrayLike<number | boolean> };

/**
 * The SVG of a QR code, drawn as filled squares: one <path> of the dark
 * modules (each run of dark modules in a row is one rectangle) on a white
 * rectangle, the quiet zone included, with a viewBox in modules. Filled shapes
 * print as solid squares at any size; strokes a unit wide, as the qrcode
 * library draws them, become hairlines when Chromium prints to PDF.
 *
 * Only numbers from the matrix go into the markup, never the text encoded.
 */
export function qrSvg(matrix: ModuleMatrix, margin = QR_MARGIN): string {
  const { size, data } = matrix;
  const total = size + 2 * margin;
  let path = '';
  for (let y = 0; y < size; y += 1) {
    let x = 0;
    while (x < size) {
      if (!data[y * size + x]) {
        x += 1;
        continue;
      }
      const start = x;
      while (x < size && data[y * size + x]) x += 1;
      path += `M${start + margin} ${y + margin}h${x - start}v1h-${x - start}z`;
    }
  }
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${total} ${total}" width="${total * 8}" height="${total * 8}">` +
    `<rect width="${total}" height="${total}" fill="${colors.qrLight}"/><path fill="${colors.qrDark}" d="${path}"/></svg>`
  );
}

/**
 * Makes the QR code of a link as SVG and PNG. The SVG markup is built here
 * from the module matrix, never from what a person typed, and it is only ever
 * used as an image URL, so it cannot run or inject anything.
 */
export async function renderQr(text: string, { png: withPng = true } = {}): Promise<RenderedQr> {
  const qr = await loadQr();
  const options = { errorCorrectionLevel: QR_LEVEL, margin: QR_MARGIN, color: { dark: colors.qrDark, light: colors.qrLight } };
  const code = qr.create(text, options);
  const svgText = qrSvg(code.modules);
  let png: string | undefined;
  try {
    if (withPng) png = await qr.toDataURL(text, { ...options, type: 'image/png', width: 1024 });
  } catch {
    // No canvas (a locked-down browser): the SVG is still there.
    png = undefined;
  }
  return {
    svg: `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svgText)}`,
    png,
    version: code.version,
    modules: code.modules.size,
  };
}

/**
 * Loads the library and gives back a function that draws a code (as SVG only)
 * at once, so a page can draw it inside the browser's "beforeprint" event,
 * before the printed layout is made.
 */
export async function qrDrawer(): Promise<(text: string) => Omit<RenderedQr, 'png'>> {
  const qr = await loadQr();
  return (text) => {
    const code = qr.create(text, { errorCorrectionLevel: QR_LEVEL });
    return { svg: `data:image/svg+xml;charset=utf-8,${encodeURIComponent(qrSvg(code.modules))}`, version: code.version, modules: code.modules.size };
  };
}

/** The smallest width to print a code at, in millimetres, quiet zone included. */
export function minimumPrintWidthMm(modules: number): number {
  return Math.ceil((modules + 2 * QR_MARGIN) * MIN_MODULE_MM);
}

/** The width to print a code at on the handout, in millimetres: the smallest safe width, never under 30 mm. */
export function handoutWidthMm(modules: number): number {
  return Math.max(30, minimumPrintWidthMm(modules));
}

/** The same in whole centimetres, for people: never under 2 cm. */
export function minimumPrintWidthCm(modules: number): number {
  return Math.max(2, Math.ceil(minimumPrintWidthMm(modules) / 10));
}
