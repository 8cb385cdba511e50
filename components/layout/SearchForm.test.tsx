import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { SearchForm } from './SearchForm';

describe('<SearchForm>', () => {
  it('is a search landmark for the whole site', () => {
    render(<SearchForm />);
    expect(screen.getByRole('search', { name: 'Site' })).toBeInTheDocument();
  });

  it('has a labelled search box and a Search button', () => {
    render(<SearchForm />);
    expect(screen.getByRole('searchbox', { name: 'Search this guide' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Search' })).toHaveAttribute('type', 'submit');
  });

  it('sends the words to /search/?q=... with no script, as an ordinary GET form', async () => {
    render(<SearchForm />);
    await userEvent.type(screen.getByRole('searchbox', { name: 'Search this guide' }), 'barium');
    const form = screen.getByRole('search', { name: 'Site' });
    expect(form).toHaveAttribute('action', '/search/');
    expect(form).toHaveAttribute('method', 'get');
    expect(form).toHaveFormValues({ q: 'barium' });
  });

  it('stops at 250 characters, the most the search page reads', async () => {
    render(<SearchForm />);
    const box = screen.getByRole('searchbox', { name: 'Search this guide' });
    await userEvent.type(box, 'a'.repeat(270));
    expect(box).toHaveValue('a'.repeat(250));
  });
});
