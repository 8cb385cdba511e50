import { getProcedure, getProcedures } from '@/lib/content';
import { OG_CONTENT_TYPE, OG_SIZE, ogImage } from '@/lib/seo/og-image';

export const dynamic = 'force-static';
export const size = OG_SIZE;
export const contentType = OG_CONTENT_TYPE;
export const alt = 'The test name on the Fluoroscopy Guide share image';

export function generateStaticParams() {
  return getProcedures().map((p) => ({ slug: p.slug }));
}

export default async function Image({ params }: { params: Promise<{ slug: string }> }) {
  const procedure = getProcedure((await params).slug);
  return ogImage(procedure?.meta.navTitle ?? procedure?.meta.title ?? 'Fluoroscopy Guide', 'Your test');
}
