import { HomeView } from '@/components/pages/HomeView';
import { pageStrings } from '@/lib/i18n/pages';
import { staticPageMetadata } from '@/lib/seo/static-metadata';

const words = pageStrings.es.home;
export const metadata = { ...staticPageMetadata('home', 'es', words), title: { absolute: words.title } };

export default function HomePage() {
  return <HomeView locale="es" />;
}
