import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ArticlePage } from '@/components/layout/ArticlePage';
import { getGuide, getGuides } from '@/lib/content';
import { articleComponents } from '@/components/mdx/articleComponents';
import { faqsOf, headingsOf, termsOf } from '@/lib/content/outline';
import { pageSources } from '@/lib/content/page-sources';
import { profileOf } from '@/lib/safety/page';
import { faqPage, medicalWebPage } from '@/lib/seo/jsonld';
import { nextGuide } from '@/lib/navigation';
import { pageMetadata } from '@/lib/seo/metadata';
import { PageShell } from '@/components/layout/PageShell';

type Params = { params: Promise<{ slug: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return getGuides().map((guide) => ({ slug: guide.slug }));
}

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const guide = getGuide((await params).slug);
  if (!guide) return {};
  return pageMetadata({ title: guide.meta.title, description: guide.meta.description, path: `/${guide.slug}/` });
}

export default async function GuidePage({ params }: Params) {
  const { slug } = await params;
  const guide = getGuide(slug);
  if (!guide) notFound();
  const { default: Body } = await import(`../../content/guides/${slug}.mdx`);
  const profile = profileOf(guide.meta);
  const { sources, citations } = pageSources({ own: guide.meta.sources, body: guide.body, profile });
  const next = nextGuide(slug);
  const path = `/${slug}/`;
  const faqs = faqsOf(guide.body);
  const jsonLd = [
    medicalWebPage({
      title: guide.meta.title,
      description: guide.meta.description,
      path,
      lastReviewed: guide.meta.lastReviewed,
      sources,
      about: { type: 'MedicalTest', name: 'Fluoroscopy' },
    }),
    ...(faqs.length ? [faqPage(faqs, path)] : []),
  ];
  return (
    <PageShell current={`/${slug}/`}>
      <ArticlePage
        title={guide.meta.title}
        summary={guide.meta.summary}
        trail={[
          { href: '/', label: 'Home' },
          { href: `/${slug}/`, label: guide.meta.navTitle ?? guide.meta.title },
        ]}
        headings={headingsOf(guide.body)}
        terms={termsOf(guide.body)}
        sources={sources}
        searchTerms={guide.meta.searchTerms}
        lastReviewed={guide.meta.lastReviewed}
        nextReview={guide.meta.nextReview}
        next={next ? { href: `/${next.slug}/`, title: next.meta.title } : undefined}
        jsonLd={jsonLd}
      >
        <Body components={articleComponents({ citations, safety: profile ? { applies: [...profile.applies], signs: [...(profile.signs ?? [])] } : undefined })} />
      </ArticlePage>
    </PageShell>
  );
}
