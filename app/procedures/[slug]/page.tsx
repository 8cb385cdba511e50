import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ArticlePage } from '@/components/layout/ArticlePage';
import { AtAGlance } from '@/components/procedure/AtAGlance';
import { RelatedProcedures } from '@/components/procedure/RelatedProcedures';
import { getProcedure, getProcedures } from '@/lib/content';
import { articleComponents } from '@/components/mdx/articleComponents';
import { faqsOf, headingsOf, stepTitlesOf, termsOf } from '@/lib/content/outline';
import { pageSources } from '@/lib/content/page-sources';
import { faqPage, medicalProcedure, medicalWebPage } from '@/lib/seo/jsonld';
import { pageMetadata } from '@/lib/seo/metadata';
import { PageShell } from '@/components/layout/PageShell';

type Params = { params: Promise<{ slug: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return getProcedures().map((procedure) => ({ slug: procedure.slug }));
}

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const procedure = getProcedure((await params).slug);
  if (!procedure) return {};
  return pageMetadata({
    title: procedure.meta.title,
    shortTitle: procedure.meta.navTitle,
    description: procedure.meta.description,
    path: `/procedures/${procedure.slug}/`,
  });
}

export default async function ProcedurePage({ params }: Params) {
  const { slug } = await params;
  const procedure = getProcedure(slug);
  if (!procedure) notFound();
  const { default: Body } = await import(`../../../content/procedures/${slug}.mdx`);
  const related = procedure.meta.related
    .map((s) => getProcedure(s))
    .filter((p): p is NonNullable<typeof p> => Boolean(p))
    .map((p) => ({ href: `/procedures/${p.slug}/`, title: p.meta.title }));
  const path = `/procedures/${slug}/`;
  const { meta } = procedure;
  const { sources, citations } = pageSources({
    own: meta.sources,
    body: procedure.body,
    profile: meta.safety,
    doses: [meta.glance.dose],
    durations: [meta.glance.duration],
  });
  const faqs = faqsOf(procedure.body);
  const jsonLd = [
    medicalWebPage({
      title: meta.title,
      description: meta.description,
      path,
      lastReviewed: meta.lastReviewed,
      sources,
      about: { type: 'MedicalProcedure', name: meta.title },
    }),
    medicalProcedure({
      title: meta.title,
      description: meta.description,
      path,
      group: meta.group,
      otherNames: meta.otherNames,
      glance: meta.glance,
      steps: stepTitlesOf(procedure.body),
    }),
    ...(faqs.length ? [faqPage(faqs, path)] : []),
  ];
  return (
    <PageShell>
      <ArticlePage
        jsonLd={jsonLd}
        title={procedure.meta.title}
        summary={procedure.meta.summary}
        trail={[
          { href: '/', label: 'Home' },
          { href: '/procedures/', label: 'Find your test' },
          { href: `/procedures/${slug}/`, label: procedure.meta.navTitle ?? procedure.meta.title },
        ]}
        lead={
          <>
            {procedure.meta.otherNames.length ? (
              <p className="other-names mb-3 max-w-prose text-base">
                <span className="font-bold">Also called: </span>
                {procedure.meta.otherNames.join(', ')}
              </p>
            ) : null}
            {/* A worried reader on a phone reaches the warning signs in one tap from the top. */}
            <p className="help-link mb-4 max-w-prose font-bold">
              <a href="#when-to-get-help">When to get help after your test</a>
            </p>
            <AtAGlance glance={procedure.meta.glance} citations={citations} />
          </>
        }
        headings={headingsOf(procedure.body)}
        terms={termsOf(procedure.body)}
        sources={sources}
        searchTerms={procedure.meta.searchTerms}
        lastReviewed={procedure.meta.lastReviewed}
        nextReview={procedure.meta.nextReview}
        after={<RelatedProcedures items={related} />}
      >
        <Body components={articleComponents({ citations, safety: meta.safety })} />
      </ArticlePage>
    </PageShell>
  );
}
