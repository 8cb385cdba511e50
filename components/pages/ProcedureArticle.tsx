import { notFound } from 'next/navigation';
import { ArticlePage } from '@/components/layout/ArticlePage';
import { PageShell } from '@/components/layout/PageShell';
import { StaleNotice } from '@/components/layout/StaleNotice';
import { articleComponents } from '@/components/mdx/articleComponents';
import { AtAGlance } from '@/components/procedure/AtAGlance';
import { RelatedProcedures } from '@/components/procedure/RelatedProcedures';
import type { Procedure } from '@/lib/content';
import { articleView } from '@/lib/content/article-view';
import { articleStrings } from '@/lib/i18n/article';
import type { Locale } from '@/lib/site-map/pages';

type Props = { slug: string; locale: Locale };

/** The id of the "When to get help" section in each edition, which the link at the top of the page jumps to. */
const HELP_SECTION: Record<Locale, string> = { en: 'when-to-get-help', es: 'cuando-pedir-ayuda' };

/** A test's page in either language: the routes of each edition render this with their slug. */
export function ProcedureArticle({ slug, locale }: Props) {
  const view = articleView('procedure', slug, locale);
  if (!view) notFound();
  const entry = view.entry as Procedure;
  const t = articleStrings[locale];
  return (
    <PageShell locale={locale} alternate={view.alternate}>
      <ArticlePage
        locale={locale}
        jsonLd={view.jsonLd}
        title={entry.meta.title}
        summary={entry.meta.summary}
        notice={entry.stale && view.alternate ? <StaleNotice locale={locale} source={view.alternate} /> : undefined}
        trail={view.trail}
        lead={
          <>
            {entry.meta.otherNames.length ? (
              <p className="other-names mb-3 max-w-prose text-base">
                <span className="font-bold">{t.alsoCalled}</span>
                {entry.meta.otherNames.join(', ')}
                {entry.englishNames?.length ? (
                  <>
                    . <span className="font-bold">{t.inEnglish}</span>
                    <span lang="en">{entry.englishNames.join(', ')}</span>
                  </>
                ) : null}
              </p>
            ) : null}
            {/* A worried reader on a phone reaches the warning signs in one tap from the top. */}
            <p className="help-link mb-4 max-w-prose font-bold">
              <a href={`#${HELP_SECTION[locale]}`}>{t.whenToGetHelpLink}</a>
            </p>
            <AtAGlance glance={entry.meta.glance} citations={view.citations} locale={locale} />
          </>
        }
        headings={entry.outline.toc}
        terms={entry.outline.terms}
        sources={view.sources}
        searchTerms={entry.meta.searchTerms}
        lastReviewed={entry.meta.lastReviewed}
        nextReview={entry.meta.nextReview}
        after={<RelatedProcedures items={view.related} locale={locale} />}
      >
        <entry.Body components={articleComponents({ citations: view.citations, safety: view.helpCards, locale })} />
      </ArticlePage>
    </PageShell>
  );
}
