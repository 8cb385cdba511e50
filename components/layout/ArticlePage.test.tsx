import { render, screen, within } from '@testing-library/react';
import { glossary } from '@/content/data/glossary';
import { ArticlePage } from './ArticlePage';

const source = {
  publisher: 'US Food and Drug Administration',
  title: 'Fluoroscopy',
  url: 'https://www.fda.gov/radiation-emitting-products/medical-x-ray-imaging/fluoroscopy',
};

const pageData = { '@context': 'https://schema.org', '@type': 'MedicalWebPage', name: 'How to prepare' };
const faqData = { '@context': 'https://schema.org', '@type': 'FAQPage', mainEntity: [] };

function renderPage(overrides: Partial<Parameters<typeof ArticlePage>[0]> = {}) {
  return render(
    <ArticlePage
      title="How to prepare"
      summary="What to do in the days and hours before your test."
      trail={[
        { href: '/', label: 'Home' },
        { href: '/preparing/', label: 'How to prepare' },
      ]}
      headings={[
        { id: 'the-day-before', text: 'The day before' },
        { id: 'on-the-day', text: 'On the day' },
      ]}
      terms={['barium']}
      sources={[source]}
      lastReviewed="2026-11-26"
      nextReview="2027-11-26"
      next={{ href: '/procedure/', title: 'What happens on the day' }}
      lead={<p>At a glance card</p>}
      after={<p>Related tests list</p>}
      jsonLd={[pageData, faqData]}
      {...overrides}
    >
      <h2 id="the-day-before">The day before</h2>
      <p>Body text of the guide.</p>
    </ArticlePage>,
  );
}

function jsonLdBlocks(container: HTMLElement) {
  return [...container.querySelectorAll('script[type="application/ld+json"]')].map((s) => JSON.parse(s.textContent ?? ''));
}

describe('<ArticlePage>', () => {
  it('is an article with the title as its only h1, then the summary', () => {
    renderPage();
    const article = screen.getByRole('article');
    expect(within(article).getAllByRole('heading', { level: 1 })).toHaveLength(1);
    expect(within(article).getByRole('heading', { level: 1, name: 'How to prepare' })).toBeInTheDocument();
    expect(within(article).getByText('What to do in the days and hours before your test.')).toBeInTheDocument();
  });

  it('shows the breadcrumb trail with this page as the current crumb', () => {
    renderPage();
    const nav = screen.getByRole('navigation', { name: 'Breadcrumb' });
    expect(within(nav).getByRole('link', { name: 'Home' })).toHaveAttribute('href', '/');
    expect(within(nav).getByText('How to prepare')).toHaveAttribute('aria-current', 'page');
  });

  it('puts the summary, the lead, the contents list and the body in reading order', () => {
    renderPage();
    const order = [
      screen.getByRole('heading', { level: 1 }),
      screen.getByText('What to do in the days and hours before your test.'),
      screen.getByText('At a glance card'),
      screen.getByRole('navigation', { name: 'Sections on this page' }),
      screen.getByText('Body text of the guide.'),
      screen.getByText('Related tests list'),
      screen.getByRole('navigation', { name: 'Next page' }),
    ];
    for (let i = 1; i < order.length; i++) {
      expect(order[i - 1].compareDocumentPosition(order[i]) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    }
  });

  it('has a contents list that links to each section: folded before the body, and open in the side column', () => {
    const { container } = renderPage();
    const folded = screen.getByRole('navigation', { name: 'Sections on this page' });
    const column = screen.getByRole('navigation', { name: 'On this page' });
    for (const nav of [folded, column]) {
      expect(within(nav).getByRole('link', { name: 'The day before' })).toHaveAttribute('href', '#the-day-before');
      expect(within(nav).getByRole('link', { name: 'On the day' })).toHaveAttribute('href', '#on-the-day');
    }
    // Only one of the two is ever shown: the fold below the large breakpoint, the column above it.
    expect(folded.closest('details')).not.toHaveAttribute('open');
    expect(folded.closest('.lg\\:hidden')).not.toBeNull();
    expect(column.closest('.hidden.lg\\:block')).not.toBeNull();
    expect(container.querySelector('.prose')!.compareDocumentPosition(column) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('ends with the review dates and the mistake link together on one line', () => {
    const { container } = renderPage();
    const info = container.querySelector('.page-info')!;
    expect(info).toHaveTextContent('Page last reviewed:');
    expect(within(info as HTMLElement).getByRole('link', { name: 'Report a mistake on this page' })).toBeInTheDocument();
  });

  it('explains the marked words under "Words used on this page"', () => {
    renderPage();
    const words = screen.getByRole('region', { name: 'Words used on this page' });
    expect(within(words).getByRole('term')).toHaveTextContent(glossary.barium.term);
    expect(within(words).getByRole('definition')).toHaveTextContent(glossary.barium.definition);
  });

  it('lists its sources and its review dates', () => {
    renderPage();
    const sources = screen.getByRole('region', { name: 'Sources' });
    expect(within(sources).getByRole('link', { name: source.title })).toHaveAttribute('href', source.url);
    expect(screen.getByText('26 November 2026')).toHaveAttribute('datetime', '2026-11-26');
    expect(screen.getByText('26 November 2027')).toHaveAttribute('datetime', '2027-11-26');
  });

  it('links to the next page when there is one', () => {
    renderPage();
    expect(screen.getByRole('link', { name: /Next.*What happens on the day/ })).toHaveAttribute('href', '/procedure/');
  });

  it('has no Next link on the last page', () => {
    renderPage({ next: undefined });
    expect(screen.queryByRole('navigation', { name: 'Next page' })).not.toBeInTheDocument();
  });

  it('writes each JSON-LD block it is given, after the BreadcrumbList', () => {
    const { container } = renderPage();
    const blocks = jsonLdBlocks(container);
    expect(blocks.map((b) => b['@type'])).toEqual(['BreadcrumbList', 'MedicalWebPage', 'FAQPage']);
    expect(blocks.slice(1)).toEqual([pageData, faqData]);
  });

  it('writes only the BreadcrumbList when it is given no other data', () => {
    const { container } = renderPage({ jsonLd: undefined });
    expect(jsonLdBlocks(container).map((b) => b['@type'])).toEqual(['BreadcrumbList']);
  });
});
