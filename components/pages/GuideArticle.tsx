import { notFound } from 'next/navigation';
import { ArticlePage } from '@/components/layout/ArticlePage';
import { PageShell } from '@/components/layout/PageShell';
import { StaleNotice } from '@/components/layout/StaleNotice';
import { articleComponents } from '@/components/mdx/articleComponents';
import { articleView } from '@/lib/content/article-view';
import type { Locale } from '@/lib/site-map/pages';

type Props = { slug: string; locale: Locale };

/** A guide in either language: the routes of each edition render this with their slug. */
export function GuideArticle({ slug, locale }: Props) {
  const view = articleView('guide', slug, locale);
  if (!view) notFound();
  const { entry } = view;
  return (
    <PageShell locale={locale} current={view.path} alternate={view.alternate}>
      <ArticlePage
        locale={locale}
        title={entry.meta.title}
        summary={entry.meta.summary}
        notice={entry.stale && view.alternate ? <StaleNotice locale={locale} source={view.alternate} /> : undefined}
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
        <entry.Body components={articleComponents({ citations: view.citations, safety: view.helpCards, locale })} />
      </ArticlePage>
    </PageShell>
  );
}
