import { LinkList } from '@/components/layout/LinkList';
import { articleStrings } from '@/lib/i18n/article';
import { DEFAULT_LOCALE, type Locale } from '@/lib/site-map/pages';

type Props = { items: { href: string; title: string }[]; locale?: Locale };

/** Links to tests that are often confused with, or done with, this one. */
export function RelatedProcedures({ items, locale = DEFAULT_LOCALE }: Props) {
  return <LinkList as="nav" id="related-tests" heading={articleStrings[locale].relatedTests} items={items} className="related-tests mt-10" />;
}
