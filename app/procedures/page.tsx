import type { Metadata } from 'next';
import { ReportMistake } from '@/components/layout/ReportMistake';
import { Breadcrumbs } from '@/components/layout/Breadcrumbs';
import { ProcedureIndex } from '@/components/procedure/ProcedureIndex';
import { getProcedures } from '@/lib/content';
import { siteMap } from '@/lib/site-map';
import { staticHref } from '@/lib/site-map/build';
import { pageMetadata } from '@/lib/seo/metadata';
import { PageShell } from '@/components/layout/PageShell';

export const metadata: Metadata = pageMetadata({
  title: 'Tests A to Z',
  description: 'Every fluoroscopy test in this guide, grouped by the part of the body it looks at, with one line on what each test is for.',
  path: staticHref('procedures'),
});

export default function ProceduresPage() {
  const map = siteMap();
  return (
    <PageShell current={map.href('procedures')}>
      <div>
        <Breadcrumbs trail={[map.link('home'), map.link('procedures')]} />
        <div data-pagefind-body>
          <h1 className="mb-3 text-3xl font-bold">Find your test</h1>
          <p className="mb-8 max-w-prose text-lg">
            Your letter may name a test. Find it below, grouped by the part of the body it looks at. Each page explains
            how to prepare, what happens and when to get help.
          </p>
          <ProcedureIndex
            procedures={getProcedures().map((p) => ({
              href: map.articleHref('procedure', p.slug),
              title: p.meta.title,
              group: p.meta.group,
              purpose: p.meta.glance.purpose,
              otherNames: p.meta.otherNames,
            }))}
          />
        </div>
        <ReportMistake path={map.href('procedures')} />
      </div>
    </PageShell>
  );
}
