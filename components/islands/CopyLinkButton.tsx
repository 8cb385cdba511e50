'use client';

import { useState } from 'react';
import { builderStrings, type BuilderStrings } from '@/lib/i18n/clinic-builder';
import { secondaryButton } from './buttons';
type Props = {
  link: string;
  /** The id of the text box that shows the link, selected when the browser will not copy. */
  fieldId: string;
  /** The button and its messages in the page's language. */
  strings?: BuilderStrings['copy'];
};
/**
 * Copies the link with the Clipboard API. Where that is missing or refused
 * (an old browser, a page not served over https), the link is selected for
 * the person to copy. Either way the result is said on screen and read out.
 */
export function CopyLinkButton({ link, fieldId, strings = builderStrings.en.copy }: Props) {
  // The message belongs to the link it was about: a changed link clears it.
  const [result, setResult] = useState<{ link: string; kind: 'copied' | 'selected' }>();

  async function copy() {
    try {
      if (!navigator.clipboard?.writeText) throw new Error('No clipboard');
      await navigator.clipboard.writeText(link);
      setResult({ link, kind: 'copied' });
    } catch {
      const field = document.getElementById(fieldId);
      if (field instanceof HTMLTextAreaElement || field instanceof HTMLInputElement) {
        field.focus();
        field.select();
      }
      setResult({ link, kind: 'selected' });
    }
  }

  return (
    <div className="mt-3">
      <button type="button" className={secondaryButton} onClick={copy}>
        {strings.button}
      </button>
      <p role="status" className="mt-2 font-bold text-success">
        {result?.link === link ? strings[result.kind] : ''}
      </p>
    </div>
  );
}
