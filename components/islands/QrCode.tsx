'use client';

import { useEffect, useState } from 'react';
import { minimumPrintWidthCm, minimumPrintWidthMm, renderQr, type RenderedQr } from '@/lib/clinic/qr';

const TYPING_PAUSE_MS = 150;

// Printed widths from 30 mm up in 2 mm steps, written out whole so Tailwind finds the class names.
const PRINT_WIDTHS = [
  'print:w-[30mm]', 'print:w-[32mm]', 'print:w-[34mm]', 'print:w-[36mm]', 'print:w-[38mm]', 'print:w-[40mm]',
  'print:w-[42mm]', 'print:w-[44mm]', 'print:w-[46mm]', 'print:w-[48mm]', 'print:w-[50mm]', 'print:w-[52mm]',
  'print:w-[54mm]', 'print:w-[56mm]', 'print:w-[58mm]', 'print:w-[60mm]', 'print:w-[62mm]', 'print:w-[64mm]',
  'print:w-[66mm]', 'print:w-[68mm]', 'print:w-[70mm]',
];

/** The class that prints a code at its smallest safe width, rounded up to an even millimetre and never under 30 mm. */
function printWidthClass(modules: number): string {
  const index = Math.max(0, Math.ceil((minimumPrintWidthMm(modules) - 30) / 2));
  return PRINT_WIDTHS[Math.min(index, PRINT_WIDTHS.length - 1)];
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
        className={`h-auto max-w-none bg-paper [image-rendering:pixelated] ${imageClassName} ${printSized ? printWidthClass(qr.modules) : ''}`}
      />
      {sizeAdvice ? (
        <p className="mt-2 text-muted">
          Print it at least {width} cm ({(width / 2.54).toFixed(1)} inches) wide, so phones can read it.
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
