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
const links = { appointment, understand, clinics: '/for-clinics/' };

const paths = ['I have an appointment', 'I want to understand fluoroscopy', 'I work at a clinic'];

/** The links in the box under one of the three path headings. */
function linksUnder(heading: string) {
  const box = screen.getByRole('heading', { level: 2, name: heading }).closest('li') as HTMLElement;
  return within(box)
    .queryAllByRole('link')
    .map((l) => [l.textContent, l.getAttribute('href')]);
}

describe('<HomePaths>', () => {
  it('offers the three ways in as headings', () => {
    render(<HomePaths guides={allGuides} {...links} />);
    for (const name of paths) expect(screen.getByRole('heading', { level: 2, name })).toBeInTheDocument();
  });

  it('gives someone with an appointment the test list and the guides for before, during and after', () => {
    render(<HomePaths guides={allGuides} {...links} />);
    expect(linksUnder('I have an appointment')).toEqual([
      ['Find your test', '/procedures/'],
      ['How to prepare', '/preparing/'],
      ['What happens on the day', '/procedure/'],
      ['After the test and your results', '/after/'],
    ]);
  });

  it('gives someone who wants to understand the explaining guides', () => {
    render(<HomePaths guides={allGuides} {...links} />);
    expect(linksUnder('I want to understand fluoroscopy')).toEqual([
      ['What is fluoroscopy?', '/what-is-fluoroscopy/'],
      ['What it is used for', '/uses/'],
      ['Risks and radiation safety', '/risks/'],
      ['Questions people ask', '/faq/'],
    ]);
  });

  it('sends clinic staff to the patient link maker', () => {
    render(<HomePaths guides={allGuides} {...links} />);
    expect(linksUnder('I work at a clinic')).toEqual([['Make a patient link', '/for-clinics/']]);
  });

  it('with no guides at all, still links to the test list and the clinic tool', () => {
    render(<HomePaths guides={[]} appointment={appointment.slice(0, 1)} understand={[]} clinics="/for-clinics/" />);
    expect(screen.getAllByRole('link').map((l) => l.getAttribute('href'))).toEqual(['/procedures/', '/for-clinics/']);
  });

  it('lists every guide under "All guides" with its summary', () => {
    render(<HomePaths guides={allGuides} {...links} />);
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
