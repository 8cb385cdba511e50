import { pageStrings } from '@/lib/i18n/pages';
import type { PageLink } from '@/lib/site-map/build';
import { DEFAULT_LOCALE, type Locale } from '@/lib/site-map/pages';

type GuideLink = { href: string; title: string; summary: string };
type TestLink = { href: string; title: string };

type Props = {
  guides: GuideLink[];
  /** The links for someone with an appointment and for someone who wants to understand, from the site map. */
  appointment: PageLink[];
  understand: PageLink[];
  tests?: TestLink[];
  /** The test index, for a test the reader knows by another name. */
  procedures: string;
  /** Where clinic staff make a patient link. */
  clinics: string;
  locale?: Locale;
};

function PathCard({ heading, links }: { heading: string; links: { href: string; label: string }[] }) {
  if (!links.length) return null;
  return (
    <li className="border-t-8 border-brand bg-mist p-5">
      <h2 className="mb-3 text-xl font-bold">{heading}</h2>
      <ul className="space-y-2">
        {links.map((link) => (
          <li key={link.href}>
            <a href={link.href}>{link.label}</a>
          </li>
        ))}
      </ul>
    </li>
  );
}

/**
 * The ways in from the home page, patients first: the two patient paths, every
 * test by name (finding your test is what most readers come for), every guide,
 * and last, in one line, the tool for clinic staff. Links that have no page yet
 * are left out.
 */
export function HomePaths({ guides, appointment, understand, tests = [], procedures, clinics, locale = DEFAULT_LOCALE }: Props) {
  const t = pageStrings[locale].home;
  return (
    <>
      <ul className="home-paths mb-12 grid gap-6 md:grid-cols-2">
        <PathCard heading={t.appointment} links={appointment} />
        <PathCard heading={t.understand} links={understand} />
      </ul>
      {tests.length ? (
        <section aria-labelledby="home-tests" className="home-tests mb-12">
          <h2 id="home-tests" className="mb-2 text-2xl font-bold">
            {t.findTest}
          </h2>
          <p className="mb-4 max-w-prose">{t.findTestIntro}</p>
          <ul className="mb-4 gap-x-8 space-y-2 sm:columns-2 lg:columns-3 [&>li]:break-inside-avoid">
            {tests.map((test) => (
              <li key={test.href}>
                <a href={test.href} className="text-lg">
                  {test.title}
                </a>
              </li>
            ))}
          </ul>
          <p>
            <a href={procedures}>{t.otherName}</a>
          </p>
        </section>
      ) : null}
      <h2 id="all-guides" className="mb-4 text-2xl font-bold">
        {t.allGuides}
      </h2>
      <ul className="all-guides mb-12 grid gap-4 md:grid-cols-2">
        {guides.map((guide) => (
          <li key={guide.href} className="max-w-prose">
            <a href={guide.href} className="text-lg font-bold">
              {guide.title}
            </a>
            <p>{guide.summary}</p>
          </li>
        ))}
      </ul>
      <p className="home-clinics max-w-prose border-t border-line pt-4 text-base">
        <span className="font-bold">{t.clinicsLead}</span> <a href={clinics}>{t.clinicsLink}</a>
      </p>
    </>
  );
}
