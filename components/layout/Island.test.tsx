import { render, screen } from '@testing-library/react';
import { Island } from './Island';

describe('<Island>', () => {
  it('renders the island into the page and leaves its props beside it as inert JSON data', () => {
    const help = { tests: '/procedures/', questions: '/faq/' };
    const { container } = render(<Island name="search" props={{ help }} />);
    expect(container.querySelector('[data-island-root="search"] [data-island="search"]')).not.toBeNull();
    expect(screen.getByRole('status')).toBeInTheDocument();
    const data = container.querySelector('script[data-island-props="search"]')!;
    expect(data).toHaveAttribute('type', 'application/json');
    expect(JSON.parse(data.textContent!)).toEqual({ help });
  });

  it('escapes "<" in the props so text cannot close the data element', () => {
    const { container } = render(
      <Island
        name="appointment"
        props={{
          pages: [],
          origin: 'https://example.org/</script><script>alert(1)</script>',
          siteName: 'Fluoroscopy Guide',
        }}
      >
        <p>The page&apos;s own markup</p>
      </Island>,
    );
    expect(container.querySelector('[data-island-root="appointment"] p')).toHaveTextContent("The page's own markup");
    const data = container.querySelector('script[data-island-props="appointment"]')!;
    expect(data.innerHTML).not.toContain('</script>');
    expect(JSON.parse(data.textContent!).origin).toBe('https://example.org/</script><script>alert(1)</script>');
  });
});
