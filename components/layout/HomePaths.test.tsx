import { render, screen, within } from '@testing-library/react';
import { HomePaths } from './HomePaths';

const allGuides = [
  { href: '/what-is-fluoroscopy/', title: 'What is fluoroscopy?', summary: 'A moving X-ray picture, like a video.' },
  { href: '/uses/', title: 'What it is used for', summary: 'The tests and treatments it helps with.' },
  { href: '/preparing/', title: 'How to prepare', summary: 'What to do before your test.' },
  { href: '/procedure/', title: 'What happens on the day', summary: 'From arriving to going home.' },
  { href: '/after/', title: 'After the test', summary: 'Going home and getting your results.' },
  { href: '/risks/', title: 'Risks and radiation safety', summary: 'How much radiation, and what it means.' },
  { href: '/faq/', title: 'Questions people ask', summary: 'Short answers to common questions.' },
];

const appointment = [
  { href: '/procedures/', label: 'Find your test' },
  { href: '/preparing/', label: 'How to prepare' },
  { href: '/procedure/', label: 'What happens on the day' },
  { href: '/after/', label: 'After the test and your results' },
];
const understand = [
  { href: '/what-is-fluoroscopy/', label: 'What is fluoroscopy?' },
  { href: '/uses/', label: 'What it is used for' },
  { href: '/risks/', label: 'Risks and radiation safety' },
  { href: '/faq/', label: 'Questions people ask' },
];
const ways = { appointment, understand, procedures: '/procedures/', clinics: '/for-clinics/' };

const paths = ['I have an appointment', 'I want to understand fluoroscopy'];

const tests = [
  { href: '/procedures/arthrogram/', title: 'Arthrogram' },
  { href: '/procedures/barium-swallow/', title: 'Barium swallow' },
];

/** The links in the box under one of the three path headings. */
function linksUnder(heading: string) {
  const box = screen.getByRole('heading', { level: 2, name: heading }).closest('li') as HTMLElement;
  return within(box)
    .queryAllByRole('link')
    .map((l) => [l.textContent, l.getAttribute('href')]);
}

describe('<HomePaths>', () => {
  it('offers the two patient paths as headings', () => {
    render(<HomePaths guides={allGuides} {...ways} />);
    for (const name of paths) expect(screen.getByRole('heading', { level: 2, name })).toBeInTheDocument();
  });

  it('gives someone with an appointment the test list and the guides for before, during and after', () => {
    render(<HomePaths guides={allGuides} {...ways} />);
    expect(linksUnder('I have an appointment')).toEqual([
      ['Find your test', '/procedures/'],
      ['How to prepare', '/preparing/'],
      ['What happens on the day', '/procedure/'],
      ['After the test and your results', '/after/'],
    ]);
  });

  it('gives someone who wants to understand the explaining guides', () => {
    render(<HomePaths guides={allGuides} {...ways} />);
    expect(linksUnder('I want to understand fluoroscopy')).toEqual([
      ['What is fluoroscopy?', '/what-is-fluoroscopy/'],
      ['What it is used for', '/uses/'],
      ['Risks and radiation safety', '/risks/'],
      ['Questions people ask', '/faq/'],
    ]);
  });

  it('lists every test it is given by name, straight after the patient paths', () => {
    render(<HomePaths guides={allGuides} tests={tests} {...ways} />);
    const section = screen.getByRole('region', { name: 'Find your test' });
    const links = within(section).getAllByRole('link').map((l) => [l.textContent, l.getAttribute('href')]);
    expect(links.slice(0, 2)).toEqual(tests.map((t) => [t.title, t.href]));
    expect(links[2][1]).toBe('/procedures/');
    const paths = screen.getByRole('heading', { name: 'I have an appointment' });
    expect(paths.compareDocumentPosition(section) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('sends clinic staff to the patient link maker in one small line at the end, not as a path of its own', () => {
    const { container } = render(<HomePaths guides={allGuides} tests={tests} {...ways} />);
    expect(screen.queryByRole('heading', { name: 'I work at a clinic' })).not.toBeInTheDocument();
    const clinic = screen.getByRole('link', { name: 'Make a patient link with your own instructions' });
    expect(clinic).toHaveAttribute('href', '/for-clinics/');
    expect(clinic.closest('p')).toHaveClass('text-base');
    const links = container.querySelectorAll('a');
    expect(links[links.length - 1]).toBe(clinic);
  });

  it('with no guides at all, still links to the test list and the clinic tool', () => {
    render(<HomePaths guides={[]} appointment={appointment.slice(0, 1)} understand={[]} procedures="/procedures/" clinics="/for-clinics/" />);
    expect(screen.getAllByRole('link').map((l) => l.getAttribute('href'))).toEqual(['/procedures/', '/for-clinics/']);
  });

  it('lists every guide under "All guides" with its summary', () => {
    render(<HomePaths guides={allGuides} {...ways} />);
    const heading = screen.getByRole('heading', { level: 2, name: 'All guides' });
    const list = heading.nextElementSibling as HTMLElement;
    const items = within(list).getAllByRole('listitem');
    expect(items).toHaveLength(allGuides.length);
    allGuides.forEach((guide, i) => {
      expect(within(items[i]).getByRole('link', { name: guide.title })).toHaveAttribute('href', guide.href);
      expect(items[i]).toHaveTextContent(guide.summary);
    });
  });
});
