import { searchPageStrings } from '@/lib/i18n/search';
import { OG_CONTENT_TYPE, OG_SIZE, ogImage } from '@/lib/seo/og-image';

export const dynamic = 'force-static';
export const size = OG_SIZE;
export const contentType = OG_CONTENT_TYPE;
export const alt = searchPageStrings.es.shareImage.alt;

export default function Image() {
  return ogImage(searchPageStrings.es.shareImage.title, undefined, 'es');
}
