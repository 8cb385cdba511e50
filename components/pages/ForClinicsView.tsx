import { Breadcrumbs } from '@/components/layout/Breadcrumbs';
import { Island } from '@/components/layout/Island';
import { PageShell } from '@/components/layout/PageShell';
import { getGuides, getProcedures } from '@/lib/content';
import { clinicPageStrings } from '@/lib/i18n/clinic';
import { otherEdition, siteMap } from '@/lib/site-map';
import type { Locale } from '@/lib/site-map/pages';
import { SITE_URL } from '@/lib/site';

/**
 * The clinic link builder, in one language. The explanation and the privacy
 * promise are static HTML; only the form is an island, and it gets plain
 * {slug, title} lists (each page named by its English slug, the key a link
 * carries in every language) and the page's language.
 */
export function ForClinicsView({ locale }: { locale: Locale }) {
  const t = clinicPageStrings[locale].forClinics;
  const map = siteMap(locale);
  const procedures = getProcedures(locale).map((p) => ({ slug: p.twin ?? p.slug, title: p.meta.title }));
  const guides = getGuides(locale).map((g) => ({ slug: g.twin ?? g.slug, title: g.meta.title }));
  return (
    <PageShell locale={locale} current={map.href('for-clinics')} alternate={otherEdition('for-clinics', locale)}>
      <div className="for-clinics">
        <Breadcrumbs trail={[map.link('home'), map.link('for-clinics')]} locale={locale} />
        <h1 className="mb-3 text-3xl font-bold">{t.heading}</h1>
        <p className="mb-6 max-w-prose text-lg">{t.intro}</p>

        <section aria-labelledby="privacy" className="mb-8 max-w-prose border-l-8 border-brand bg-infoTint p-5">
          <h2 id="privacy" className="mb-2 text-xl font-bold">
            {t.privacyHeading}
          </h2>
          <ul className="list-disc space-y-2 pl-6">
            {t.privacy.map((item) => (
              <li key={item}>{item}</li>
            ))}
          </ul>
        </section>

        {/*
          The form arrives from the server with its fields disabled, and only the script turns them on. Until it
          does (or if it never runs) the stylesheet hides the form and shows this note instead, so nobody meets a
          form that cannot work.
        */}
        <div className="builder-needs-js mb-8 max-w-prose border-l-8 border-warning bg-warningTint p-5">
          <h2 className="mb-2 text-xl font-bold">{t.needsJsHeading}</h2>
          <p>
            {t.needsJs[0]} <a href={map.href('procedures')}>{t.needsJs[1]}</a>.
          </p>
        </div>

        <Island name="clinic-builder" props={{ procedures, guides, origin: SITE_URL, locale }} />

        <section aria-labelledby="what-patients-see" className="mt-12 max-w-prose">
          <h2 id="what-patients-see" className="mb-3 text-2xl font-bold">
            {t.whatPatientsSeeHeading}
          </h2>
          <ul className="mb-6 list-disc space-y-2 pl-6">
            {t.whatPatientsSee.map((item) => (
              <li key={item}>{item}</li>
            ))}
          </ul>
          <h2 className="mb-3 text-2xl font-bold">{t.linksKeepWorkingHeading}</h2>
          {t.linksKeepWorking.map((paragraph, index) => (
            <p key={paragraph} className={index ? 'mt-3' : undefined}>
              {paragraph}
            </p>
          ))}
        </section>
      </div>
    </PageShell>
  );
}
