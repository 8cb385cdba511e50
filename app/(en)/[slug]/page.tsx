import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ArticlePage } from '@/components/layout/ArticlePage';
import { articleComponents } from '@/components/mdx/articleComponents';
import { PageShell } from '@/components/layout/PageShell';
import { articleMetadata, articleParams, articleView } from '@/lib/content/article-view';

type Params = { params: Promise<{ slug: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return articleParams('guide');
}

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  return articleMetadata('guide', (await params).slug);
}

export default async function GuidePage({ params }: Params) {
  const view = articleView('guide', (await params).slug);
  if (!view) notFound();
  const { entry } = view;
  return (
    <PageShell current={view.path}>
      <ArticlePage
        title={entry.meta.title}
        summary={entry.meta.summary}
        trail={view.trail}
        headings={entry.outline.toc}
        terms={entry.outline.terms}
        sources={view.sources}
        searchTerms={entry.meta.searchTerms}
        lastReviewed={entry.meta.lastReviewed}
        nextReview={entry.meta.nextReview}
        next={view.next}
        jsonLd={view.jsonLd}
      >
        <entry.Body components={articleComponents({ citations: view.citations, safety: view.helpCards })} />
      </ArticlePage>
    </PageShell>
  );
}
