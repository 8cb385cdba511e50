import type { ComponentType } from 'react';
import { Breadcrumbs } from '@/components/layout/Breadcrumbs';
import { PageShell } from '@/components/layout/PageShell';
import { ReportMistake } from '@/components/layout/ReportMistake';
import { pageStrings } from '@/lib/i18n/pages';
import { otherEdition } from '@/lib/site-map';
import { pageLink, staticHref } from '@/lib/site-map/build';
import type { Locale } from '@/lib/site-map/pages';

/** The About page of one edition; the route passes its language's text. */
export function AboutView({ locale, Body }: { locale: Locale; Body: ComponentType }) {
  return (
    <PageShell locale={locale} alternate={otherEdition('about', locale)}>
      <article>
        <Breadcrumbs trail={[pageLink('home', locale), pageLink('about', locale)]} locale={locale} />
        <div data-pagefind-body className="prose max-w-prose">
          <h1>{pageStrings[locale].about.title}</h1>
          <Body />
        </div>
        <ReportMistake path={staticHref('about', locale)} locale={locale} />
      </article>
    </PageShell>
  );
}
