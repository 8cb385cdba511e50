import { screen, within } from '@testing-library/react';
import { renderToStaticMarkup } from 'react-dom/server';
import { searchStatusStrings } from '@/lib/i18n/search';
import { SearchResults } from './SearchResults';

/*
 * The search results island as the server writes it. What the script does
 * with it is tested in components/islands/search/enhance.test.tsx.
 */

const help = { tests: '/procedures/', questions: '/faq/' };

function serve(html: string) {
  document.body.innerHTML = html;
  return document.querySelector<HTMLElement>('[data-island-root="search"]')!;
}

/** A template's copy in the page, as the script makes it: template contents belong to no window until then. */
function template(root: HTMLElement, name: string): HTMLElement {
  const copy = document.createElement('div');
  copy.append(document.importNode(root.querySelector<HTMLTemplateElement>(`template[data-template="${name}"]`)!.content, true));
  document.body.append(copy);
  return copy;
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('<SearchResults>', () => {
  it('shows nothing without JavaScript: no box that cannot search, and an empty status region that will speak politely', () => {
    const root = serve(renderToStaticMarkup(<SearchResults locale="en" help={help} />));
    expect(screen.queryByRole('searchbox')).toBeNull();
    expect(screen.queryByRole('button')).toBeNull();
    expect(screen.queryByRole('link')).toBeNull();
    expect(root.querySelector('input, form')).toBeNull();
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
    expect(screen.getByRole('status')).toHaveAttribute('aria-live', 'polite');
    expect(root.querySelector('[data-island="search"]')).toHaveClass('site-search');
  });

  it("holds the header's own search form, for the script to put in the header", () => {
    const box = template(serve(renderToStaticMarkup(<SearchResults locale="en" help={help} />)), 'box');
    const form = box.querySelector('form')!;
    expect(form).toHaveAttribute('role', 'search');
    expect(form).toHaveAttribute('aria-label', 'Site');
    expect(form).toHaveAttribute('action', '/search/');
    expect(form.querySelector('label[for="site-search"]')).toHaveTextContent('Search this guide');
    expect(form.querySelector('input#site-search')).toHaveAttribute('maxlength', '250');
  });

  it('holds the words around the results, and the links for a reader who found nothing, in the page’s language', () => {
    const parts = template(serve(renderToStaticMarkup(<SearchResults locale="es" help={{ tests: '/es/procedimientos/', questions: '/es/preguntas-frecuentes/' }} />)), 'parts');
    expect(parts.querySelector('[data-slot="did-you-mean"]')).toHaveTextContent(/^¿Quiso decir …\?$/);
    expect(parts.querySelector('[data-slot="more"]')).toHaveTextContent('Ver más resultados');
    expect(parts.querySelector('ol.search-results')).toBeEmptyDOMElement();
    const none = parts.querySelector<HTMLElement>('[data-slot="none"]')!;
    expect(within(none).getByRole('link', { name: 'la lista de pruebas' })).toHaveAttribute('href', '/es/procedimientos/');
    expect(within(none).getByRole('link', { name: 'las preguntas frecuentes' })).toHaveAttribute('href', '/es/preguntas-frecuentes/');
  });

  it('holds a result with a heading link, a section line and an excerpt', () => {
    const hit = template(serve(renderToStaticMarkup(<SearchResults locale="en" help={help} />)), 'hit');
    expect(hit.querySelector('li > h2 > a')).not.toBeNull();
    expect(hit.querySelector('[data-slot="section"]')).toHaveTextContent(/^Section: …$/);
    expect(hit.querySelector('[data-slot="excerpt"]')).toBeEmptyDOMElement();
  });

  it("gives the script the status lines of the page's language only", () => {
    const root = serve(renderToStaticMarkup(<SearchResults locale="es" help={help} />));
    const data = document.querySelector('script[type="application/json"][data-island-props="search"]')!;
    expect(root.nextElementSibling).toBe(data);
    expect(JSON.parse(data.textContent!)).toEqual({ status: searchStatusStrings.es });
    expect(data.textContent).not.toContain(searchStatusStrings.en.searching);
  });
});
