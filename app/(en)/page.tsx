import type { Metadata } from 'next';
import { ReportMistake } from '@/components/layout/ReportMistake';
import { HomePaths } from '@/components/layout/HomePaths';
import { JsonLd } from '@/components/layout/JsonLd';
import { organization, website } from '@/lib/seo/jsonld';
import { getGuides, getProcedures } from '@/lib/content';
import { siteMap } from '@/lib/site-map';
import { pageMetadata } from '@/lib/seo/metadata';
import { SITE_NAME } from '@/lib/site';
import { PageShell } from '@/components/layout/PageShell';
import { staticHref } from '@/lib/site-map/build';

export const metadata: Metadata = {
  ...pageMetadata({
    title: SITE_NAME,
    description:
      'Plain-English guides to fluoroscopy (live X-ray) tests: what happens, how to prepare, radiation safety and when to get help.',
    path: '/',
  }),
  title: { absolute: `${SITE_NAME}: live X-ray tests explained` },
};

export default function HomePage() {
  const guides = getGuides();
  const map = siteMap();
  return (
    <PageShell current={staticHref('home')}>
      <div className="home">
        <h1 className="mb-3 text-3xl font-bold">Fluoroscopy tests, explained simply</h1>
        <p className="mb-8 max-w-prose text-lg">
          Fluoroscopy is an X-ray test that shows a moving picture, like a video. This guide tells you what will
          happen, how to get ready, and when to get help, in plain English.
        </p>
        <JsonLd data={website()} />
        <JsonLd data={organization()} />
        <HomePaths
          guides={guides.map((g) => ({ href: map.articleHref('guide', g.slug), title: g.meta.title, summary: g.meta.summary }))}
          {...map.homePaths()}
          tests={getProcedures()
            .map((p) => ({ href: map.articleHref('procedure', p.slug), title: p.meta.title }))
            .sort((a, b) => a.title.localeCompare(b.title, 'en'))}
          procedures={map.href('procedures')}
          clinics={map.href('for-clinics')}
        />
        <ReportMistake path={map.href('home')} />
      </div>
    </PageShell>
  );
}
