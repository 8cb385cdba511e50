import type { Metadata } from 'next';
import { ProcedureArticle } from '@/components/pages/ProcedureArticle';
import { articleMetadata, articleParams } from '@/lib/content/article-view';

type Params = { params: Promise<{ slug: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return articleParams('procedure', 'en');
}

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  return articleMetadata('procedure', (await params).slug, 'en');
}

export default async function ProcedurePage({ params }: Params) {
  return <ProcedureArticle slug={(await params).slug} locale="en" />;
}
