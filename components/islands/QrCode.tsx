'use client';

import { useEffect, useState } from 'react';
import { handoutWidthMm, MIN_MODULE_MM, minimumPrintWidthCm, renderQr, type RenderedQr } from '@/lib/clinic/qr';

const TYPING_PAUSE_MS = 150;

// Printed widths from 30 mm to 70 mm in whole millimetres, written out so Tailwind finds the class names.
const PRINT_WIDTHS = [
  'print:w-[30mm]', 'print:w-[31mm]', 'print:w-[32mm]', 'print:w-[33mm]', 'print:w-[34mm]', 'print:w-[35mm]', 'print:w-[36mm]', 'print:w-[37mm]',
  'print:w-[38mm]', 'print:w-[39mm]', 'print:w-[40mm]', 'print:w-[41mm]', 'print:w-[42mm]', 'print:w-[43mm]', 'print:w-[44mm]', 'print:w-[45mm]',
  'print:w-[46mm]', 'print:w-[47mm]', 'print:w-[48mm]', 'print:w-[49mm]', 'print:w-[50mm]', 'print:w-[51mm]', 'print:w-[52mm]', 'print:w-[53mm]',
  'print:w-[54mm]', 'print:w-[55mm]', 'print:w-[56mm]', 'print:w-[57mm]', 'print:w-[58mm]', 'print:w-[59mm]', 'print:w-[60mm]', 'print:w-[61mm]',
  'print:w-[62mm]', 'print:w-[63mm]', 'print:w-[64mm]', 'print:w-[65mm]', 'print:w-[66mm]', 'print:w-[67mm]', 'print:w-[68mm]', 'print:w-[69mm]',
  'print:w-[70mm]',
];

/** The class that prints a code at its smallest safe width (lib/clinic/qr.ts), in whole millimetres, never under 30 mm. */
function printWidthClass(modules: number): string {
  return PRINT_WIDTHS[Math.min(handoutWidthMm(modules) - 30, PRINT_WIDTHS.length - 1)];
}

type Props = {
  /** The text to encode: always a link this site made. */
  value: string;
  alt: string;
  /** File name without extension; when given, SVG and PNG download links are shown. */
  downloadName?: string;
  /** Say how large to print the code. */
  sizeAdvice?: boolean;
  /** On paper, print the code at the smallest width phones read reliably for its size. */
  printSized?: boolean;
  /** Warn when the code needs a QR version above this: dense codes are hard for phones to read from paper. */
  densityLimit?: number;
  imageClassName?: string;
};

/**
 * A QR code made in the browser. It is shown as an <img> of an SVG data URL:
 * the markup is drawn from the code's modules (lib/clinic/qr.ts) and is never
 * put into the page as HTML. While a new code is being made the previous one stays, so the layout
 * does not jump as someone types; `data-qr-value` says which link is shown.
 */
export function QrCode({ value, alt, downloadName, sizeAdvice = false, printSized = false, densityLimit, imageClassName = 'w-48' }: Props) {
  const [shown, setShown] = useState<{ value: string; qr: RenderedQr }>();

  useEffect(() => {
    let current = true;
    // While someone types, wait for a pause rather than draw a code for every key.
    const timer = setTimeout(() => {
      renderQr(value, { png: Boolean(downloadName) }).then(
        (qr) => {
          if (current) setShown({ value, qr });
        },
        () => {
          // A link longer than any QR code can hold: the builder never makes one, so show nothing.
          if (current) setShown(undefined);
        },
      );
    }, TYPING_PAUSE_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [value, downloadName]);

  if (!shown) return null;
  const { qr } = shown;
  const width = minimumPrintWidthCm(qr.modules);
  return (
    <div className="qr-code" data-qr-value={shown.value}>
      {/* A plain <img>: the picture is a data URL made in the browser, nothing for an image optimiser to do. */}
      <img
        src={qr.svg}
        alt={alt}
        className={`h-auto max-w-none bg-paper [image-rendering:pixelated] ${imageClassName} ${printSized ? printWidthClass(qr.modules) : ''}`}
      />
      {densityLimit !== undefined && qr.version > densityLimit ? (
        <p className="qr-dense mt-2 max-w-prose border-l-8 border-warning bg-warningTint p-3">
          <strong>Warning: this QR code is dense</strong> (version {qr.version}, {qr.modules} squares across). Phones
          may not read it from paper. Shorten your answers until this warning goes, or print the code larger than the
          size below.
        </p>
      ) : null}
      {sizeAdvice ? (
        <p className="mt-2 text-muted">
          Print it at least {width} cm ({(width / 2.54).toFixed(1)} inches) wide, so each square is {MIN_MODULE_MM} mm or
          more and phones can read it.
        </p>
      ) : null}
      {downloadName ? (
        // Until the new code is drawn the links would download the old one: they keep their place but cannot be used.
        <ul className={`mt-3 space-y-2 print:hidden ${shown.value === value ? '' : 'invisible'}`}>
          <li>
            <a href={qr.svg} download={`${downloadName}.svg`}>
              Download the QR code as SVG<span className="sr-only"> image</span> (best for printing)
            </a>
          </li>
          {qr.png ? (
            <li>
              <a href={qr.png} download={`${downloadName}.png`}>
                Download the QR code as PNG<span className="sr-only"> image</span> (for letters and documents)
              </a>
            </li>
          ) : null}
        </ul>
      ) : null}
    </div>
  );
}
