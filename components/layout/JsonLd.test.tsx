import { render } from '@testing-library/react';
import { renderToStaticMarkup } from 'react-dom/server';
import { JsonLd } from './JsonLd';

const hostile = { '@type': 'Thing', name: 'Barium </script><script>alert(1)</script> swallow' };

describe('<JsonLd>', () => {
  it('writes the data as a JSON-LD data block that reads back as the same data', () => {
    const data = { '@context': 'https://schema.org', '@type': 'WebSite', name: 'Fluoroscopy Guide' };
    const { container } = render(<JsonLd data={data} />);
    const script = container.querySelector('script');
    expect(script).toHaveAttribute('type', 'application/ld+json');
    expect(JSON.parse(script?.textContent ?? '')).toEqual(data);
  });

  it('escapes "<" as \\u003c, so the text has no raw "<" and still reads back the same', () => {
    const { container } = render(<JsonLd data={hostile} />);
    const text = container.querySelector('script')?.textContent ?? '';
    expect(text).not.toContain('<');
    expect(text).toContain('\\u003c/script>');
    expect(JSON.parse(text)).toEqual(hostile);
  });

  it('cannot be closed early by "</script>" inside the data, in the HTML the server writes', () => {
    const html = renderToStaticMarkup(<JsonLd data={hostile} />);
    expect(html.match(/<\/script/gi)).toHaveLength(1);
    const doc = new DOMParser().parseFromString(`<!doctype html><body>${html}`, 'text/html');
    const scripts = doc.querySelectorAll('script');
    expect(scripts).toHaveLength(1);
    expect(JSON.parse(scripts[0].textContent ?? '')).toEqual(hostile);
  });
});
