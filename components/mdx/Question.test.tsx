import { render, screen } from '@testing-library/react';
import { Question } from './Question';

describe('<Question>', () => {
  it('uses an h3 by default and an h2 when asked', () => {
    const { rerender } = render(<Question q="How long does it take?">About 20 minutes.</Question>);
    expect(screen.getByRole('heading', { level: 3, name: 'How long does it take?' })).toBeInTheDocument();
    rerender(<Question q="How long does it take?" level={2}>About 20 minutes.</Question>);
    expect(screen.getByRole('heading', { level: 2 })).toBeInTheDocument();
  });

  it('gives the question an id of plain letters a link can carry, in English and in Spanish', () => {
    render(
      <>
        <Question q="Can I drive home?">Ask your team.</Question>
        <Question q="¿Cuánto tiempo estaré en el hospital? ¿Y mañana?">Unas horas.</Question>
      </>,
    );
    expect(screen.getByRole('heading', { name: 'Can I drive home?' })).toHaveAttribute('id', 'can-i-drive-home');
    expect(screen.getByRole('heading', { name: /Cuánto tiempo/ })).toHaveAttribute('id', 'cuanto-tiempo-estare-en-el-hospital-y-manana');
  });
});
