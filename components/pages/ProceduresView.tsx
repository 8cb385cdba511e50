import { Breadcrumbs } from '@/components/layout/Breadcrumbs';
import { PageShell } from '@/components/layout/PageShell';
import { ReportMistake } from '@/components/layout/ReportMistake';
import { ProcedureAtoZ } from '@/components/procedure/ProcedureAtoZ';
import { ProcedureIndex } from '@/components/procedure/ProcedureIndex';
import { getProcedures } from '@/lib/content';
import { pageStrings } from '@/lib/i18n/pages';
import { otherEdition, siteMap } from '@/lib/site-map';
import type { Locale } from '@/lib/site-map/pages';

/** The test index of one edition: A to Z under every name, then by part of the body. */
export function ProceduresView({ locale }: { locale: Locale }) {
  const t = pageStrings[locale].procedures;
  const map = siteMap(locale);
  const procedures = getProcedures(locale).map((p) => ({
    slug: p.twin ?? p.slug,
    href: map.articleHref('procedure', p.twin ?? p.slug),
    title: p.meta.title,
    group: p.meta.group,
    purpose: p.meta.glance.purpose,
    otherNames: p.meta.otherNames,
    englishNames: p.englishNames,
  }));
  return (
    <PageShell locale={locale} current={map.href('procedures')} alternate={otherEdition('procedures', locale)}>
      <div>
        <Breadcrumbs trail={[map.link('home'), map.link('procedures')]} locale={locale} />
        <div data-pagefind-body>
          <h1 className="mb-3 text-3xl font-bold">{t.title}</h1>
          <p className="mb-6 max-w-prose text-lg">{t.intro}</p>
          <nav aria-label={t.waysLabel} className="mb-8 max-w-prose">
            <ul className="flex flex-wrap gap-x-6 gap-y-2 text-lg">
              <li>
                <a href="#a-to-z">{t.aToZLink}</a>
              </li>
              <li>
                <a href="#groups">{t.groupsLink}</a>
              </li>
            </ul>
          </nav>
          <ProcedureAtoZ locale={locale} items={procedures.map(({ slug, href, title, otherNames, englishNames }) => ({ slug, href, title, otherNames, englishNames }))} />
          <ProcedureIndex locale={locale} procedures={procedures} />
        </div>
        <ReportMistake path={map.href('procedures')} locale={locale} />
      </div>
    </PageShell>
  );
}
