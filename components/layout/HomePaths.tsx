import type { PageLink } from '@/lib/site-map/build';

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
export function HomePaths({ guides, appointment, understand, tests = [], procedures, clinics }: Props) {
  return (
    <>
      <ul className="home-paths mb-12 grid gap-6 md:grid-cols-2">
        <PathCard heading="I have an appointment" links={appointment} />
        <PathCard heading="I want to understand fluoroscopy" links={understand} />
      </ul>
      {tests.length ? (
        <section aria-labelledby="home-tests" className="home-tests mb-12">
          <h2 id="home-tests" className="mb-2 text-2xl font-bold">
            Find your test
          </h2>
          <p className="mb-4 max-w-prose">
            Your letter may name your test. Each page says how to prepare, what happens and when to get help.
          </p>
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
            <a href={procedures}>Find a test by another name, or by the part of the body</a>
          </p>
        </section>
      ) : null}
      <h2 id="all-guides" className="mb-4 text-2xl font-bold">
        All guides
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
        <span className="font-bold">Work at a clinic?</span>{' '}
        <a href={clinics}>Make a patient link with your own instructions</a>
      </p>
    </>
  );
}
