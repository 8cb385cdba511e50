import { render, screen } from '@testing-library/react';
import { SITE_FEEDBACK_EMAIL, SITE_URL } from '@/lib/site';
import { ReportMistake } from './ReportMistake';

describe('<ReportMistake>', () => {
  it("links to an email with the page's full address in the subject", () => {
    render(<ReportMistake path="/procedures/myelogram/" />);
    const link = screen.getByRole('link', { name: 'Report a mistake on this page' });
    const href = new URL(link.getAttribute('href')!);
    expect(href.protocol).toBe('mailto:');
    expect(href.pathname).toBe(SITE_FEEDBACK_EMAIL);
    expect(href.searchParams.get('subject')).toBe(`Mistake on ${SITE_URL}/procedures/myelogram/`);
  });
});
