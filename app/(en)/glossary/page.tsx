import type { Metadata } from 'next';
import { ReportMistake } from '@/components/layout/ReportMistake';
import { Breadcrumbs } from '@/components/layout/Breadcrumbs';
import { GlossaryList } from '@/components/glossary/GlossaryList';
import { glossary } from '@/content/data/glossary';
import { pageMetadata } from '@/lib/seo/metadata';
import { PageShell } from '@/components/layout/PageShell';
import { pageLink, staticHref } from '@/lib/site-map/build';

export const metadata: Metadata = pageMetadata({
  title: 'Glossary of medical words',
  description: 'Plain-English meanings of the medical words used in this guide, from barium and catheter to mSv and sedation.',
  path: staticHref('glossary'),
});

export default function GlossaryPage() {
  return (
    <PageShell current={staticHref('glossary')}>
      <div>
        <Breadcrumbs trail={[pageLink('home'), pageLink('glossary')]} />
        <div data-pagefind-body>
          <h1 className="mb-3 text-3xl font-bold">Glossary of medical words</h1>
          <p className="mb-8 max-w-prose text-lg">What the medical words in this guide mean, in plain English.</p>
          <GlossaryList entries={glossary} />
        </div>
        <ReportMistake path={staticHref('glossary')} />
      </div>
    </PageShell>
  );
}
