'use client';

import { useEffect, useId, useMemo, useRef, useState, type FormEvent } from 'react';
import { FIELDS, type FieldName } from '@/lib/clinic/fields';
import { appointmentLink, appointmentPath, isPlaceholderOrigin } from '@/lib/clinic/link';
import { preloadQr, QR_VERSION_LIMIT } from '@/lib/clinic/qr';
import {
  builderErrors,
  countOf,
  EMPTY_VALUES,
  instructionsOf,
  TOO_LONG_TOGETHER,
  type BuilderField,
  type BuilderValues,
} from '@/lib/clinic/messages';
import { primaryButton } from './buttons';
import { CharacterCountField } from './CharacterCountField';
import { CopyLinkButton } from './CopyLinkButton';
import { ErrorSummary } from './ErrorSummary';
import { QrCode } from './QrCode';
import { useHydrated } from './useHydrated';

type PageOption = { slug: string; title: string };

type Props = {
  procedures: PageOption[];
  guides: PageOption[];
  /** The public origin links point to (SITE_URL), with no trailing slash. */
  origin: string;
};

const fieldId = (name: BuilderField) => `clinic-${name}`;
const FIELD_WIDTHS: Partial<Record<FieldName, string>> = { phone: 'max-w-xs' };

/**
 * The "For clinics" form: pick a page, add instructions, get a link and a QR
 * code. Everything happens in this component's state: nothing is sent,
 * stored or logged. The link updates as the clinic types, whenever the
 * answers are valid; "Make the link" checks the answers, shows an error
 * summary if needed, and otherwise takes the clinic to the result.
 */
export function ClinicLinkBuilder({ procedures, guides, origin }: Props) {
  const hydrated = useHydrated();
  const [values, setValues] = useState<BuilderValues>(EMPTY_VALUES);
  const [submitted, setSubmitted] = useState(false);
  const [left, setLeft] = useState<ReadonlySet<BuilderField>>(new Set());
  const [attempt, setAttempt] = useState(0);
  const resultHeading = useRef<HTMLHeadingElement>(null);
  const linkFieldId = useId();

  useEffect(preloadQr, []);

  const slugs = useMemo(() => [...procedures, ...guides].map((p) => p.slug), [procedures, guides]);
  const errors = builderErrors(values, slugs);
  const valid = Object.keys(errors).length === 0;
  const data = instructionsOf(values);
  const link = valid ? appointmentLink(origin, data) : undefined;
  const title = [...procedures, ...guides].find((p) => p.slug === values.page)?.title;

  // An error shows once the clinic leaves the field or presses "Make the link";
  // an answer that is too long shows at once, since the count already says so
  // and no link can be made until it is fixed.
  const shownError = (name: BuilderField) => {
    const error = errors[name];
    if (!error) return undefined;
    const tooLong = name !== 'page' && (countOf(values[name]) > FIELDS.find((f) => f.name === name)!.max || error === TOO_LONG_TOGETHER);
    return submitted || left.has(name) || tooLong ? error : undefined;
  };
  const leave = (name: BuilderField) => setLeft((previous) => (previous.has(name) ? previous : new Set(previous).add(name)));
  const summary = submitted
    ? (['page', ...FIELDS.map((f) => f.name)] as BuilderField[])
        .filter((name) => errors[name])
        .map((name) => ({ id: fieldId(name), message: errors[name]! }))
    : [];

  function update(name: BuilderField, value: string) {
    setValues((previous) => ({ ...previous, [name]: value }));
  }

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    setSubmitted(true);
    if (valid) resultHeading.current?.focus();
    else setAttempt((n) => n + 1);
  }

  return (
    <div data-island="clinic-builder" className="clinic-builder lg:grid lg:grid-cols-[minmax(0,1fr)_24rem] lg:gap-10">
      <form noValidate onSubmit={onSubmit} aria-labelledby="builder-heading">
        <h2 id="builder-heading" className="mb-4 text-2xl font-bold">
          Make a link
        </h2>
        <ErrorSummary errors={summary} attempt={attempt} />
        {/* Disabled until the page runs: without JavaScript nothing could make the link. */}
        <fieldset disabled={!hydrated} className="min-w-0">
          <legend className="sr-only">The page to link to and your instructions</legend>
          <div className={`mb-8 ${shownError('page') ? 'border-l-4 border-urgent pl-4' : ''}`}>
            <label htmlFor={fieldId('page')} className="mb-1 block font-bold">
              Which test or guide is the link for?
            </label>
            <p id={`${fieldId('page')}-hint`} className="mb-2 text-muted">
              The patient&apos;s page names it, links to it and shows its key facts.
            </p>
            {shownError('page') ? (
              <p id={`${fieldId('page')}-error`} className="mb-2 font-bold text-urgent">
                <span className="sr-only">Error:</span> {shownError('page')}
              </p>
            ) : null}
            <select
              id={fieldId('page')}
              value={values.page}
              aria-describedby={[`${fieldId('page')}-hint`, shownError('page') ? `${fieldId('page')}-error` : '']
                .filter(Boolean)
                .join(' ')}
              aria-invalid={shownError('page') ? true : undefined}
              onChange={(event) => update('page', event.target.value)}
              className={`block w-full max-w-xl border-2 ${shownError('page') ? 'border-urgent' : 'border-ink'} bg-paper px-3 py-2 text-base`}
            >
              <option value="">Choose a test or guide</option>
              {procedures.length ? (
                <optgroup label="Tests">
                  {procedures.map((p) => (
                    <option key={p.slug} value={p.slug}>
                      {p.title}
                    </option>
                  ))}
                </optgroup>
              ) : null}
              {guides.length ? (
                <optgroup label="General guides">
                  {guides.map((g) => (
                    <option key={g.slug} value={g.slug}>
                      {g.title}
                    </option>
                  ))}
                </optgroup>
              ) : null}
            </select>
          </div>

          <h3 className="mb-2 text-xl font-bold">Your instructions</h3>
          <p className="mb-6 max-w-prose">
            Add only what applies to every patient having this test at your clinic. Leave out anything about one
            patient, such as a name or date of birth.
          </p>
          {FIELDS.map((field) => (
            <CharacterCountField
              key={field.name}
              id={fieldId(field.name)}
              label={field.label}
              hint={field.hint}
              max={field.max}
              value={values[field.name]}
              count={countOf(values[field.name])}
              error={shownError(field.name)}
              multiline={field.multiline}
              type={field.name === 'phone' ? 'tel' : 'text'}
              width={FIELD_WIDTHS[field.name]}
              onChange={(value) => update(field.name, value)}
              onBlur={() => leave(field.name)}
            />
          ))}
          <button type="submit" className={primaryButton}>
            Make the link
          </button>
        </fieldset>
      </form>

      <section aria-labelledby="result-heading" className="mt-10 border-t-8 border-brand bg-mist p-5 lg:mt-0 lg:self-start">
        <h2 id="result-heading" ref={resultHeading} tabIndex={-1} className="mb-3 text-2xl font-bold focus:outline-none">
          Your link
        </h2>
        {isPlaceholderOrigin(origin) ? (
          <p className="link-origin mb-4 border-l-8 border-warning bg-warningTint p-3">
            <strong>Links made here point to {origin}, a placeholder.</strong> Set SITE_URL when you build the site.
          </p>
        ) : (
          <p className="link-origin mb-4">Links made here point to {origin}.</p>
        )}
        {link ? (
          <>
            <label htmlFor={linkFieldId} className="mb-1 block font-bold">
              Link for {title}
            </label>
            <p className="mb-2 text-muted">
              {link.length} characters. It updates as you type.
            </p>
            <textarea
              id={linkFieldId}
              readOnly
              rows={5}
              value={link}
              className="block w-full break-all border-2 border-ink bg-paper px-3 py-2 font-mono text-sm"
              onFocus={(event) => event.currentTarget.select()}
            />
            <CopyLinkButton link={link} fieldId={linkFieldId} />
            <h3 className="mb-2 mt-6 text-xl font-bold">QR code</h3>
            <QrCode
              value={link}
              alt={`QR code of the link for ${title}`}
              downloadName={`fluoroscopy-guide-${values.page}-qr`}
              sizeAdvice
              densityLimit={QR_VERSION_LIMIT}
            />
            <h3 className="mb-2 mt-6 text-xl font-bold">Handout</h3>
            <p className="mb-2">
              Open the patient&apos;s page and choose &ldquo;Print this page&rdquo; for a one-page handout with this
              QR code.
            </p>
            <p>
              <a href={appointmentPath(data)} target="_blank" rel="noopener">
                Open the patient&apos;s page (opens in a new tab)
              </a>
            </p>
          </>
        ) : (
          <p>
            {values.page
              ? 'Fix the problems in the form to see your link.'
              : 'Choose a test or guide to see your link. It updates as you type.'}
          </p>
        )}
      </section>
    </div>
  );
}
