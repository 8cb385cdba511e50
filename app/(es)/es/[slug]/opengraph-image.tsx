import { getGuide, getGuides } from '@/lib/content';
import { OG_CONTENT_TYPE, OG_SIZE, ogImage } from '@/lib/seo/og-image';

export const dynamic = 'force-static';
export const size = OG_SIZE;
export const contentType = OG_CONTENT_TYPE;
export const alt = 'El título de la página en la imagen para compartir de la Guía de fluoroscopia';

export function generateStaticParams() {
  return getGuides('es').map((g) => ({ slug: g.slug }));
}

export default async function Image({ params }: { params: Promise<{ slug: string }> }) {
  const guide = getGuide((await params).slug, 'es');
  return ogImage(guide?.meta.title ?? 'Guía de fluoroscopia', 'Guía', 'es');
}
