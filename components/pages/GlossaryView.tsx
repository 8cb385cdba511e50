import { GlossaryList } from '@/components/glossary/GlossaryList';
import { Breadcrumbs } from '@/components/layout/Breadcrumbs';
import { PageShell } from '@/components/layout/PageShell';
import { ReportMistake } from '@/components/layout/ReportMistake';
import { glossaryOf } from '@/lib/content/localized';
import { pageStrings } from '@/lib/i18n/pages';
import { otherEdition } from '@/lib/site-map';
import { pageLink, staticHref } from '@/lib/site-map/build';
import type { Locale } from '@/lib/site-map/pages';

/** Every glossary word of one edition, A to Z. */
export function GlossaryView({ locale }: { locale: Locale }) {
  const t = pageStrings[locale].glossary;
  return (
    <PageShell locale={locale} current={staticHref('glossary', locale)} alternate={otherEdition('glossary', locale)}>
      <div>
        <Breadcrumbs trail={[pageLink('home', locale), pageLink('glossary', locale)]} locale={locale} />
        <div data-pagefind-body>
          <h1 className="mb-3 text-3xl font-bold">{t.title}</h1>
          <p className="mb-8 max-w-prose text-lg">{t.intro}</p>
          <GlossaryList entries={glossaryOf(locale)} locale={locale} />
        </div>
        <ReportMistake path={staticHref('glossary', locale)} locale={locale} />
      </div>
    </PageShell>
  );
}
