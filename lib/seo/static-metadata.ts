import type { Metadata } from 'next';
import { alternatesOf } from '@/lib/site-map';
import type { Locale, StaticKey } from '@/lib/site-map/pages';
import { pageMetadata } from './metadata';

/** The metadata of a fixed page (home, test index, glossary, About) in one language, with its twin for hreflang. */
export function staticPageMetadata(key: StaticKey, locale: Locale, words: { title: string; description: string }, options: { noindex?: boolean } = {}): Metadata {
  const alternates = alternatesOf(key);
  return pageMetadata({ ...words, path: alternates[locale]!, locale, alternates, noindex: options.noindex });
}
