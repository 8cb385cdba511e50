import { LinkList } from '@/components/layout/LinkList';
import { clinicPageStrings } from '@/lib/i18n/clinic';
import { DEFAULT_LOCALE, type Locale } from '@/lib/site-map/pages';

type Props = { items: { href: string; title: string }[]; locale?: Locale };

/** Links to the full guides, for reading before the day. Left off paper, where they cannot be followed. */
export function GuideLinks({ items, locale = DEFAULT_LOCALE }: Props) {
  return (
    <LinkList id="full-guides" heading={clinicPageStrings[locale].appointment.fullGuides} items={items} className="full-guides mb-10 print:hidden" />
  );
}
