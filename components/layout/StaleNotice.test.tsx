import { render, screen } from '@testing-library/react';
import { StaleNotice } from './StaleNotice';

describe('<StaleNotice>', () => {
  it('tells a Spanish reader the English page has changed, and links to it in English', () => {
    render(<StaleNotice locale="es" source={{ href: '/risks/', locale: 'en' }} />);
    expect(screen.getByRole('note')).toHaveTextContent('La página en inglés cambió después de que hicimos esta traducción.');
    const link = screen.getByRole('link', { name: 'Vea la página en inglés' });
    expect(link).toHaveAttribute('href', '/risks/');
    expect(link).toHaveAttribute('hreflang', 'en');
  });
});
