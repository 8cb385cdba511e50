import { render, screen, within } from '@testing-library/react';
import { ClinicInstructionsBox } from './ClinicInstructionsBox';

const page = { title: 'Barium swallow', href: '/procedures/barium-swallow/', kind: 'procedure' as const };

describe('<ClinicInstructionsBox>', () => {
  it('marks the box as coming from the clinic, by name', () => {
    render(<ClinicInstructionsBox data={{ page: 'barium-swallow', clinic: 'Riverside' }} page={page} />);
    expect(screen.getByRole('region', { name: 'Instructions from Riverside' })).toHaveTextContent(
      'From your clinic: follow these first',
    );
  });

  it('shows each answer under its plain label, in the fixed order', () => {
    render(
      <ClinicInstructionsBox
        data={{ page: 'barium-swallow', note: 'Bring glasses', where: 'Level 2', medicines: 'Keep taking them' }}
        page={page}
      />,
    );
    const terms = screen.getAllByRole('term').map((dt) => dt.textContent);
    expect(terms).toEqual(['Your test', 'Where to go', 'Your medicines', 'Also']);
  });

  it('renders markup in answers as literal text, with no element made from it', () => {
    const hostile = '<img src=x onerror=alert(1)>';
    const { container } = render(
      <ClinicInstructionsBox data={{ page: 'barium-swallow', clinic: hostile, where: '**bold** <b>b</b>' }} page={page} />,
    );
    expect(screen.getByRole('heading', { name: `Instructions from ${hostile}` })).toBeInTheDocument();
    expect(screen.getByText('**bold** <b>b</b>')).toBeInTheDocument();
    expect(container.querySelector('img, b, strong, [onerror]')).toBeNull();
  });

  it('links the phone number with nothing but digits and +', () => {
    render(<ClinicInstructionsBox data={{ page: 'barium-swallow', phone: '+1 (555) 010-0199' }} page={page} />);
    const row = screen.getByText('Phone').parentElement!;
    expect(within(row).getByRole('link', { name: '+1 (555) 010-0199' })).toHaveAttribute('href', 'tel:+15550100199');
  });

  it('adds what is for paper: the address to type in, and the QR code beside the instructions', () => {
    render(
      <ClinicInstructionsBox
        data={{ page: 'barium-swallow' }}
        page={page}
        address="fluoroscopy-guide.example.org/procedures/barium-swallow/"
        aside={<p>QR here</p>}
      />,
    );
    expect(screen.getByText('Read about it at').nextSibling).toHaveTextContent('fluoroscopy-guide.example.org/procedures/barium-swallow/');
    expect(screen.getByText('QR here')).toBeInTheDocument();
  });

  it("speaks Spanish on a Spanish page, and shows the clinic's own words exactly as typed", () => {
    render(
      <ClinicInstructionsBox
        data={{ page: 'barium-swallow', where: 'Planta 2, rayos X', phone: '555 010 0199' }}
        page={{ ...page, title: 'Trago de bario' }}
        address="fluoroscopy-guide.example.org/es/procedimientos/trago-de-bario/"
        locale="es"
      />,
    );
    const box = screen.getByRole('region', { name: 'Instrucciones de su clínica' });
    expect(box).toHaveTextContent('De su clínica: siga esto primero');
    expect(screen.getAllByRole('term').map((dt) => dt.textContent)).toEqual(['Su prueba', 'Más información en', 'Teléfono', 'Adónde ir']);
    expect(screen.getByText('Planta 2, rayos X')).toBeInTheDocument();
  });

  it('places a footer after the instructions', () => {
    render(<ClinicInstructionsBox data={{ page: 'barium-swallow', note: 'Bring glasses' }} page={page} footer={<p>Printed today</p>} />);
    expect(screen.getByText('Bring glasses').compareDocumentPosition(screen.getByText('Printed today'))).toBe(
      Node.DOCUMENT_POSITION_FOLLOWING,
    );
  });
});
