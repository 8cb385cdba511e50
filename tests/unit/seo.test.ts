import { getGuides, getProcedures } from '@/lib/content';
import { breadcrumbList, faqPage, medicalProcedure, medicalWebPage, organization, serializeJsonLd, website } from '@/lib/seo/jsonld';
import { pageMetadata } from '@/lib/seo/metadata';
import { sitemapRoutes as indexedRoutes } from '@/lib/site-map';
import { SITE_URL } from '@/lib/site';

describe('page metadata', () => {
  it('gives a title, description, canonical, Open Graph and Twitter card', () => {
    const meta = pageMetadata({ title: 'Risks', description: 'About risks.', path: '/risks/' });
    expect(meta.title).toBe('Risks');
    expect(meta.alternates?.canonical).toBe('/risks/');
    expect(meta.openGraph).toMatchObject({ title: 'Risks', url: '/risks/', siteName: 'Fluoroscopy Guide' });
    expect(meta.twitter).toMatchObject({ card: 'summary_large_image' });
    expect(meta.robots).toBeUndefined();
    expect(pageMetadata({ title: 'x', description: 'y', path: '/x/', noindex: true }).robots).toMatchObject({ index: false });
  });

  it('uses the short title when the full one would make the <title> longer than 70 characters', () => {
    const long = 'Spinal injection for pain (epidural and facet joint)';
    const meta = pageMetadata({ title: long, shortTitle: 'Spinal injection for pain', description: 'y', path: '/x/' });
    expect(meta.title).toBe('Spinal injection for pain');
    expect(meta.openGraph).toMatchObject({ title: long });
    expect(pageMetadata({ title: 'Risks', shortTitle: 'R', description: 'y', path: '/x/' }).title).toBe('Risks');
  });
});

describe('sitemap routes', () => {
  it('lists home, every guide and procedure, and the other public pages, once each', () => {
    const paths = indexedRoutes().map((r) => r.path);
    for (const g of getGuides()) expect(paths).toContain(`/${g.slug}/`);
    for (const p of getProcedures()) expect(paths).toContain(`/procedures/${p.slug}/`);
    expect(paths).toEqual(expect.arrayContaining(['/', '/procedures/', '/glossary/', '/about/', '/for-clinics/']));
    expect(paths).not.toContain('/appointment/');
    expect(new Set(paths).size).toBe(paths.length);
  });

  it('dates each article by its review date', () => {
    const risks = indexedRoutes().find((r) => r.path === '/risks/')!;
    expect(risks.lastModified).toBe(getGuides().find((g) => g.slug === 'risks')!.meta.lastReviewed);
  });
});

describe('structured data builders', () => {
  it('escapes "<" so data can never close its script element', () => {
    expect(serializeJsonLd({ name: '</script><script>alert(1)</script>' })).not.toContain('<');
    expect(JSON.parse(serializeJsonLd({ name: '<b>' }))).toEqual({ name: '<b>' });
  });

  it('MedicalWebPage carries the review date, patient audience and citations', () => {
    const page = medicalWebPage({
      title: 'Risks',
      description: 'd',
      path: '/risks/',
      lastReviewed: '2026-11-26',
      sources: [{ publisher: 'FDA', title: 'Fluoroscopy', url: 'https://www.fda.gov/x' }],
      about: { type: 'MedicalTest', name: 'Fluoroscopy' },
    });
    expect(page).toMatchObject({
      '@type': 'MedicalWebPage',
      lastReviewed: '2026-11-26',
      medicalAudience: { audienceType: 'Patient' },
      url: `${SITE_URL}/risks/`,
    });
    expect(page.citation).toEqual(['https://www.fda.gov/x']);
  });

  it('MedicalProcedure uses the card and step titles of the page', () => {
    const p = getProcedures().find((x) => x.slug === 'barium-swallow')!;
    const data = medicalProcedure({
      title: p.meta.title,
      description: p.meta.description,
      path: '/procedures/barium-swallow/',
      group: p.meta.group,
      otherNames: p.meta.otherNames,
      glance: p.meta.glance,
      steps: ['Drink the barium', 'Turn as asked'],
    }) as unknown as Record<string, unknown>;
    expect(data).toMatchObject({
      '@type': 'MedicalProcedure',
      preparation: p.meta.glance.preparation,
      procedureType: 'https://schema.org/NoninvasiveProcedure',
    });
    expect(String(data.howPerformed)).toContain('Drink the barium. Turn as asked.');
    expect(String(data.followup)).toContain(p.meta.glance.driving);
  });

  it('FAQPage, BreadcrumbList, WebSite and Organization have the expected shape', () => {
    expect(faqPage([{ question: 'Q?', answer: 'A.' }], '/faq/').mainEntity).toEqual([
      { '@type': 'Question', name: 'Q?', acceptedAnswer: { '@type': 'Answer', text: 'A.' } },
    ]);
    expect(breadcrumbList([{ href: '/', label: 'Home' }, { href: '/risks/', label: 'Risks' }]).itemListElement).toEqual([
      { '@type': 'ListItem', position: 1, name: 'Home', item: `${SITE_URL}/` },
      { '@type': 'ListItem', position: 2, name: 'Risks', item: `${SITE_URL}/risks/` },
    ]);
    expect(website()).toMatchObject({ '@type': 'WebSite', url: `${SITE_URL}/` });
    expect(organization()).toMatchObject({ '@type': 'Organization', name: 'Fluoroscopy Guide' });
  });
});
