import { OG_CONTENT_TYPE, OG_SIZE, ogImage } from '@/lib/seo/og-image';

export const dynamic = 'force-static';
export const size = OG_SIZE;
export const contentType = OG_CONTENT_TYPE;
export const alt = 'Fluoroscopy Guide share image: Search this guide';

export default function Image() {
  return ogImage('Search this guide');
}
