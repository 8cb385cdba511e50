import { render, screen, within } from '@testing-library/react';
import { SourcesList } from './SourcesList';

const sources = [
  {
    publisher: 'US Food and Drug Administration',
    title: 'Fluoroscopy',
    url: 'https://www.fda.gov/radiation-emitting-products/medical-x-ray-imaging/fluoroscopy',
  },
  {
    publisher: 'NHS',
    title: 'Barium swallow',
    url: 'https://www.nhs.uk/conditions/barium-swallow/',
  },
];

describe('<SourcesList>', () => {
  it('is a region headed "Sources"', () => {
    render(<SourcesList sources={sources} />);
    const region = screen.getByRole('region', { name: 'Sources' });
    expect(within(region).getByRole('heading', { level: 2, name: 'Sources' })).toBeInTheDocument();
  });

  it('names the publisher and links the title of each source', () => {
    render(<SourcesList sources={sources} />);
    const items = within(screen.getByRole('region', { name: 'Sources' })).getAllByRole('listitem');
    expect(items).toHaveLength(sources.length);
    sources.forEach((source, i) => {
      expect(items[i]).toHaveTextContent(`${source.publisher}: ${source.title}`);
      expect(within(items[i]).getByRole('link', { name: source.title })).toHaveAttribute('href', source.url);
    });
  });

  it('folds the list under its heading, with the number of sources in sight', () => {
    const { container } = render(<SourcesList sources={sources} />);
    const details = container.querySelector('details')!;
    expect(details).not.toHaveAttribute('open');
    expect(details.querySelector('summary')).toHaveTextContent('We checked the facts on this page against 2 sources');
    expect(screen.getByRole('heading', { name: 'Sources' }).closest('details')).toBeNull();
  });
});
