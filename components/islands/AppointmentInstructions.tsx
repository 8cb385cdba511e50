'use client';

import { useEffect, useMemo, useState } from 'react';
import { ClinicInstructionsBox } from '@/components/clinic/ClinicInstructionsBox';
import { AppointmentAdvice } from '@/components/clinic/AppointmentAdvice';
import type { Advice } from '@/lib/clinic/advice';
import { decodeFragment, fragmentVersion } from '@/lib/clinic/fragment';
import { appointmentLink, pagePath, shortUrl, type LinkPage } from '@/lib/clinic/link';
import { en, formatIsoDate, formatLocalDate } from '@/lib/clinic/strings';
import { PrintButton } from './PrintButton';
import { QrCode } from './QrCode';
import { useLocationFragment } from './useLocationFragment';

/** A page a clinic link can open, with what the patient's page shows about it. */
export type AppointmentPage = LinkPage & { advice?: Advice; summary?: string; lastReviewed?: string };

type Props = {
  pages: AppointmentPage[];
  /** The advice for a link that names no test (or a guide), and for the page without a link. */
  general: Advice;
  /** The public origin (SITE_URL): the QR code and the printed address use it. */
  origin: string;
  /** The site's name, printed on the handout. */
  siteName: string;
};

export const UNREADABLE_NOTICE = en.unreadable;
export const INCOMPLETE_NOTICE = en.incomplete;

/** Today, and again just before printing, so a page left open overnight prints the day it is printed. */
function usePrintDate(): Date {
  const [today, setToday] = useState(() => new Date());
  useEffect(() => {
    const refresh = () => setToday(new Date());
    window.addEventListener('beforeprint', refresh);
    return () => window.removeEventListener('beforeprint', refresh);
  }, []);
  return today;
}

/**
 * The personal part of the appointment page. It reads the clinic's
 * instructions from the address after "#" once the page runs, and shows them
 * first. A link it cannot read fully, or that is cut short, shows a kind
 * notice instead, and nothing from it. The static HTML holds only the empty
 * status region and nothing personal, so the page reads the same without
 * JavaScript.
 */
export function AppointmentInstructions({ pages, general, origin, siteName }: Props) {
  const fragment = useLocationFragment();
  const today = usePrintDate();
  const slugs = useMemo(() => pages.map((p) => p.slug), [pages]);
  const result = useMemo(() => decodeFragment(fragment, slugs), [fragment, slugs]);
  const data = result.ok ? result.data : undefined;
  const page = data ? pages.find((p) => p.slug === data.page) : undefined;
  const href = page ? pagePath(page) : '';
  const strings = en;

  return (
    <div data-island="appointment" className="appointment-island">
      <div role="status">
        {!result.ok && result.reason !== 'empty' ? (
          <div data-reason={result.reason} className="mb-8 max-w-prose border-l-8 border-warning bg-warningTint p-5 print:border-black">
            <p className="text-lg font-bold">{result.reason === 'incomplete' ? strings.incomplete : strings.unreadable}</p>
            <p className="mt-2">{strings.generalAdviceStillApplies}</p>
          </div>
        ) : null}
      </div>
      {data && page ? (
        <>
          <ClinicInstructionsBox
            data={data}
            page={{ title: page.title, href, kind: page.kind }}
            address={shortUrl(origin, href)}
            strings={strings}
            aside={
              <div className="hidden text-[8pt] leading-tight print:float-right print:mb-1 print:ml-3 print:mt-1 print:block print:w-min">
                <QrCode value={appointmentLink(origin, data)} alt={strings.qrAlt} imageClassName="w-[30mm]" printSized />
                <p className="mt-0.5">{strings.qrCaption}</p>
              </div>
            }
            footer={
              <ul
                aria-label="About this handout"
                className="handout-filing hidden border-t border-line py-1 text-[7.5pt] leading-tight print:clear-both print:block"
              >
                <li>{strings.madeBy(siteName, origin)}</li>
                <li>
                  {strings.printedOn(formatLocalDate(today, strings))}
                  {page.lastReviewed ? (
                    <>
                      {' · '}
                      {(page.kind === 'procedure' ? strings.testReviewed : strings.guideReviewed)(formatIsoDate(page.lastReviewed, strings))}
                    </>
                  ) : null}
                  {' · '}
                  {strings.reference(page.slug, fragmentVersion(fragment) ?? '')}
                </li>
              </ul>
            }
          />
          <section aria-labelledby="your-page" className="mb-8 print:hidden">
            <h2 id="your-page" className="mb-4 text-2xl font-bold">
              {page.kind === 'procedure' ? strings.yourTestHeading : strings.readThisGuideHeading}
              <a href={href}>{page.title}</a>
            </h2>
            {page.summary ? <p className="max-w-prose">{page.summary}</p> : null}
          </section>
        </>
      ) : null}
      <div className="mb-8 empty:hidden print:hidden">
        <PrintButton label={strings.print} />
      </div>
      {page?.advice ? null : (
        <p className="mb-8 max-w-prose text-lg print:hidden">
          {strings.generalAdvice}
        </p>
      )}
      <AppointmentAdvice advice={page?.advice ?? general} testTitle={page?.advice ? page.title : undefined} strings={strings} />
    </div>
  );
}
