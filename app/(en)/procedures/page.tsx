import type { Metadata } from 'next';
import { ReportMistake } from '@/components/layout/ReportMistake';
import { Breadcrumbs } from '@/components/layout/Breadcrumbs';
import { ProcedureAtoZ } from '@/components/procedure/ProcedureAtoZ';
import { ProcedureIndex } from '@/components/procedure/ProcedureIndex';
import { getProcedures } from '@/lib/content';
import { siteMap } from '@/lib/site-map';
import { staticHref } from '@/lib/site-map/build';
import { pageMetadata } from '@/lib/seo/metadata';
import { PageShell } from '@/components/layout/PageShell';

export const metadata: Metadata = pageMetadata({
  title: 'Find your test',
  description: 'Every fluoroscopy test in this guide, A to Z under every name it goes by, and grouped by the part of the body it looks at.',
  path: staticHref('procedures'),
});

export default function ProceduresPage() {
  const map = siteMap();
  const procedures = getProcedures().map((p) => ({
    slug: p.slug,
    href: map.articleHref('procedure', p.slug),
    title: p.meta.title,
    group: p.meta.group,
    purpose: p.meta.glance.purpose,
    otherNames: p.meta.otherNames,
  }));
  return (
    <PageShell current={map.href('procedures')}>
      <div>
        <Breadcrumbs trail={[map.link('home'), map.link('procedures')]} />
        <div data-pagefind-body>
          <h1 className="mb-3 text-3xl font-bold">Find your test</h1>
          <p className="mb-6 max-w-prose text-lg">
            Your letter may name a test. Find it by name in the A to Z, or by the part of the body it looks at. Each page
            explains how to prepare, what happens and when to get help.
          </p>
          <nav aria-label="Ways to find your test" className="mb-8 max-w-prose">
            <ul className="flex flex-wrap gap-x-6 gap-y-2 text-lg">
              <li>
                <a href="#a-to-z">Tests A to Z</a>
              </li>
              <li>
                <a href="#groups">Tests by part of the body</a>
              </li>
            </ul>
          </nav>
          <ProcedureAtoZ items={procedures.map(({ slug, href, title, otherNames }) => ({ slug, href, title, otherNames }))} />
          <ProcedureIndex procedures={procedures} />
        </div>
        <ReportMistake path={map.href('procedures')} />
      </div>
    </PageShell>
  );
}
