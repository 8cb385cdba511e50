import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ArticlePage } from '@/components/layout/ArticlePage';
import { articleComponents } from '@/components/mdx/articleComponents';
import { PageShell } from '@/components/layout/PageShell';
import { AtAGlance } from '@/components/procedure/AtAGlance';
import { RelatedProcedures } from '@/components/procedure/RelatedProcedures';
import type { Procedure } from '@/lib/content';
import { articleMetadata, articleParams, articleView } from '@/lib/content/article-view';

type Params = { params: Promise<{ slug: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return articleParams('procedure');
}

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  return articleMetadata('procedure', (await params).slug);
}

export default async function ProcedurePage({ params }: Params) {
  const view = articleView('procedure', (await params).slug);
  if (!view) notFound();
  const entry = view.entry as Procedure;
  return (
    <PageShell>
      <ArticlePage
        jsonLd={view.jsonLd}
        title={entry.meta.title}
        summary={entry.meta.summary}
        trail={view.trail}
        lead={
          <>
            {entry.meta.otherNames.length ? (
              <p className="other-names mb-3 max-w-prose text-base">
                <span className="font-bold">Also called: </span>
                {entry.meta.otherNames.join(', ')}
              </p>
            ) : null}
            {/* A worried reader on a phone reaches the warning signs in one tap from the top. */}
            <p className="help-link mb-4 max-w-prose font-bold">
              <a href="#when-to-get-help">When to get help after your test</a>
            </p>
            <AtAGlance glance={entry.meta.glance} citations={view.citations} />
          </>
        }
        headings={entry.outline.toc}
        terms={entry.outline.terms}
        sources={view.sources}
        searchTerms={entry.meta.searchTerms}
        lastReviewed={entry.meta.lastReviewed}
        nextReview={entry.meta.nextReview}
        after={<RelatedProcedures items={view.related} />}
      >
        <entry.Body components={articleComponents({ citations: view.citations, safety: view.helpCards })} />
      </ArticlePage>
    </PageShell>
  );
}
