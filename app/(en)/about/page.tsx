import { AboutView } from '@/components/pages/AboutView';
import About from '@/content/site/about.mdx';
import { pageStrings } from '@/lib/i18n/pages';
import { staticPageMetadata } from '@/lib/seo/static-metadata';

export const metadata = staticPageMetadata('about', 'en', pageStrings.en.about);

export default function AboutPage() {
  return <AboutView locale="en" Body={About} />;
}
