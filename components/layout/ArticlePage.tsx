import type { ReactNode } from 'react';
import type { Heading } from '@/content/schema/outline';
import type { Source } from '@/content/schema/article';
import type { PageLink } from '@/lib/site-map/build';
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
  children: ReactNode;
};

/** The frame of every article: title, summary, contents, body, words, sources and review dates. */
export function ArticlePage(props: Props) {
  return (
    <article className="article">
      <Breadcrumbs trail={props.trail} />
      <div data-pagefind-body>
        {props.searchTerms?.length ? (
          <>
            <span hidden data-pagefind-meta={`keywords:${props.searchTerms.join(', ')}`} />
            {/* The same words as text for the index, so a search for one finds the page; hidden from sight and screen readers. */}
            <span aria-hidden="true" className="sr-only" data-pagefind-weight="3">
              {props.searchTerms.join(', ')}.
            </span>
          </>
        ) : null}
        <h1 className="mb-3 text-3xl font-bold">{props.title}</h1>
        {/* The summary names what the page covers, so it counts more in site search. */}
        <p className="summary mb-6 max-w-prose text-lg" data-pagefind-weight="5">
          {props.summary}
        </p>
        {props.lead}
        <OnThisPage headings={props.headings} />
        <div className="prose max-w-prose">{props.children}</div>
      </div>
      {props.after}
      {props.next ? <NextPageLink href={props.next.href} title={props.next.title} /> : null}
      <TermList ids={props.terms} />
      <SourcesList sources={props.sources} />
      <ReviewDates lastReviewed={props.lastReviewed} nextReview={props.nextReview} />
      {props.trail.length ? <ReportMistake path={props.trail[props.trail.length - 1].href} /> : null}
      {props.jsonLd?.map((data, i) => <JsonLd key={i} data={data} />)}
    </article>
  );
}
