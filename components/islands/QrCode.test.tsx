import { render, screen, waitFor } from '@testing-library/react';
import { QrCode } from './QrCode';

const link = 'https://fluoroscopy-guide.example.org/appointment/#v=1&p=barium-swallow&n=%3Cscript%3E';

describe('<QrCode>', () => {
  it('shows the code as an image of an SVG data URL, never as inline markup', async () => {
    const { container } = render(<QrCode value={link} alt="QR code of the link" />);
    const image = await screen.findByRole('img', { name: 'QR code of the link' });
    expect(image.getAttribute('src')).toMatch(/^data:image\/svg\+xml;charset=utf-8,/);
    expect(container.querySelector('svg, script')).toBeNull();
    expect(container.querySelector('[data-qr-value]')).toHaveAttribute('data-qr-value', link);
  });

  it('offers SVG and PNG downloads, and says how big to print', async () => {
    render(<QrCode value={link} alt="QR code" downloadName="qr-test" sizeAdvice />);
    const svg = await screen.findByRole('link', { name: /as SVG/ });
    expect(svg).toHaveAttribute('download', 'qr-test.svg');
    expect(screen.getByRole('link', { name: /as PNG/ })).toHaveAttribute('href', expect.stringMatching(/^data:image\/png;base64,/));
    expect(screen.getByText(/Print it at least \d cm/)).toBeInTheDocument();
  });

  it('prints at 0.5 mm a module or more, never under 30 mm', async () => {
    const { rerender } = render(<QrCode value={link} alt="QR code" printSized />);
    expect(await screen.findByRole('img')).toHaveClass('print:w-[30mm]');
    const typical = link.padEnd(201, 'a'); // version 10: (57 + 8) × 0.5 mm
    rerender(<QrCode value={typical} alt="QR code" printSized />);
    await waitFor(() => expect(screen.getByRole('img')).toHaveClass('print:w-[33mm]'));
    const long = link.padEnd(1051, 'a'); // the longest link the builder makes: version 26, (121 + 8) × 0.5 mm
    rerender(<QrCode value={long} alt="QR code" printSized />);
    await waitFor(() => expect(screen.getByRole('img')).toHaveClass('print:w-[65mm]'));
  });

  it('draws filled modules, not strokes', async () => {
    render(<QrCode value={link} alt="QR code" />);
    const svg = decodeURIComponent((await screen.findByRole('img')).getAttribute('src')!.split(',')[1]);
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" viewBox="0 0 (\d+) \1"/);
    expect(svg).toContain('<path fill="#000000" d="M4 4h7v1h-7z');
    expect(svg).not.toMatch(/stroke|crispEdges/);
  });

  it('warns when the code is denser than the limit given', async () => {
    const { rerender } = render(<QrCode value={link} alt="QR code" densityLimit={13} />);
    await screen.findByRole('img');
    expect(screen.queryByText(/this QR code is dense/)).toBeNull();
    rerender(<QrCode value={link.padEnd(400, 'a')} alt="QR code" densityLimit={13} />);
    expect(await screen.findByText(/this QR code is dense/)).toBeInTheDocument();
    expect(screen.getByText(/this QR code is dense/).closest('p')).toHaveTextContent('(version 15, 77 squares across)');
  });

  it('never offers the old code for download while a new one is being made', async () => {
    const { rerender } = render(<QrCode value={link} alt="QR code" downloadName="qr-test" />);
    await screen.findByRole('link', { name: /as SVG/ });
    rerender(<QrCode value={`${link}&c=new`} alt="QR code" downloadName="qr-test" />);
    // jsdom has no style sheet, so the class that hides the links (visibility: hidden) is checked.
    const links = screen.getByRole('list');
    expect(links).toHaveClass('invisible');
    await waitFor(() => expect(links).not.toHaveClass('invisible'));
    expect(screen.getByRole('link', { name: /as SVG/ }).getAttribute('href')).toBe(screen.getByRole('img').getAttribute('src'));
  });

  it('has no download links unless asked', async () => {
    render(<QrCode value={link} alt="QR code" />);
    await screen.findByRole('img');
    expect(screen.queryByRole('link')).toBeNull();
  });
});
