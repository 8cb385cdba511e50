import { HomePaths } from '@/components/layout/HomePaths';
import { JsonLd } from '@/components/layout/JsonLd';
import { PageShell } from '@/components/layout/PageShell';
import { ReportMistake } from '@/components/layout/ReportMistake';
import { getGuides, getProcedures } from '@/lib/content';
import { pageStrings } from '@/lib/i18n/pages';
import { organization, website } from '@/lib/seo/jsonld';
import { otherEdition, siteMap } from '@/lib/site-map';
import type { Locale } from '@/lib/site-map/pages';

/** The home page of one edition. */
export function HomeView({ locale }: { locale: Locale }) {
  const t = pageStrings[locale].home;
  const map = siteMap(locale);
  const keyOf = (entry: { slug: string; twin?: string }) => entry.twin ?? entry.slug;
  return (
    <PageShell locale={locale} current={map.href('home')} alternate={otherEdition('home', locale)}>
      <div className="home">
        <h1 className="mb-3 text-3xl font-bold">{t.heading}</h1>
        <p className="mb-8 max-w-prose text-lg">{t.intro}</p>
        <JsonLd data={website(locale)} />
        <JsonLd data={organization(locale)} />
        <HomePaths
          locale={locale}
          guides={getGuides(locale).map((g) => ({ href: map.articleHref('guide', keyOf(g)), title: g.meta.title, summary: g.meta.summary }))}
          {...map.homePaths()}
          tests={getProcedures(locale)
            .map((p) => ({ href: map.articleHref('procedure', keyOf(p)), title: p.meta.title }))
            .sort((a, b) => a.title.localeCompare(b.title, locale))}
          procedures={map.href('procedures')}
          clinics={map.href('for-clinics')}
        />
        <ReportMistake path={map.href('home')} locale={locale} />
      </div>
    </PageShell>
  );
}
