'use client';

import { useMemo } from 'react';
import { ClinicInstructionsBox } from '@/components/clinic/ClinicInstructionsBox';
import { AppointmentAdvice } from '@/components/clinic/AppointmentAdvice';
import type { Advice } from '@/lib/clinic/advice';
import { decodeFragment } from '@/lib/clinic/fragment';
import { appointmentLink, pagePath, shortUrl, type LinkPage } from '@/lib/clinic/link';
import { PrintButton } from './PrintButton';
import { QrCode } from './QrCode';
import { useLocationFragment } from './useLocationFragment';

/** A page a clinic link can open, with what the patient's page shows about it. */
export type AppointmentPage = LinkPage & { advice?: Advice; summary?: string };

type Props = {
  pages: AppointmentPage[];
  /** The advice for a link that names no test (or a guide), and for the page without a link. */
  general: Advice;
  /** The public origin (SITE_URL): the QR code and the printed address use it. */
  origin: string;
};

export const UNREADABLE_NOTICE = 'This link could not be read fully. Ask your clinic for your instructions.';

/**
 * The personal part of the appointment page. It reads the clinic's
 * instructions from the address after "#" once the page runs, and shows them
 * first. A link it cannot read fully shows a kind notice instead, and nothing
 * from it. The static HTML holds only the empty status region and nothing
 * personal, so the page reads the same without JavaScript.
 */
export function AppointmentInstructions({ pages, general, origin }: Props) {
  const fragment = useLocationFragment();
  const slugs = useMemo(() => pages.map((p) => p.slug), [pages]);
  const result = useMemo(() => decodeFragment(fragment, slugs), [fragment, slugs]);
  const data = result.ok ? result.data : undefined;
  const page = data ? pages.find((p) => p.slug === data.page) : undefined;
  const href = page ? pagePath(page) : '';

  return (
    <div data-island="appointment" className="appointment-island">
      <div role="status">
        {!result.ok && result.reason !== 'empty' ? (
          <div data-reason={result.reason} className="mb-8 max-w-prose border-l-8 border-warning bg-warningTint p-5 print:border-black">
            <p className="text-lg font-bold">{UNREADABLE_NOTICE}</p>
            <p className="mt-2">The general advice on this page still applies.</p>
          </div>
        ) : null}
      </div>
      {data && page ? (
        <>
          <ClinicInstructionsBox
            data={data}
            page={{ title: page.title, href, kind: page.kind }}
            address={shortUrl(origin, href)}
            aside={
              <div className="hidden text-[8pt] leading-tight print:float-right print:mb-1 print:ml-3 print:mt-1 print:block print:w-min">
                <QrCode
                  value={appointmentLink(origin, data)}
                  alt="QR code that opens this page on a phone"
                  imageClassName="w-[30mm]"
                  printSized
                />
                <p className="mt-0.5">Scan to open this page, with these instructions, on a phone.</p>
              </div>
            }
          />
          <section aria-labelledby="your-page" className="mb-8 print:hidden">
            <h2 id="your-page" className="mb-4 text-2xl font-bold">
              {page.kind === 'procedure' ? 'Your test: ' : 'Read this guide: '}
              <a href={href}>{page.title}</a>
            </h2>
            {page.summary ? <p className="max-w-prose">{page.summary}</p> : null}
          </section>
        </>
      ) : null}
      <div className="mb-8 empty:hidden print:hidden">
        <PrintButton />
      </div>
      {page?.advice ? null : (
        <p className="mb-8 max-w-prose text-lg print:hidden">
          This page has general advice for any fluoroscopy (live X-ray) test. Always follow your own clinic&apos;s
          instructions first.
        </p>
      )}
      <AppointmentAdvice advice={page?.advice ?? general} testTitle={page?.advice ? page.title : undefined} />
    </div>
  );
}
