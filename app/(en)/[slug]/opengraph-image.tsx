import { getGuide, getGuides } from '@/lib/content';
import { OG_CONTENT_TYPE, OG_SIZE, ogImage } from '@/lib/seo/og-image';

export const dynamic = 'force-static';
export const size = OG_SIZE;
export const contentType = OG_CONTENT_TYPE;
export const alt = 'The page title on the Fluoroscopy Guide share image';

export function generateStaticParams() {
  return getGuides().map((g) => ({ slug: g.slug }));
}

export default async function Image({ params }: { params: Promise<{ slug: string }> }) {
  const guide = getGuide((await params).slug);
  return ogImage(guide?.meta.title ?? 'Fluoroscopy Guide', 'Guide');
}
