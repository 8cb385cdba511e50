import { AppointmentView } from '@/components/clinic/AppointmentView';
import { GuideLinks } from '@/components/clinic/GuideLinks';
import { Breadcrumbs } from '@/components/layout/Breadcrumbs';
import { Island } from '@/components/layout/Island';
import { PageShell } from '@/components/layout/PageShell';
import { appointmentFileHref, appointmentGuides, appointmentTests, appointmentUnion } from '@/lib/clinic/appointment-content';
import { choiceOf, type AppointmentData } from '@/lib/clinic/appointment-data';
import { patientScriptStrings } from '@/lib/i18n/patient-script';
import { articleStrings } from '@/lib/i18n/article';
import { clinicPageStrings } from '@/lib/i18n/clinic';
import { layoutStrings } from '@/lib/i18n/layout';
import { otherEdition, siteMap } from '@/lib/site-map';
import { staticHref } from '@/lib/site-map/build';
import type { Locale } from '@/lib/site-map/pages';
import { SITE_URL } from '@/lib/site';

/**
 * Where a clinic link lands, in one language. Everything general is static
 * HTML in that language; the clinic's own words arrive after "#" and are shown
 * by the appointment island (components/islands/appointment/), with no
 * framework, exactly as typed. On paper it makes a one-page handout.
 */
export function AppointmentPageView({ locale }: { locale: Locale }) {
  const t = clinicPageStrings[locale].appointment;
  const map = siteMap(locale);
  const tests = appointmentTests(locale);
  const guides = appointmentGuides(locale);
  const { general, union } = appointmentUnion(locale);
  // The page's data holds only what it shows: titles, paths, dates and each test's picks from the advice on the page.
  const data: AppointmentData = {
    pages: [
      ...tests.map(({ slug, procedure: p, advice }) => ({
        slug,
        title: p.meta.title,
        kind: 'procedure' as const,
        href: map.articleHref('procedure', slug),
        advice: choiceOf(advice, union),
        day: appointmentFileHref('day', slug, locale),
        sources: { href: appointmentFileHref('sources', slug, locale), summary: articleStrings[locale].sourcesSummary(advice.sources.length) },
        lastReviewed: p.meta.lastReviewed,
      })),
      ...guides.map(({ slug, guide: g }) => ({
        slug,
        title: g.meta.title,
        kind: 'guide' as const,
        href: map.articleHref('guide', slug),
        summary: g.meta.summary,
        lastReviewed: g.meta.lastReviewed,
      })),
    ],
    general: choiceOf(general, union),
    origin: SITE_URL,
    path: staticHref('appointment', locale),
    siteName: layoutStrings[locale].siteName,
    strings: patientScriptStrings[locale],
  };
  const fullGuides = map.beforeTheDay().map((link) => ({ href: link.href, title: link.label }));

  return (
    <PageShell locale={locale} alternate={otherEdition('appointment', locale)}>
      <article className="appointment print:text-[9pt] print:leading-snug">
        <Breadcrumbs trail={[map.link('home'), map.link('appointment')]} locale={locale} />
        <h1 className="mb-6 text-3xl font-bold print:mb-1.5 print:text-[14pt]">{t.title}</h1>
        <Island name="appointment" props={data}>
          <AppointmentView union={union} general={general} locale={locale} />
        </Island>
        <noscript>
          <p className="mb-8 max-w-prose border-l-8 border-warning bg-warningTint p-5">{t.noscript}</p>
        </noscript>
        <GuideLinks items={fullGuides} locale={locale} />
      </article>
    </PageShell>
  );
}

