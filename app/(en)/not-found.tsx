import type { Metadata } from 'next';
import { PageShell } from '@/components/layout/PageShell';
import { siteMap } from '@/lib/site-map';

export const metadata: Metadata = { title: 'Page not found', robots: { index: false } };

/** A kind 404: say what happened and offer the main ways back in. */
export default function NotFound() {
  const map = siteMap();
  const whatIs = map.guide('what-is-fluoroscopy');
  return (
    <PageShell>
      <div className="max-w-prose">
        <h1 className="mb-4 text-3xl font-bold">Page not found</h1>
        <p className="mb-4 text-lg">
          We could not find that page. If you typed the address, check it is correct. If a letter or a link sent you
          here, the page may have moved.
        </p>
        <p className="mb-2">You could try:</p>
        <ul className="mb-6 list-disc space-y-2 pl-6">
          <li>
            <a href={map.href('home')}>The home page</a>
          </li>
          <li>
            <a href={map.href('procedures')}>Find your test in the A to Z</a>
          </li>
          {whatIs ? (
            <li>
              <a href={map.articleHref('guide', whatIs.slug)}>What is fluoroscopy?</a>
            </li>
          ) : null}
          <li>
            <a href={map.href('search')}>Search this guide</a>
          </li>
        </ul>
        <p>If you have a question about your appointment, please contact the clinic that sent you the letter.</p>
      </div>
    </PageShell>
  );
}
