import { render, screen } from '@testing-library/react';
import { LanguageLink } from './LanguageLink';

describe('<LanguageLink>', () => {
  it('links to the twin page in its own language, marked so a screen reader uses the right voice', () => {
    render(<LanguageLink href="/es/riesgos/" locale="es" name="Español" />);
    const link = screen.getByRole('link', { name: 'Español' });
    expect(link).toHaveAttribute('href', '/es/riesgos/');
    expect(link).toHaveAttribute('lang', 'es');
    expect(link).toHaveAttribute('hreflang', 'es');
  });
});
