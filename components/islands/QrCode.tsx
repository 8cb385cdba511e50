'use client';

import { useEffect, useState } from 'react';
import { MIN_MODULE_MM, minimumPrintWidthCm, renderQr, type RenderedQr } from '@/lib/clinic/qr';
import { builderStrings, type BuilderStrings } from '@/lib/i18n/clinic-builder';
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
  /** The warning, size advice and download links in the page's language. */
  strings?: BuilderStrings['qr'];
};

/**
 * A QR code made in the browser. It is shown as an <img> of an SVG data URL:
 * the markup is drawn from the code's modules (lib/clinic/qr.ts) and is never
 * put into the page as HTML. While a new code is being made the previous one stays, so the layout
 * does not jump as someone types; `data-qr-value` says which link is shown.
 */
export function QrCode({
  value,
  alt,
  downloadName,
  sizeAdvice = false,
  printSized = false,
  densityLimit,
  imageClassName = 'w-48',
  strings = builderStrings.en.qr,
}: Props) {
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
          <strong>{strings.denseTitle}</strong>
          {strings.dense(qr.version, qr.modules)}
        </p>
      ) : null}
      {sizeAdvice ? (
        <p className="mt-2 text-muted">{strings.printAtLeast(width, (width / 2.54).toFixed(1), MIN_MODULE_MM)}</p>
      ) : null}
      {downloadName ? (
        // Until the new code is drawn the links would download the old one: they keep their place but cannot be used.
        <ul className={`mt-3 space-y-2 print:hidden ${shown.value === value ? '' : 'invisible'}`}>
          <li>
            <a href={qr.svg} download={`${downloadName}.svg`}>
              {strings.svg[0]}
              <span className="sr-only">{strings.svg[1]}</span>
              {strings.svg[2]}
            </a>
          </li>
          {qr.png ? (
            <li>
              <a href={qr.png} download={`${downloadName}.png`}>
                {strings.png[0]}
                <span className="sr-only">{strings.png[1]}</span>
                {strings.png[2]}
              </a>
            </li>
          ) : null}
        </ul>
      ) : null}
    </div>
  );
}
