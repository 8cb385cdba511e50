import { SITE_NAME } from '@/lib/site';
import { footerLinks } from '@/lib/site-map/build';

/**
 * The same help block and disclaimer on every page (WCAG 3.2.6 Consistent Help).
 */
export function SiteFooter() {
  return (
    <footer className="site-footer mt-16 border-t-4 border-brand bg-mist">
      <div className="mx-auto max-w-page px-4 py-8">
        <h2 className="mb-2 text-lg font-bold">Getting help</h2>
        <p className="mb-4 max-w-prose">
          This guide gives general information. It is not medical advice. Always follow the instructions from your
          own care team. In an emergency, call your local emergency number, such as 911 in the US or 999 in the UK.
        </p>
        <ul className="mb-4 flex flex-wrap gap-x-6 gap-y-2">
          {footerLinks().map((link) => (
            <li key={link.href}>
              <a href={link.href}>{link.label}</a>
            </li>
          ))}
        </ul>
        <p className="text-base text-muted">
          {SITE_NAME} has no adverts, no tracking and no cookies.
        </p>
      </div>
    </footer>
  );
}
