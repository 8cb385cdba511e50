'use client';

import { useEffect, useRef, useState } from 'react';
import { builderStrings, type BuilderStrings } from '@/lib/i18n/clinic-builder';

type CountStrings = BuilderStrings['count'];
type Props = {
  id: string;
  label: string;
  hint: string;
  max: number;
  value: string;
  /** How many characters count towards the limit; defaults to the length of the value. */
  count?: number;
  error?: string;
  multiline?: boolean;
  type?: 'text' | 'tel';
  width?: string;
  onChange: (value: string) => void;
  onBlur?: () => void;
  /** The field's fixed words in the page's language. */
  strings?: CountStrings;
};

/** How long typing must pause before the count is read out, as in GOV.UK's character count. */
export const ANNOUNCE_DELAY_MS = 1000;

export function countMessage(max: number, count: number, strings: CountStrings = builderStrings.en.count): string {
  const left = max - count;
  return left >= 0 ? strings.remaining(left) : strings.tooMany(-left);
}

/**
 * A labelled text box with a hint, an error message and a character count,
 * after GOV.UK's character count. The limit is written in the hint, so it is
 * there in the static HTML too. The count on screen updates as you type; for
 * screen readers a copy is announced politely once typing pauses.
 */
export function CharacterCountField({
  id,
  label,
  hint,
  max,
  value,
  count = value.length,
  error,
  multiline = false,
  type = 'text',
  width = 'max-w-xl',
  onChange,
  onBlur,
  strings = builderStrings.en.count,
}: Props) {
  const message = countMessage(max, count, strings);
  const [announced, setAnnounced] = useState('');
  const lastAnnounced = useRef(message);

  useEffect(() => {
    if (message === lastAnnounced.current) return;
    const timer = setTimeout(() => {
      lastAnnounced.current = message;
      setAnnounced(message);
    }, ANNOUNCE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [message]);

  const over = count > max;
  const describedBy = [`${id}-hint`, error ? `${id}-error` : ''].filter(Boolean).join(' ');
  const control = {
    id,
    value,
    'aria-describedby': describedBy,
    'aria-invalid': error ? true : undefined,
    // Form history would keep the text in the browser: clinics type the same things anyway.
    autoComplete: 'off',
    className: `block w-full ${width} border-2 ${error ? 'border-urgent' : 'border-ink'} bg-paper px-3 py-2 text-base`,
    onChange: (event: { target: { value: string } }) => onChange(event.target.value),
    onBlur,
  };

  return (
    <div className={`mb-6 ${error ? 'border-l-4 border-urgent pl-4' : ''}`}>
      <label htmlFor={id} className="mb-1 block font-bold">
        {label} <span className="font-normal">{strings.optional}</span>
      </label>
      <p id={`${id}-hint`} className="mb-2 text-muted">
        {`${hint} ${strings.upTo(max)}`}
      </p>
      {error ? (
        <p id={`${id}-error`} className="mb-2 font-bold text-urgent">
          <span className="sr-only">{strings.errorPrefix}</span> {error}
        </p>
      ) : null}
      {multiline ? <textarea rows={3} {...control} /> : <input type={type} {...control} />}
      <p aria-hidden="true" className={`mt-1 ${over ? 'font-bold text-urgent' : 'text-muted'}`}>
        {message}
      </p>
      <p className="sr-only" aria-live="polite">
        {announced}
      </p>
    </div>
  );
}
