'use client';

import { useEffect, useState } from 'react';
import { MIN_MODULE_MM, minimumPrintWidthCm, renderQr, type RenderedQr } from '@/lib/clinic/qr';
import { printWidthClass, QR_IMAGE_CLASS } from './qr-print-width';

const TYPING_PAUSE_MS = 150;

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
        className={`${QR_IMAGE_CLASS} ${imageClassName} ${printSized ? printWidthClass(qr.modules) : ''}`}
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
