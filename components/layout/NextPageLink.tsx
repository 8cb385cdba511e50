import { articleStrings } from '@/lib/i18n/article';
import { DEFAULT_LOCALE, type Locale } from '@/lib/site-map/pages';

type Props = { href: string; title: string; locale?: Locale };

/** "Next: ..." at the foot of a guide, so a reader can go on in order. */
export function NextPageLink({ href, title, locale = DEFAULT_LOCALE }: Props) {
  const t = articleStrings[locale];
  return (
    <nav aria-label={t.nextLabel} className="next-page mt-10">
      <a href={href} rel="next" className="inline-flex min-h-11 flex-col text-lg">
        <span className="text-base text-muted">{t.next}</span>
        <span className="font-bold">{title}</span>
      </a>
    </nav>
  );
}
