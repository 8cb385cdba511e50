import type { Metadata } from 'next';
import { Breadcrumbs } from '@/components/layout/Breadcrumbs';
import { ReportMistake } from '@/components/layout/ReportMistake';
import About from '@/content/site/about.mdx';
import { pageMetadata } from '@/lib/seo/metadata';
import { PageShell } from '@/components/layout/PageShell';
import { pageLink, staticHref } from '@/lib/site-map/build';

export const metadata: Metadata = pageMetadata({
  title: 'About this guide',
  description: 'Who writes Fluoroscopy Guide, how every fact is sourced and checked, and why the site has no ads, tracking or cookies.',
  path: staticHref('about'),
});

export default function AboutPage() {
  return (
    <PageShell>
      <article>
        <Breadcrumbs trail={[pageLink('home'), pageLink('about')]} />
        <div data-pagefind-body className="prose max-w-prose">
          <h1>About this guide</h1>
          <About />
        </div>
        <ReportMistake path={staticHref('about')} />
      </article>
    </PageShell>
  );
}
