import { render, screen, within } from '@testing-library/react';
import { PageShell } from './PageShell';

describe('<PageShell>', () => {
  it('puts the header before the main content, which the skip link targets', () => {
    render(
      <PageShell current="/risks/">
        <h1>Risks and radiation safety</h1>
      </PageShell>,
    );
    const main = screen.getByRole('main');
    expect(main).toHaveAttribute('id', 'main');
    expect(within(main).getByRole('heading', { level: 1 })).toHaveTextContent('Risks and radiation safety');
    expect(screen.getByRole('banner').compareDocumentPosition(main) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('marks the current page in the main navigation', () => {
    render(<PageShell current="/risks/">text</PageShell>);
    for (const nav of screen.getAllByRole('navigation', { name: 'Main' })) {
      expect(within(nav).getByRole('link', { name: 'Risks and safety' })).toHaveAttribute('aria-current', 'page');
    }
  });
});
