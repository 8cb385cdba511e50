import type { Metadata } from 'next';
import { AppointmentView } from '@/components/clinic/AppointmentView';
import { GuideLinks } from '@/components/clinic/GuideLinks';
import { Island } from '@/components/layout/Island';
import { Breadcrumbs } from '@/components/layout/Breadcrumbs';
import { adviceFor } from '@/lib/clinic/advice';
import { choiceOf, unionAdvice, type AppointmentData } from '@/lib/clinic/appointment-data';
import { dayFactsOf } from '@/lib/clinic/day-facts';
import { getGuides, getProcedures } from '@/lib/content';
import { siteMap } from '@/lib/site-map';
import { staticHref } from '@/lib/site-map/build';
import { pageMetadata } from '@/lib/seo/metadata';
import { SITE_NAME, SITE_URL } from '@/lib/site';
import { PageShell } from '@/components/layout/PageShell';

export const metadata: Metadata = pageMetadata({
  title: 'Your appointment',
  description:
    "Your clinic's instructions for your fluoroscopy test, with a checklist for before your appointment and when to get help.",
  path: staticHref('appointment'),
  // A landing page for clinic links, not a search result: robots.txt keeps crawlers out too.
  noindex: true,
});

/**
 * Where a clinic link lands. Everything general is static HTML; the clinic's
 * own words arrive after "#" and are shown by the appointment island
 * (components/islands/appointment/), with no framework. On paper it makes a one-page handout.
 */
export default function AppointmentPageRoute() {
  const guides = getGuides();
  const map = siteMap();
  const tests = getProcedures().map((p) => {
    const day = dayFactsOf(p.meta.glance);
    return { procedure: p, advice: adviceFor(p.meta.safety, day.facts, day.sources) };
  });
  const general = adviceFor();
  // The general advice first, so without a link its items show in its own order.
  const union = unionAdvice([general, ...tests.map((t) => t.advice)]);
  // The page's data holds only what it shows: titles, dates and each test's picks from the advice on the page.
  const data: AppointmentData = {
    pages: [
      ...tests.map(({ procedure: p, advice }) => ({
        slug: p.slug,
        title: p.meta.title,
        kind: 'procedure' as const,
        advice: choiceOf(advice, union),
        lastReviewed: p.meta.lastReviewed,
      })),
      ...guides.map((g) => ({
        slug: g.slug,
        title: g.meta.title,
        kind: 'guide' as const,
        summary: g.meta.summary,
        lastReviewed: g.meta.lastReviewed,
      })),
    ],
    general: choiceOf(general, union),
    origin: SITE_URL,
    siteName: SITE_NAME,
  };
  const fullGuides = map.beforeTheDay().map((link) => ({ href: link.href, title: link.label }));

  return (
    <PageShell>
      <article className="appointment print:text-[9pt] print:leading-snug">
        <Breadcrumbs trail={[map.link('home'), map.link('appointment')]} />
        <h1 className="mb-6 text-3xl font-bold print:mb-1.5 print:text-[14pt]">Your appointment</h1>
        <Island name="appointment" props={data}>
          <AppointmentView union={union} general={general} />
        </Island>
        <noscript>
          <p className="mb-8 max-w-prose border-l-8 border-warning bg-warningTint p-5">
            If your clinic sent you a link, their own instructions need JavaScript to show on this page. Turn on
            JavaScript, or ask your clinic for their instructions. The general advice below still applies.
          </p>
        </noscript>
        <GuideLinks items={fullGuides} />
      </article>
    </PageShell>
  );
}
