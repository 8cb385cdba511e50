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

describe('<FluoroscopyRoom> labels', () => {
  it('are large enough to read on a phone: 14 px or more when the drawing is 343 px wide', () => {
    const { container } = render(<FluoroscopyRoom />);
    const width = Number(container.querySelector('svg')!.getAttribute('viewBox')!.split(' ')[2]);
    const size = Number(container.querySelector('.room-labels')!.getAttribute('font-size'));
    expect((size * 343) / width).toBeGreaterThanOrEqual(14);
    expect([...container.querySelectorAll('.room-labels text')].map((t) => t.textContent)).toEqual([
      'Detector (camera)',
      'X-ray tube',
      'C-arm',
      'Table',
      'Screen',
    ]);
  });
});
