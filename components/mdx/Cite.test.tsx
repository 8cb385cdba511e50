import { LEFT_OUT_OF_SEARCH } from '@/lib/search/index-rules';
import { render, screen, within } from '@testing-library/react';
import { dataSources } from '@/content/data/sources';
import { SourcesList } from '@/components/layout/SourcesList';
import { citationsFor } from '@/lib/content/citations';
import { Cite } from './Cite';

const sources = [dataSources.fdaFluoroscopy, dataSources.mettler2008, dataSources.ukPatientDose];
const citations = citationsFor(sources);

describe('<Cite>', () => {
  it("prints the source's number on this page and links to its entry in the Sources list", () => {
    render(
      <>
        <p>
          A chest X-ray gives a tiny dose.
          <Cite src="ukPatientDose" citations={citations} />
        </p>
        <SourcesList sources={sources} />
      </>,
    );
    const link = screen.getByRole('link', { name: 'source 3' });
    expect(link.closest('sup')).toHaveTextContent('[3]');
    const target = document.getElementById(link.getAttribute('href')!.slice(1));
    expect(target).not.toBeNull();
    expect(target!).toHaveTextContent(dataSources.ukPatientDose.title);
    const items = within(screen.getByRole('region', { name: 'Sources' })).getAllByRole('listitem');
    expect(items[2]).toBe(target);
  });

  it('cites several sources for one claim', () => {
    render(<Cite src="fdaFluoroscopy, mettler2008" citations={citations} />);
    expect(screen.getAllByRole('link').map((a) => a.getAttribute('aria-label'))).toEqual(['source 1', 'source 2']);
    expect(document.querySelector('sup')).toHaveTextContent('[1, 2]');
  });

  it('keeps its numbers out of the search index and its excerpts, by the selector the index leaves out', () => {
    render(<Cite src="fdaFluoroscopy" citations={citations} />);
    expect(LEFT_OUT_OF_SEARCH.some((selector) => document.querySelector('sup')!.matches(selector))).toBe(true);
  });

  it('fails the build when the page does not list the source', () => {
    expect(() => render(<Cite src="hseBariumEnema" citations={citations} />)).toThrow(/not in this page's sources/);
  });

  it('fails the build when used outside an article', () => {
    expect(() => render(<Cite src="fdaFluoroscopy" />)).toThrow(/needs the page's sources/);
  });
});
