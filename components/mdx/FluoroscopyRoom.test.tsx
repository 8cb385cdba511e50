import { render, screen, within } from '@testing-library/react';
import { FluoroscopyRoom } from './FluoroscopyRoom';

describe('<FluoroscopyRoom>', () => {
  it('is one image to assistive technology, named as a drawing of a fluoroscopy room', () => {
    render(<FluoroscopyRoom />);
    expect(screen.getAllByRole('img')).toHaveLength(1);
    expect(screen.getByRole('img')).toHaveAccessibleName(/^Drawing of a fluoroscopy room/);
  });

  it('has a visible caption that says in words what the drawing shows', () => {
    render(<FluoroscopyRoom />);
    const figure = screen.getByRole('figure');
    const caption = within(figure).getByText(/^A fluoroscopy room\./);
    expect(caption).toBeVisible();
    for (const part of ['table', 'X-ray tube', 'detector', 'screen']) expect(caption).toHaveTextContent(part);
  });
});

describe('<FluoroscopyRoom> description', () => {
  it('describes what the drawing shows, apart from its short name', () => {
    render(<FluoroscopyRoom />);
    const drawing = screen.getByRole('img', { name: 'Drawing of a fluoroscopy room' });
    expect(drawing).toHaveAccessibleDescription(/table.*X-ray tube.*detector.*screen/is);
  });
});
