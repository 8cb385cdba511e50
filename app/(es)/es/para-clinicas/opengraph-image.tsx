import { clinicPageStrings } from '@/lib/i18n/clinic';
import { OG_CONTENT_TYPE, OG_SIZE, ogImage } from '@/lib/seo/og-image';

export const dynamic = 'force-static';
export const size = OG_SIZE;
export const contentType = OG_CONTENT_TYPE;
export const alt = `Imagen para compartir de la Guía de fluoroscopia: ${clinicPageStrings.es.forClinics.ogTitle}`;

export default function Image() {
  return ogImage(clinicPageStrings.es.forClinics.ogTitle, undefined, 'es');
}
