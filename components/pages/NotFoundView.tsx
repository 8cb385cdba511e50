import { PageShell } from '@/components/layout/PageShell';
import { pageStrings } from '@/lib/i18n/pages';
import { siteMap } from '@/lib/site-map';
import { staticHref } from '@/lib/site-map/build';
import type { Locale } from '@/lib/site-map/pages';

/** A kind "page not found": say what happened, offer the main ways back in, and the other edition. */
export function NotFoundView({ locale }: { locale: Locale }) {
  const t = pageStrings[locale].notFound;
  const map = siteMap(locale);
  const whatIs = map.guide('what-is-fluoroscopy');
  return (
    <PageShell locale={locale}>
      <div className="max-w-prose">
        <h1 className="mb-4 text-3xl font-bold">{t.title}</h1>
        <p className="mb-4 text-lg">{t.intro}</p>
        <p className="mb-2">{t.tryLead}</p>
        <ul className="mb-6 list-disc space-y-2 pl-6">
          <li>
            <a href={map.href('home')}>{t.home}</a>
          </li>
          <li>
            <a href={map.href('procedures')}>{t.procedures}</a>
          </li>
          {whatIs ? (
            <li>
              <a href={map.articleHref('guide', 'what-is-fluoroscopy')}>{t.whatIs}</a>
            </li>
          ) : null}
          <li>
            <a href={map.href('search')}>{t.search}</a>
          </li>
        </ul>
        <p className="mb-6">{t.clinic}</p>
        <p lang={t.otherEdition.lang}>
          <a href={staticHref('home', t.otherEdition.lang)} hrefLang={t.otherEdition.lang}>
            {t.otherEdition.text}
          </a>
        </p>
      </div>
    </PageShell>
  );
}
