import type { QRCodeErrorCorrectionLevel } from 'qrcode';

/** Level M survives about 15% damage: a crease or a smudge on a letter, without making the code much larger. */
export const QR_LEVEL: QRCodeErrorCorrectionLevel = 'M';
/** The quiet zone: four blank modules on each side, as the QR standard asks. */
export const QR_MARGIN = 4;
/** The smallest module (square) we ask clinics to print, in millimetres; phone cameras read 0.35 mm at close range. */
export const MIN_MODULE_MM = 0.35;

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

/**
 * Makes the QR code of a link as SVG and PNG. The SVG markup comes from the
 * qrcode library, never from what a person typed, and it is only ever used as
 * an image URL, so it cannot run or inject anything.
 */
export async function renderQr(text: string, { png: withPng = true } = {}): Promise<RenderedQr> {
  const qr = await loadQr();
  const options = { errorCorrectionLevel: QR_LEVEL, margin: QR_MARGIN, color: { dark: '#000000', light: '#ffffff' } };
  const code = qr.create(text, options);
  const svgText = await qr.toString(text, { ...options, type: 'svg' });
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

/** The smallest width to print a code at, in millimetres, quiet zone included. */
export function minimumPrintWidthMm(modules: number): number {
  return Math.ceil((modules + 2 * QR_MARGIN) * MIN_MODULE_MM);
}

/** The same in whole centimetres, for people: never under 2 cm. */
export function minimumPrintWidthCm(modules: number): number {
  return Math.max(2, Math.ceil(minimumPrintWidthMm(modules) / 10));
}
