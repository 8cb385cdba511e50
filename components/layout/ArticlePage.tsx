import type { ReactNode } from 'react';
import type { Heading } from '@/content/schema/outline';
import type { Source } from '@/content/schema/article';
import type { PageLink } from '@/lib/site-map/build';
import { DEFAULT_LOCALE, type Locale } from '@/lib/site-map/pages';
import { Breadcrumbs } from './Breadcrumbs';
import { JsonLd } from './JsonLd';
import { NextPageLink } from './NextPageLink';
import { OnThisPage } from './OnThisPage';
import { ReportMistake } from './ReportMistake';
import { ReviewDates } from './ReviewDates';
import { SourcesList } from './SourcesList';
import { TermList } from './TermList';

type Props = {
  title: string;
  summary: string;
  trail: PageLink[];
  headings: Pick<Heading, 'id' | 'text'>[];
  terms: string[];
  sources: Source[];
  lastReviewed: string;
  nextReview: string;
  next?: { href: string; title: string };
  /** Shown between the summary and the contents list, e.g. the "At a glance" card. */
  lead?: ReactNode;
  /** Shown after the body, e.g. related tests. */
  after?: ReactNode;
  /** Everyday words that should find this page in site search. */
  searchTerms?: string[];
  /** Structured data describing the page (MedicalWebPage, MedicalProcedure, FAQPage). */
  jsonLd?: unknown[];
  locale?: Locale;
  /** Shown under the title of a translation whose English page has changed since. */
  notice?: ReactNode;
  children: ReactNode;
};

/**
 * The frame of every article: title, summary, body, then the words, sources and review dates.
 * The contents list folds away on a phone, so the first section starts near the top; on a wide
 * screen it sits open in the column beside the text, which would otherwise be empty. Text
 * columns are held to about 70 characters a line, the width people read most easily.
 */
export function ArticlePage(props: Props) {
  const locale = props.locale ?? DEFAULT_LOCALE;
  return (
    <article className="article">
      <Breadcrumbs trail={props.trail} locale={locale} />
      <div className="lg:grid lg:grid-cols-[minmax(0,68ch)_16rem] lg:justify-between lg:gap-12">
        <div className="min-w-0 max-w-prose">
          <div data-pagefind-body>
            {/* The index puts these on every part of the page, so a search for one finds the part that answers. */}
            {props.searchTerms?.length ? <span hidden data-pagefind-meta={`keywords:${props.searchTerms.join(', ')}`} /> : null}
            <h1 className="mb-3 max-w-prose text-2xl font-bold sm:text-3xl">{props.title}</h1>
            {/* The summary names what the page covers, so it counts more in site search. */}
            <p className="summary mb-4 max-w-prose text-base sm:text-lg" data-pagefind-weight="5">
              {props.summary}
            </p>
            {props.notice}
            {props.lead}
            <div className="lg:hidden">
              <OnThisPage headings={props.headings} variant="fold" locale={locale} />
            </div>
            <div className="prose max-w-prose">{props.children}</div>
          </div>
          <div className="article-end max-w-prose">
            {props.after}
            {props.next ? <NextPageLink href={props.next.href} title={props.next.title} locale={locale} /> : null}
            <TermList ids={props.terms} locale={locale} />
            <SourcesList sources={props.sources} locale={locale} />
            <div className="page-info mt-6 flex flex-wrap items-baseline justify-between gap-x-6 gap-y-2 text-base text-muted [&>*]:mt-0">
              <ReviewDates lastReviewed={props.lastReviewed} nextReview={props.nextReview} locale={locale} />
              {props.trail.length ? <ReportMistake path={props.trail[props.trail.length - 1].href} locale={locale} /> : null}
            </div>
          </div>
        </div>
        <div className="hidden lg:block">
          <div className="sticky top-4 pt-2">
            <OnThisPage headings={props.headings} variant="column" locale={locale} />
          </div>
        </div>
      </div>
      {props.jsonLd?.map((data, i) => <JsonLd key={i} data={data} />)}
    </article>
  );
}
