import { render, screen, within } from '@testing-library/react';
import { SiteFooter } from './SiteFooter';

describe('<SiteFooter>', () => {
  it('is the contentinfo landmark with a "Getting help" heading', () => {
    render(<SiteFooter />);
    const footer = screen.getByRole('contentinfo');
    expect(within(footer).getByRole('heading', { name: 'Getting help' })).toBeInTheDocument();
  });

  it('says the guide is not medical advice and gives emergency numbers', () => {
    render(<SiteFooter />);
    const footer = screen.getByRole('contentinfo');
    expect(footer).toHaveTextContent('It is not medical advice.');
    expect(footer).toHaveTextContent(/In an emergency, call your local emergency number/);
    expect(footer).toHaveTextContent('911');
    expect(footer).toHaveTextContent('999');
  });

  it('links to About and the other help pages', () => {
    render(<SiteFooter />);
    const footer = screen.getByRole('contentinfo');
    expect(within(footer).getByRole('link', { name: 'About this guide' })).toHaveAttribute('href', '/about/');
    expect(within(footer).getByRole('link', { name: 'All tests' })).toHaveAttribute('href', '/procedures/');
    expect(within(footer).getByRole('link', { name: 'Glossary' })).toHaveAttribute('href', '/glossary/');
    expect(within(footer).getByRole('link', { name: 'For clinics' })).toHaveAttribute('href', '/for-clinics/');
  });

  it('says the site has no tracking and no cookies', () => {
    render(<SiteFooter />);
    expect(screen.getByRole('contentinfo')).toHaveTextContent(/no tracking and no cookies/);
  });
});
