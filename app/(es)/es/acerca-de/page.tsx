import { AboutView } from '@/components/pages/AboutView';
import About from '@/content/es/site/acerca-de.mdx';
import { pageStrings } from '@/lib/i18n/pages';
import { staticPageMetadata } from '@/lib/seo/static-metadata';

export const metadata = staticPageMetadata('about', 'es', pageStrings.es.about);

export default function AboutPage() {
  return <AboutView locale="es" Body={About} />;
}
