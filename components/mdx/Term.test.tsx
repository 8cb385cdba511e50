import { render, screen } from '@testing-library/react';
import { Term } from './Term';
import { termExamples } from './Term.examples';

describe('<Term>', () => {
  it('links the word to its glossary entry and is described by a visible definition', () => {
    render(termExamples['term with its definition list']);
    const link = screen.getByRole('link', { name: 'X-ray dye (contrast)' });
    expect(link).toHaveAttribute('href', '/glossary/#contrast');
    expect(link).toHaveAccessibleDescription(/shows up clearly on X-ray/);
    expect(link).not.toHaveAttribute('title');
  });

  it('refuses a word that has no glossary entry, so the build fails', () => {
    expect(() => render(<Term id="not-a-word">word</Term>)).toThrow(/no entry in content\/data\/glossary.ts/);
  });
});
