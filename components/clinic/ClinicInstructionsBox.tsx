import type { ReactNode } from 'react';
import { FIELDS, type ClinicInstructions } from '@/lib/clinic/fields';
import { telHref } from '@/lib/clinic/link';

type Props = {
  data: ClinicInstructions;
  page: { title: string; href: string; kind: 'procedure' | 'guide' };
  /** The test or guide's address without "https://", printed for typing in by hand. */
  address?: string;
  /** Shown beside the instructions on paper: the QR code. */
  aside?: ReactNode;
};

/**
 * The clinic's own instructions, in a box marked as theirs. Every answer is
 * shown as plain text: React escapes it, nothing is read as HTML or Markdown,
 * and the only link, the phone number, keeps nothing but digits and +.
 */
export function ClinicInstructionsBox({ data, page, address, aside }: Props) {
  const from = data.clinic ?? 'your clinic';
  const rows = FIELDS.filter((field) => field.name !== 'clinic' && data[field.name]);
  return (
    <section
      aria-labelledby="clinic-instructions"
      className="clinic-instructions print-break-avoid mb-8 max-w-prose border-4 border-brand print:mb-3 print:max-w-none print:border-2 print:border-black"
    >
      <div className="bg-brand px-5 py-3 text-white print:border-b-2 print:border-black print:bg-transparent print:px-3 print:py-1.5 print:text-black">
        <p className="text-sm font-bold uppercase tracking-wide print:text-[8pt]">From your clinic: follow these first</p>
        <h2 id="clinic-instructions" className="text-xl font-bold print:text-[13pt]">
          Instructions from {from}
        </h2>
      </div>
      <div className="print:flex print:gap-4">
        <dl className="divide-y divide-line px-5 print:flex-1 print:px-3">
          <div className="grid gap-1 py-3 sm:grid-cols-[11rem_1fr] sm:gap-4 print:grid-cols-[8.5rem_1fr] print:gap-2 print:py-1">
            <dt className="font-bold">{page.kind === 'procedure' ? 'Your test' : 'Read this guide'}</dt>
            <dd className="text-lg font-bold print:text-[12pt]">
              <a href={page.href}>{page.title}</a>
            </dd>
          </div>
          {address ? (
            <div className="hidden print:grid print:grid-cols-[8.5rem_1fr] print:gap-2 print:py-1">
              <dt className="font-bold">Read about it at</dt>
              <dd className="font-bold">{address}</dd>
            </div>
          ) : null}
          {rows.map((field) => {
            const value = data[field.name]!;
            const href = field.name === 'phone' ? telHref(value) : undefined;
            return (
              <div
                key={field.name}
                className="grid gap-1 py-3 sm:grid-cols-[11rem_1fr] sm:gap-4 print:grid-cols-[8.5rem_1fr] print:gap-2 print:py-1"
              >
                <dt className="font-bold">{field.patientLabel}</dt>
                <dd className="break-words">{href ? <a href={href}>{value}</a> : value}</dd>
              </div>
            );
          })}
        </dl>
        {aside}
      </div>
    </section>
  );
}
