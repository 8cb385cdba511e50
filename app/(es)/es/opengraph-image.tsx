import { OG_CONTENT_TYPE, OG_SIZE, ogImage } from '@/lib/seo/og-image';
import { pageStrings } from '@/lib/i18n/pages';

export const dynamic = 'force-static';
export const size = OG_SIZE;
export const contentType = OG_CONTENT_TYPE;
export const alt = `Imagen para compartir de la Guía de fluoroscopia: ${pageStrings.es.home.heading}`;

export default function Image() {
  return ogImage(pageStrings.es.home.heading, undefined, 'es');
}
