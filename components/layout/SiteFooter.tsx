import { layoutStrings } from '@/lib/i18n/layout';
import { footerLinks } from '@/lib/site-map/build';
import { DEFAULT_LOCALE, type Locale } from '@/lib/site-map/pages';

/**
 * The same help block and disclaimer on every page (WCAG 3.2.6 Consistent Help).
 */
export function SiteFooter({ locale = DEFAULT_LOCALE }: { locale?: Locale }) {
  const t = layoutStrings[locale];
  return (
    <footer className="site-footer mt-16 border-t-4 border-brand bg-mist">
      <div className="mx-auto max-w-page px-4 py-8">
        <h2 className="mb-2 text-lg font-bold">{t.footerHeading}</h2>
        <p className="mb-4 max-w-prose">{t.footerDisclaimer}</p>
        <ul className="mb-4 flex flex-wrap gap-x-6 gap-y-2">
          {footerLinks(locale).map((link) => (
            <li key={link.href}>
              <a href={link.href}>{link.label}</a>
            </li>
          ))}
        </ul>
        <p className="text-base text-muted">
          {t.footerPrivacy(t.siteName)}
        </p>
      </div>
    </footer>
  );
}
