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
import { absoluteUrl, SITE_NAME, SITE_TAGLINE, SITE_URL } from '@/lib/site';
import type { PageLink } from '@/lib/site-map/build';

/*
 * Structured data, built in one place from the same values the page shows, so
 * what search engines read always matches what a reader sees.
 */

const ORGANIZATION_ID = `${SITE_URL}/#organization`;

/** Serialises JSON-LD for a <script> element: "<" is escaped so no text can close the element. */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}

export function organization(): WithContext<Organization> {
  return {
    '@context': 'https://schema.org',
    '@type': 'Organization',
    '@id': ORGANIZATION_ID,
    name: SITE_NAME,
    url: `${SITE_URL}/`,
    logo: absoluteUrl('/icon.svg'),
  };
}

export function website(): WithContext<WebSite> {
  return {
    '@context': 'https://schema.org',
    '@type': 'WebSite',
    name: SITE_NAME,
    description: SITE_TAGLINE,
    url: `${SITE_URL}/`,
    inLanguage: 'en',
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
};

export function medicalWebPage(page: PageInput): WithContext<MedicalWebPage> {
  return {
    '@context': 'https://schema.org',
    '@type': 'MedicalWebPage',
    name: page.title,
    headline: page.title,
    description: page.description,
    url: absoluteUrl(page.path),
    inLanguage: 'en',
    lastReviewed: page.lastReviewed,
    medicalAudience: { '@type': 'MedicalAudience', audienceType: 'Patient' },
    about: { '@type': page.about.type, name: page.about.name },
    publisher: { '@id': ORGANIZATION_ID },
    citation: page.sources.map((s) => ({
      '@type': 'CreativeWork',
      name: s.title,
      url: s.url,
      publisher: { '@type': 'Organization', name: s.publisher },
    })),
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
};

export function medicalProcedure(p: ProcedureInput): WithContext<MedicalProcedure> {
  const type = PROCEDURE_TYPES[p.group];
  return {
    '@context': 'https://schema.org',
    '@type': 'MedicalProcedure',
    name: p.title,
    alternateName: p.otherNames.length ? p.otherNames : undefined,
    description: p.description,
    url: absoluteUrl(p.path),
    procedureType: type ? `https://schema.org/${type}` : undefined,
    preparation: p.glance.preparation,
    howPerformed: p.steps.length
      ? `${p.steps.join('. ')}. Contrast: ${contrastKinds[p.glance.contrast]}.`
      : `Contrast: ${contrastKinds[p.glance.contrast]}.`,
    followup: `${settings[p.glance.setting]}. ${p.glance.driving}`,
  } as WithContext<MedicalProcedure>;
}

export function faqPage(items: FaqItem[], path: string): WithContext<FAQPage> {
  return {
    '@context': 'https://schema.org',
    '@type': 'FAQPage',
    url: absoluteUrl(path),
    mainEntity: items.map((item) => ({
      '@type': 'Question',
      name: item.question,
      acceptedAnswer: { '@type': 'Answer', text: item.answer },
    })),
  };
}
