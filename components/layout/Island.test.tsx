import { render } from '@testing-library/react';
import { Island } from './Island';

describe('<Island>', () => {
  it('renders the island into the page and leaves its props beside it as inert JSON data', () => {
    const props = { procedures: [{ slug: 'barium-swallow', title: 'Barium swallow' }], guides: [], origin: 'https://example.org' };
    const { container } = render(<Island name="clinic-builder" props={props} />);
    expect(container.querySelector('[data-island-root="clinic-builder"] [data-island="clinic-builder"]')).not.toBeNull();
    const data = container.querySelector('script[data-island-props="clinic-builder"]')!;
    expect(data).toHaveAttribute('type', 'application/json');
    expect(JSON.parse(data.textContent!)).toEqual(props);
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
