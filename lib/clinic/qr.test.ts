import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { FIELDS, type ClinicInstructions } from './fields';
import { encodeFragment, MAX_FRAGMENT_LENGTH } from './fragment';
import { appointmentLink } from './link';
import { minimumPrintWidthCm, minimumPrintWidthMm, qrVersion, renderQr } from './qr';

const ORIGIN = 'https://fluoroscopy-guide.example.org';

const typical: ClinicInstructions = {
  page: 'barium-swallow',
  clinic: 'Riverside Hospital X-ray',
  phone: '020 7946 0000',
  where: 'Main building, level 2. Follow signs to X-ray reception.',
  arrive: 'Arrive 30 minutes early.',
  fasting: 'Nothing to eat after 7 am. You can drink water until 9 am.',
};

/** Plain English at every limit: the longest link the builder makes for ordinary text. */
function everyFieldFull(): ClinicInstructions {
  const words = 'please arrive early and bring your letter with you ';
  const data: ClinicInstructions = { page: 'small-bowel-follow-through' };
  for (const field of FIELDS) {
    data[field.name] = field.name === 'phone' ? '+44 (0)20 7946 0000 12345'.slice(0, field.max) : words.repeat(10).slice(0, field.max - 1) + 'x';
  }
  return data;
}

function base64urlJson(data: ClinicInstructions): string {
  const short = Object.fromEntries([['v', 1], ['p', data.page], ...FIELDS.filter((f) => data[f.name]).map((f) => [f.key, data[f.name]])]);
  return `${ORIGIN}/appointment/#v1.${Buffer.from(JSON.stringify(short)).toString('base64url')}`;
}

describe('link length and QR size', () => {
  it('the key=value format is shorter than base64 JSON for typical instructions', async () => {
    const link = appointmentLink(ORIGIN, typical);
    const alternative = base64urlJson(typical);
    expect(link.length).toBe(263);
    expect(alternative.length).toBe(372);
    expect(await qrVersion(link)).toBe(12);
    expect(await qrVersion(alternative)).toBe(15);
  });

  it('every field full of plain English fits within the fragment limit', async () => {
    const link = appointmentLink(ORIGIN, everyFieldFull());
    expect(link.length - `${ORIGIN}/appointment/#`.length).toBeLessThanOrEqual(MAX_FRAGMENT_LENGTH);
    expect(link.length).toBe(1031);
    expect(await qrVersion(link)).toBe(26);
    expect(await qrVersion(base64urlJson(everyFieldFull()))).toBe(31);
  });

  it('the longest link the builder can make needs QR version 26 at level M', async () => {
    const longest = `${ORIGIN}/appointment/#${'v=1&p=barium-swallow&n='.padEnd(MAX_FRAGMENT_LENGTH, 'a')}`;
    expect(longest.length).toBe(1051);
    expect(await qrVersion(longest)).toBe(26);
  });

  it('asks clinics to print larger codes for longer links', () => {
    expect(minimumPrintWidthMm(65)).toBe(26);
    expect(minimumPrintWidthMm(121)).toBe(46);
    expect(minimumPrintWidthCm(21)).toBe(2);
    expect(minimumPrintWidthCm(57)).toBe(3);
    expect(minimumPrintWidthCm(121)).toBe(5);
  });
});

describe('renderQr', () => {
  it('makes an SVG image URL and a PNG that reads back as the same link', async () => {
    const link = appointmentLink(ORIGIN, typical);
    const qr = await renderQr(link);
    expect(qr.svg).toMatch(/^data:image\/svg\+xml;charset=utf-8,%3Csvg/);
    expect(qr.version).toBe(12);
    expect(qr.modules).toBe(65);
    expect(qr.png).toMatch(/^data:image\/png;base64,/);
    const png = PNG.sync.read(Buffer.from(qr.png!.split(',')[1], 'base64'));
    const read = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
    expect(read?.data).toBe(link);
  });

  it('keeps what was typed out of the SVG markup except as encoded modules', async () => {
    const qr = await renderQr(`${ORIGIN}/appointment/#${encodeFragment({ page: 'barium-swallow', note: '<script>alert(1)</script>' })}`);
    expect(decodeURIComponent(qr.svg)).not.toContain('script');
  });
});
