import { render, screen } from '@testing-library/react';
import { analyseSource } from '@/lib/content/compile/read';
import { faqExamples } from './FAQ.examples';

describe('<FAQ> and <Question>', () => {
  it('shows every question as a heading with its answer visible, with no script needed', () => {
    render(faqExamples['two questions']);
    expect(screen.getByRole('heading', { name: 'Does it hurt?' })).toBeInTheDocument();
    expect(screen.getByText('The X-ray itself does not hurt.')).toBeVisible();
    expect(screen.getByRole('link', { name: 'after the test' })).toHaveAttribute('href', '/after/');
  });

  it('lets code read the questions and answers from the MDX source', () => {
    const mdx = `<FAQ>\n<Question q="Does it hurt?">\nThe X-ray itself does **not** hurt.\n</Question>\n</FAQ>`;
    expect(analyseSource(mdx, 'faq.mdx', 'page').outline.faqs).toEqual([{ question: 'Does it hurt?', answer: 'The X-ray itself does not hurt.' }]);
  });
});
