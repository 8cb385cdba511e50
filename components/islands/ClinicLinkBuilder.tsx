'use client';

import { useEffect, useId, useMemo, useRef, useState, type FormEvent } from 'react';
import { FIELDS, type FieldName } from '@/lib/clinic/fields';
import { appointmentLink, appointmentPath } from '@/lib/clinic/appointment-link';
import { isPlaceholderOrigin } from '@/lib/clinic/link';
import { preloadQr, QR_VERSION_LIMIT } from '@/lib/clinic/qr';
import { builderErrors, countOf, EMPTY_VALUES, instructionsOf, type BuilderField, type BuilderValues } from '@/lib/clinic/messages';
import { builderStrings } from '@/lib/i18n/clinic-builder';
import { DEFAULT_LOCALE, LOCALES, type Locale } from '@/lib/site-map/pages';
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
  /** The language of the builder's page: its words, and the patient's language until the clinic picks another. */
  locale?: Locale;
};

const fieldId = (name: BuilderField) => `clinic-${name}`;
const FIELD_WIDTHS: Partial<Record<FieldName, string>> = { phone: 'max-w-xs' };

/**
 * The "For clinics" form: pick a page, add instructions, get a link and a QR
 * code. Everything happens in this component's state: nothing is sent,
 * stored or logged. The link updates as the clinic types, whenever the
 * answers are valid; "Make the link" checks the answers, shows an error
 * summary if needed, and otherwise takes the clinic to the result. The
 * patient's language picks which edition's appointment page the link opens.
 */
export function ClinicLinkBuilder({ procedures, guides, origin, locale = DEFAULT_LOCALE }: Props) {
  const t = builderStrings[locale];
  const hydrated = useHydrated();
  const [values, setValues] = useState<BuilderValues>(EMPTY_VALUES);
  const [patientLocale, setPatientLocale] = useState<Locale>(locale);
  const [submitted, setSubmitted] = useState(false);
  const [left, setLeft] = useState<ReadonlySet<BuilderField>>(new Set());
  const [attempt, setAttempt] = useState(0);
  const resultHeading = useRef<HTMLHeadingElement>(null);
  const linkFieldId = useId();

  useEffect(preloadQr, []);

  const slugs = useMemo(() => [...procedures, ...guides].map((p) => p.slug), [procedures, guides]);
  const errors = builderErrors(values, slugs, t);
  const valid = Object.keys(errors).length === 0;
  const data = instructionsOf(values);
  const link = valid ? appointmentLink(origin, data, patientLocale) : undefined;
  const title = [...procedures, ...guides].find((p) => p.slug === values.page)?.title;

  // An error shows once the clinic leaves the field or presses "Make the link";
  // an answer that is too long shows at once, since the count already says so
  // and no link can be made until it is fixed.
  const shownError = (name: BuilderField) => {
    const error = errors[name];
    if (!error) return undefined;
    const tooLong = name !== 'page' && (countOf(values[name]) > FIELDS.find((f) => f.name === name)!.max || error === t.errors.tooLongTogether);
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
          {t.heading}
        </h2>
        <ErrorSummary errors={summary} attempt={attempt} title={t.summaryTitle} />
        {/* Disabled until the page runs: without JavaScript nothing could make the link. */}
        <fieldset disabled={!hydrated} className="min-w-0">
          <legend className="sr-only">{t.legend}</legend>
          <div className={`mb-8 ${shownError('page') ? 'border-l-4 border-urgent pl-4' : ''}`}>
            <label htmlFor={fieldId('page')} className="mb-1 block font-bold">
              {t.pageLabel}
            </label>
            <p id={`${fieldId('page')}-hint`} className="mb-2 text-muted">
              {t.pageHint}
            </p>
            {shownError('page') ? (
              <p id={`${fieldId('page')}-error`} className="mb-2 font-bold text-urgent">
                <span className="sr-only">{t.count.errorPrefix}</span> {shownError('page')}
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
              <option value="">{t.chooseOption}</option>
              {procedures.length ? (
                <optgroup label={t.testsGroup}>
                  {procedures.map((p) => (
                    <option key={p.slug} value={p.slug}>
                      {p.title}
                    </option>
                  ))}
                </optgroup>
              ) : null}
              {guides.length ? (
                <optgroup label={t.guidesGroup}>
                  {guides.map((g) => (
                    <option key={g.slug} value={g.slug}>
                      {g.title}
                    </option>
                  ))}
                </optgroup>
              ) : null}
            </select>
          </div>

          {/* A group of two native radios: the arrow keys move between them, and the legend names them. */}
          <fieldset className="mb-8 min-w-0" aria-describedby="clinic-language-hint">
            <legend className="mb-1 block font-bold">{t.languageLegend}</legend>
            <p id="clinic-language-hint" className="mb-2 max-w-prose text-muted">
              {t.languageHint}
            </p>
            <div className="flex flex-wrap gap-x-8 gap-y-2">
              {LOCALES.map((option) => (
                <label key={option} className="flex min-h-11 items-center gap-3">
                  <input
                    type="radio"
                    name="patient-language"
                    value={option}
                    checked={patientLocale === option}
                    onChange={() => setPatientLocale(option)}
                    className="size-6 accent-brand"
                  />
                  <span lang={option === locale ? undefined : option}>{t.languages[option]}</span>
                </label>
              ))}
            </div>
          </fieldset>

          <h3 className="mb-2 text-xl font-bold">{t.instructionsHeading}</h3>
          <p className="mb-6 max-w-prose">{t.instructionsIntro}</p>
          {FIELDS.map((field) => (
            <CharacterCountField
              key={field.name}
              id={fieldId(field.name)}
              label={t.fields[field.name].label}
              hint={t.fields[field.name].hint}
              strings={t.count}
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
            {t.makeTheLink}
          </button>
        </fieldset>
      </form>

      <section aria-labelledby="result-heading" className="mt-10 border-t-8 border-brand bg-mist p-5 lg:mt-0 lg:self-start">
        <h2 id="result-heading" ref={resultHeading} tabIndex={-1} className="mb-3 text-2xl font-bold focus:outline-none">
          {t.resultHeading}
        </h2>
        {isPlaceholderOrigin(origin) ? (
          <p className="link-origin mb-4 border-l-8 border-warning bg-warningTint p-3">
            <strong>{t.placeholderOrigin(origin)}</strong> {t.setSiteUrl}
          </p>
        ) : (
          <p className="link-origin mb-4">{t.origin(origin)}</p>
        )}
        {link ? (
          <>
            <label htmlFor={linkFieldId} className="mb-1 block font-bold">
              {t.linkFor(title ?? '')}
            </label>
            <p className="mb-2 text-muted">{t.linkLength(link.length)}</p>
            <textarea
              id={linkFieldId}
              readOnly
              rows={5}
              value={link}
              className="block w-full break-all border-2 border-ink bg-paper px-3 py-2 font-mono text-sm"
              onFocus={(event) => event.currentTarget.select()}
            />
            <CopyLinkButton link={link} fieldId={linkFieldId} strings={t.copy} />
            <h3 className="mb-2 mt-6 text-xl font-bold">{t.qrHeading}</h3>
            <QrCode
              value={link}
              alt={t.qrAlt(title ?? '')}
              downloadName={[t.qrFilePrefix, values.page, patientLocale === DEFAULT_LOCALE ? '' : patientLocale, 'qr'].filter(Boolean).join('-')}
              sizeAdvice
              densityLimit={QR_VERSION_LIMIT}
              strings={t.qr}
            />
            <h3 className="mb-2 mt-6 text-xl font-bold">{t.handoutHeading}</h3>
            <p className="mb-2">{t.handoutText}</p>
            <p>
              <a href={appointmentPath(data, patientLocale)} target="_blank" rel="noopener">
                {t.openPatientPage}
              </a>
            </p>
          </>
        ) : (
          <p>{values.page ? t.fixProblems : t.choosePage}</p>
        )}
      </section>
    </div>
  );
}
