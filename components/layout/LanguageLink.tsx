import type { Locale } from '@/lib/site-map/pages';

type Props = { href: string; locale: Locale; name: string };

/**
 * The same page in the other language: a plain link, written in that language
 * and marked with it, so a screen reader says it in the right voice. No script
 * and no automatic redirect: the reader chooses.
 */
export function LanguageLink({ href, locale, name }: Props) {
  return (
    <a
      href={href}
      hrefLang={locale}
      lang={locale}
      className="language-link -my-1 inline-flex min-h-6 items-center font-bold text-white underline underline-offset-4 sm:my-0 sm:min-h-11 sm:px-1 md:order-last"
    >
      {name}
    </a>
  );
}
