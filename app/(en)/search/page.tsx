import type { Metadata } from 'next';
import { Breadcrumbs } from '@/components/layout/Breadcrumbs';
import { Island } from '@/components/layout/Island';
import { getGuides } from '@/lib/content';
import { siteMap } from '@/lib/site-map';
import { staticHref } from '@/lib/site-map/build';
import { pageMetadata } from '@/lib/seo/metadata';
import { PageShell } from '@/components/layout/PageShell';

export const metadata: Metadata = pageMetadata({
  title: 'Search',
  description: 'Search the Fluoroscopy Guide for a test, a word or a question, such as barium, dye, pregnant or how long.',
  path: staticHref('search'),
  noindex: true,
});

export default function SearchPage() {
  const map = siteMap();
  return (
    <PageShell searchSlot>
      <div>
        <Breadcrumbs trail={[map.link('home'), map.link('search')]} />
        <h1 className="mb-6 text-3xl font-bold">Search this guide</h1>
        {/* A <noscript> note, not one the island removes, so the page does not jump when search starts. */}
        <noscript>
          <div className="mb-6 border-l-8 border-brand bg-infoTint p-4 text-lg">
            <p className="mb-2">
              Search needs JavaScript, which is turned off in your browser, so this page cannot search for the words
              you typed.
            </p>
            <p>
              You can still find every page: start with <a href={map.href('procedures')}>the list of tests</a>, or one of the
              guides below.
            </p>
          </div>
        </noscript>
        <Island name="search" props={{}} />
        <section aria-labelledby="browse" className="mt-12 border-t border-line pt-6">
          <h2 id="browse" className="mb-3 text-xl font-bold">
            Or browse
          </h2>
          <ul className="list-disc space-y-1 pl-6">
            <li>
              <a href={map.href('procedures')}>All tests, A to Z</a>
            </li>
            {getGuides().map((g) => (
              <li key={g.slug}>
                <a href={map.articleHref('guide', g.slug)}>{g.meta.title}</a>
              </li>
            ))}
            <li>
              <a href={map.href('glossary')}>Glossary of medical words</a>
            </li>
          </ul>
        </section>
      </div>
    </PageShell>
  );
}
