import { breadcrumbList } from '@/lib/seo/jsonld';
import { layoutStrings } from '@/lib/i18n/layout';
import type { PageLink } from '@/lib/site-map/build';
import { DEFAULT_LOCALE, type Locale } from '@/lib/site-map/pages';
import { JsonLd } from './JsonLd';

type Props = { trail: PageLink[]; locale?: Locale };

/**
 * Where this page sits in the site. The last crumb is the page itself and is not
 * a link. The same trail is given to search engines as BreadcrumbList data.
 * On a phone the last crumb is left to screen readers: the page's own heading
 * follows straight after, and the trail stays on one line.
 */
export function Breadcrumbs({ trail, locale = DEFAULT_LOCALE }: Props) {
  return (
    <nav aria-label={layoutStrings[locale].breadcrumbLabel} className="breadcrumbs mb-4 text-sm">
      <ol className="flex flex-wrap gap-x-2 max-sm:[&>li:last-child]:sr-only max-sm:[&>li:nth-last-child(2)>span]:hidden">
        {trail.map((crumb, index) => {
          const last = index === trail.length - 1;
          return (
            <li key={crumb.href} className="flex items-center gap-x-2">
              {last ? (
                <span aria-current="page" className="inline-block py-1">
                  {crumb.label}
                </span>
              ) : (
                <>
                  <a href={crumb.href} className="inline-block py-1">
                    {crumb.label}
                  </a>
                  <span aria-hidden="true">›</span>
                </>
              )}
            </li>
          );
        })}
      </ol>
      <JsonLd data={breadcrumbList(trail)} />
    </nav>
  );
}
