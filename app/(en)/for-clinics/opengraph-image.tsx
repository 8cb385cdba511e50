import { clinicPageStrings } from '@/lib/i18n/clinic';
import { OG_CONTENT_TYPE, OG_SIZE, ogImage } from '@/lib/seo/og-image';

export const dynamic = 'force-static';
export const size = OG_SIZE;
export const contentType = OG_CONTENT_TYPE;
export const alt = `Fluoroscopy Guide share image: ${clinicPageStrings.en.forClinics.ogTitle}`;

export default function Image() {
  return ogImage(clinicPageStrings.en.forClinics.ogTitle);
}
