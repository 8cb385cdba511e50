import type { PageLink } from '@/lib/site-map/build';

type GuideLink = { href: string; title: string; summary: string };

type Props = {
  guides: GuideLink[];
  /** The links for someone with an appointment and for someone who wants to understand, from the site map. */
  appointment: PageLink[];
  understand: PageLink[];
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

/** The three ways in from the home page, then every guide. */
export function HomePaths({ guides, appointment, understand, clinics }: Props) {
  return (
    <>
      <ul className="home-paths mb-12 grid gap-6 md:grid-cols-3">
        <PathCard heading="I have an appointment" links={appointment} />
        <PathCard heading="I want to understand fluoroscopy" links={understand} />
        <li className="border-t-8 border-brand bg-mist p-5">
          <h2 className="mb-3 text-xl font-bold">I work at a clinic</h2>
          <p className="mb-2">Make a link and QR code with your own instructions for a patient letter.</p>
          <a href={clinics}>Make a patient link</a>
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
