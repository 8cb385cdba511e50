'use client';

import { useEffect, useState } from 'react';
import { minimumPrintWidthCm, renderQr, type RenderedQr } from '@/lib/clinic/qr';

const TYPING_PAUSE_MS = 150;

// Printed width by the smallest safe width in cm (lib/clinic/qr.ts), as whole class names for Tailwind to find.
const PRINT_WIDTHS: Record<number, string> = {
  2: 'print:w-[25mm]',
  3: 'print:w-[30mm]',
  4: 'print:w-[40mm]',
  5: 'print:w-[50mm]',
  6: 'print:w-[60mm]',
  7: 'print:w-[70mm]',
};

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
  imageClassName?: string;
};

/**
 * A QR code made in the browser. It is shown as an <img> of an SVG data URL:
 * the markup comes from the qrcode library and is never put into the page as
 * HTML. While a new code is being made the previous one stays, so the layout
 * does not jump as someone types; `data-qr-value` says which link is shown.
 */
export function QrCode({ value, alt, downloadName, sizeAdvice = false, printSized = false, imageClassName = 'w-48' }: Props) {
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
      {/* eslint-disable-next-line @next/next/no-img-element -- a data URL made in the browser: nothing for next/image to optimise */}
      <img
        src={qr.svg}
        alt={alt}
        className={`h-auto max-w-none bg-paper [image-rendering:pixelated] ${imageClassName} ${printSized ? PRINT_WIDTHS[width] : ''}`}
      />
      {sizeAdvice ? (
        <p className="mt-2 text-muted">
          Print it at least {width} cm ({(width / 2.54).toFixed(1)} inches) wide, so phones can read it.
        </p>
      ) : null}
      {downloadName ? (
        <ul className="mt-3 space-y-2 print:hidden">
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
