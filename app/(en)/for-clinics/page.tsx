import type { Metadata } from 'next';
import { Island } from '@/components/layout/Island';
import { Breadcrumbs } from '@/components/layout/Breadcrumbs';
import { getGuides, getProcedures } from '@/lib/content';
import { pageMetadata } from '@/lib/seo/metadata';
import { SITE_URL } from '@/lib/site';
import { PageShell } from '@/components/layout/PageShell';
import { pageLink, staticHref } from '@/lib/site-map/build';

export const metadata: Metadata = pageMetadata({
  title: 'For clinics: a patient link with your instructions',
  description:
    'Add your own instructions to a link to this guide, print it as a QR code and give patients a one-page handout. Nothing you type leaves your browser.',
  path: staticHref('for-clinics'),
});

/**
 * The clinic link builder. The explanation and the privacy promise are static
 * HTML; only the form is an island, and it gets plain {slug, title} lists.
 */
export default function ForClinicsPage() {
  const procedures = getProcedures().map((p) => ({ slug: p.slug, title: p.meta.title }));
  const guides = getGuides().map((g) => ({ slug: g.slug, title: g.meta.title }));
  return (
    <PageShell current={staticHref('for-clinics')}>
      <div className="for-clinics">
        <Breadcrumbs trail={[pageLink('home'), pageLink('for-clinics')]} />
        <h1 className="mb-3 text-3xl font-bold">Make a patient link with your own instructions</h1>
        <p className="mb-6 max-w-prose text-lg">
          Add your clinic&apos;s instructions to a link to this guide. Put the link or its QR code in your referral
          letter. Your patient sees your instructions first, then our plain-English guide to their test, and can print
          it all on one page.
        </p>

        <section aria-labelledby="privacy" className="mb-8 max-w-prose border-l-8 border-brand bg-infoTint p-5">
          <h2 id="privacy" className="mb-2 text-xl font-bold">
            Nothing you type leaves this browser
          </h2>
          <ul className="list-disc space-y-2 pl-6">
            <li>The link and QR code are made on this computer. This page sends nothing while you type.</li>
            <li>Nothing is stored: no cookies, no local storage and no analytics. Close the page and it is gone.</li>
            <li>
              Your instructions travel inside the link, after the # sign. Browsers never send that part of a link to a
              website, ours included.
            </li>
            <li>
              Anyone with the link can read it. Do not type anything about a patient, such as a name, date of birth or
              record number.
            </li>
          </ul>
        </section>

        {/*
          The form arrives from the server with its fields disabled, and only the script turns them on. Until it
          does (or if it never runs) the stylesheet hides the form and shows this note instead, so nobody meets a
          form that cannot work.
        */}
        <div className="builder-needs-js mb-8 max-w-prose border-l-8 border-warning bg-warningTint p-5">
          <h2 className="mb-2 text-xl font-bold">The link builder needs JavaScript</h2>
          <p>
            It makes the link on your computer instead of on a server, so nothing you type is sent anywhere. Turn on
            JavaScript to use it. You can still link to any page of this guide, for example{' '}
            <a href={staticHref('procedures')}>the list of tests</a>.
          </p>
        </div>

        <Island name="clinic-builder" props={{ procedures, guides, origin: SITE_URL }} />

        <section aria-labelledby="what-patients-see" className="mt-12 max-w-prose">
          <h2 id="what-patients-see" className="mb-3 text-2xl font-bold">
            What your patient sees
          </h2>
          <ul className="mb-6 list-disc space-y-2 pl-6">
            <li>Your instructions first, in a box marked as coming from your clinic.</li>
            <li>The test&apos;s key facts and a link to our full guide to it.</li>
            <li>A checklist for before the appointment, and when to get help afterwards.</li>
            <li>
              A &ldquo;Print this page&rdquo; button that prints it all on one page, with the QR code and the guide&apos;s
              address to type in.
            </li>
          </ul>
          <h2 className="mb-3 text-2xl font-bold">Links keep working</h2>
          <p>
            Every link carries a version number. If this tool changes, links already in letters still open with the
            same instructions. A link that cannot be read shows our general advice and asks the patient to contact you.
          </p>
          <p className="mt-3">
            Every link also ends with a short check. If a mail program cuts a link short, or someone changes it by hand,
            your patient is told the link is incomplete and sees none of it, rather than half of your instructions.
          </p>
        </section>
      </div>
    </PageShell>
  );
}
