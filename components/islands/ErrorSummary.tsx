'use client';

import { useEffect, useRef } from 'react';

type Props = {
  errors: { id: string; message: string }[];
  /** Changes on every submit that finds errors, so focus moves back to the summary each time. */
  attempt: number;
  /** The summary's heading in the page's language. */
  title?: string;
};

/**
 * GOV.UK's error summary: it takes focus when shown, is read out, and links
 * to each field with a problem. A link moves focus to its field without
 * changing the page address.
 */
export function ErrorSummary({ errors, attempt, title = 'There is a problem' }: Props) {
  const ref = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (attempt > 0) ref.current?.focus();
  }, [attempt]);

  if (!errors.length) return null;
  return (
    <div
      ref={ref}
      role="alert"
      tabIndex={-1}
      aria-labelledby="error-summary-title"
      className="mb-8 border-4 border-urgent p-5 focus:outline-3 focus:outline-focus"
    >
      <h2 id="error-summary-title" className="mb-3 text-xl font-bold">
        {title}
      </h2>
      <ul className="space-y-2">
        {errors.map((error) => (
          <li key={error.id}>
            <a
              href={`#${error.id}`}
              className="font-bold text-urgent"
              onClick={(event) => {
                event.preventDefault();
                // Focusing also scrolls the field into view.
                document.getElementById(error.id)?.focus();
              }}
            >
              {error.message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
