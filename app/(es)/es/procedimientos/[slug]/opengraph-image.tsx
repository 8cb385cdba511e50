import { getProcedure, getProcedures } from '@/lib/content';
import { OG_CONTENT_TYPE, OG_SIZE, ogImage } from '@/lib/seo/og-image';

export const dynamic = 'force-static';
export const size = OG_SIZE;
export const contentType = OG_CONTENT_TYPE;
export const alt = 'El nombre de la prueba en la imagen para compartir de la Guía de fluoroscopia';

export function generateStaticParams() {
  return getProcedures('es').map((p) => ({ slug: p.slug }));
}

export default async function Image({ params }: { params: Promise<{ slug: string }> }) {
  const procedure = getProcedure((await params).slug, 'es');
  return ogImage(procedure?.meta.navTitle ?? procedure?.meta.title ?? 'Guía de fluoroscopia', 'Su prueba', 'es');
}
