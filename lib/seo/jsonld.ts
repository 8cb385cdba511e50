import type {
  BreadcrumbList,
  FAQPage,
  MedicalProcedure,
  MedicalWebPage,
  Organization,
  WebSite,
  WithContext,
} from 'schema-dts';
import type { FaqItem } from '@/content/schema/outline';
import { contrastKinds, settings, type BodyGroup, type Glance } from '@/content/schema/procedure';
import type { Source } from '@/content/schema/article';
import { contrastKindsEs, settingsEs } from '@/content/data/es/procedure-labels';
import { layoutStrings } from '@/lib/i18n/layout';
import { absoluteUrl, SITE_URL } from '@/lib/site';
import { staticHref, type PageLink } from '@/lib/site-map/build';
import { DEFAULT_LOCALE, type Locale } from '@/lib/site-map/pages';

/*
 * Structured data, built in one place from the same values the page shows, so
 * what search engines read always matches what a reader sees.
 */

const ORGANIZATION_ID = `${SITE_URL}/#organization`;

/** Serialises JSON-LD for a <script> element: "<" is escaped so no text can close the element. */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}

export function organization(locale: Locale = DEFAULT_LOCALE): WithContext<Organization> {
  return {
    '@context': 'https://schema.org',
    '@type': 'Organization',
    '@id': ORGANIZATION_ID,
    name: layoutStrings[locale].siteName,
    url: `${SITE_URL}/`,
    logo: absoluteUrl('/icon.svg'),
  };
}

export function website(locale: Locale = DEFAULT_LOCALE): WithContext<WebSite> {
  return {
    '@context': 'https://schema.org',
    '@type': 'WebSite',
    name: layoutStrings[locale].siteName,
    description: layoutStrings[locale].tagline,
    url: absoluteUrl(staticHref('home', locale)),
    inLanguage: locale,
    publisher: { '@id': ORGANIZATION_ID },
  };
}

export function breadcrumbList(trail: PageLink[]): WithContext<BreadcrumbList> {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: trail.map((crumb, index) => ({
      '@type': 'ListItem',
      position: index + 1,
      name: crumb.label,
      item: absoluteUrl(crumb.href),
    })),
  };
}

type PageInput = {
  title: string;
  description: string;
  path: string;
  lastReviewed: string;
  sources: Source[];
  about: { type: 'MedicalProcedure' | 'MedicalTest'; name: string };
  locale?: Locale;
};

export function medicalWebPage(page: PageInput): WithContext<MedicalWebPage> {
  return {
    '@context': 'https://schema.org',
    '@type': 'MedicalWebPage',
    name: page.title,
    headline: page.title,
    description: page.description,
    url: absoluteUrl(page.path),
    inLanguage: page.locale ?? DEFAULT_LOCALE,
    lastReviewed: page.lastReviewed,
    medicalAudience: { '@type': 'MedicalAudience', audienceType: 'Patient' },
    about: { '@type': page.about.type, name: page.about.name },
    publisher: { '@id': ORGANIZATION_ID },
    // Each source by its address only: the page's own Sources list names the title and publisher, and a
    // full CreativeWork for each of a page's 20 to 40 sources would weigh as much as a screen of text.
    citation: page.sources.map((s) => s.url),
  };
}

/** Percutaneous: through the skin with a needle or catheter; noninvasive: swallowed or given by enema. */
const PROCEDURE_TYPES: Partial<Record<BodyGroup, 'NoninvasiveProcedure' | 'PercutaneousProcedure'>> = {
  digestive: 'NoninvasiveProcedure',
  swallowing: 'NoninvasiveProcedure',
  heart: 'PercutaneousProcedure',
  'lines-tubes': 'PercutaneousProcedure',
  'bones-joints': 'PercutaneousProcedure',
  spine: 'PercutaneousProcedure',
};

type ProcedureInput = {
  title: string;
  description: string;
  path: string;
  group: BodyGroup;
  otherNames: string[];
  glance: Glance;
  steps: string[];
  locale?: Locale;
};

const LABELS = {
  en: { contrast: contrastKinds, setting: settings, word: 'Contrast' },
  es: { contrast: contrastKindsEs, setting: settingsEs, word: 'Contraste' },
} satisfies Record<Locale, { contrast: Record<Glance['contrast'], string>; setting: Record<Glance['setting'], string>; word: string }>;

export function medicalProcedure(p: ProcedureInput): WithContext<MedicalProcedure> {
  const type = PROCEDURE_TYPES[p.group];
  const labels = LABELS[p.locale ?? DEFAULT_LOCALE];
  const contrast = `${labels.word}: ${labels.contrast[p.glance.contrast]}.`;
  return {
    '@context': 'https://schema.org',
    '@type': 'MedicalProcedure',
    name: p.title,
    alternateName: p.otherNames.length ? p.otherNames : undefined,
    description: p.description,
    url: absoluteUrl(p.path),
    procedureType: type ? `https://schema.org/${type}` : undefined,
    preparation: p.glance.preparation,
    inLanguage: p.locale ?? DEFAULT_LOCALE,
    howPerformed: p.steps.length ? `${p.steps.join('. ')}. ${contrast}` : contrast,
    followup: `${labels.setting[p.glance.setting]}. ${p.glance.driving}`,
  } as WithContext<MedicalProcedure>;
}

export function faqPage(items: FaqItem[], path: string, locale: Locale = DEFAULT_LOCALE): WithContext<FAQPage> {
  return {
    '@context': 'https://schema.org',
    '@type': 'FAQPage',
    url: absoluteUrl(path),
    inLanguage: locale,
    mainEntity: items.map((item) => ({
      '@type': 'Question',
      name: item.question,
      acceptedAnswer: { '@type': 'Answer', text: item.answer },
    })),
  };
}
