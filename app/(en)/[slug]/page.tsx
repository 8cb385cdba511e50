import type { Metadata } from 'next';
import { GuideArticle } from '@/components/pages/GuideArticle';
import { articleMetadata, articleParams } from '@/lib/content/article-view';

type Params = { params: Promise<{ slug: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return articleParams('guide', 'en');
}

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  return articleMetadata('guide', (await params).slug, 'en');
}

export default async function GuidePage({ params }: Params) {
  return <GuideArticle slug={(await params).slug} locale="en" />;
}
