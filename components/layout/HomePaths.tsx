type GuideLink = { href: string; title: string; summary: string };

type Props = { guides: GuideLink[] };

const has = (guides: GuideLink[], href: string) => guides.some((g) => g.href === href);

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

/** The three ways in from the home page, then every guide. Links that have no page yet are left out. */
export function HomePaths({ guides }: Props) {
  const appointment = [
    { href: '/procedures/', label: 'Find your test' },
    { href: '/preparing/', label: 'How to prepare' },
    { href: '/procedure/', label: 'What happens on the day' },
    { href: '/after/', label: 'After the test and your results' },
  ].filter((link) => link.href === '/procedures/' || has(guides, link.href));
  const understand = [
    { href: '/what-is-fluoroscopy/', label: 'What is fluoroscopy?' },
    { href: '/uses/', label: 'What it is used for' },
    { href: '/risks/', label: 'Risks and radiation safety' },
    { href: '/faq/', label: 'Questions people ask' },
  ].filter((link) => has(guides, link.href));
  return (
    <>
      <ul className="home-paths mb-12 grid gap-6 md:grid-cols-3">
        <PathCard heading="I have an appointment" links={appointment} />
        <PathCard heading="I want to understand fluoroscopy" links={understand} />
        <li className="border-t-8 border-brand bg-mist p-5">
          <h2 className="mb-3 text-xl font-bold">I work at a clinic</h2>
          <p className="mb-2">Make a link and QR code with your own instructions for a patient letter.</p>
          <a href="/for-clinics/">Make a patient link</a>
        </li>
      </ul>
      <h2 className="mb-4 text-2xl font-bold">All guides</h2>
      <ul className="all-guides grid gap-4 md:grid-cols-2">
        {guides.map((guide) => (
          <li key={guide.href}>
            <a href={guide.href} className="text-lg font-bold">
              {guide.title}
            </a>
            <p>{guide.summary}</p>
          </li>
        ))}
      </ul>
    </>
  );
}
