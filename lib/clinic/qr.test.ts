import jsQR from 'jsqr';
import QRCode from 'qrcode';
import { PNG } from 'pngjs';
import { FIELDS, type ClinicInstructions } from './fields';
import { encodeFragment, encodeFragmentV1, MAX_FRAGMENT_LENGTH } from './fragment';
import { appointmentLink } from './appointment-link';
import { handoutWidthMm, minimumPrintWidthCm, minimumPrintWidthMm, qrSvg, qrVersion, QR_VERSION_LIMIT, renderQr } from './qr';

const ORIGIN = 'https://fluoroscopy-guide.example.org';
const PREFIX = `${ORIGIN}/appointment/#`;

/** What most clinics add: their name, a phone number, when to arrive and when to stop eating. */
const typical: ClinicInstructions = {
  page: 'barium-swallow',
  clinic: 'Riverside Hospital X-ray',
  phone: '020 7946 0000',
  arrive: 'Arrive 30 minutes early.',
  fasting: 'Nothing to eat after 7 am. You can drink water until 9 am.',
};
const withWhere: ClinicInstructions = { ...typical, where: 'Main building, level 2. Follow signs to X-ray reception.' };

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
  return `${PREFIX}v1.${Buffer.from(JSON.stringify(short)).toString('base64url')}`;
}

const v1 = (data: ClinicInstructions) => `${PREFIX}${encodeFragmentV1(data)}`;
const v2 = (data: ClinicInstructions) => appointmentLink(ORIGIN, data);

/** Draws an SVG made by qrSvg into a PNG, a few pixels a module, by reading back its rectangles. */
function rasterise(svg: string, scale = 4): { data: Uint8ClampedArray; width: number; height: number } {
  const total = Number(/viewBox="0 0 (\d+) \1"/.exec(svg)![1]);
  const width = total * scale;
  const pixels = new Uint8ClampedArray(width * width * 4).fill(255);
  const d = /<path fill="#000000" d="([^"]*)"/.exec(svg)![1];
  for (const [, x, y, w] of d.matchAll(/M(\d+) (\d+)h(\d+)v1h-\3z/g)) {
    for (let py = Number(y) * scale; py < (Number(y) + 1) * scale; py += 1) {
      for (let px = Number(x) * scale; px < (Number(x) + Number(w)) * scale; px += 1) {
        pixels.fill(0, (py * width + px) * 4, (py * width + px) * 4 + 3);
      }
    }
  }
  return { data: pixels, width, height: width };
}

describe('link length and QR size', () => {
  it('typical instructions stay at QR version 10 in both formats, for the shortest and longest test names', async () => {
    expect([v1(typical).length, await qrVersion(v1(typical))]).toEqual([204, 10]);
    expect([v2(typical).length, await qrVersion(v2(typical))]).toEqual([201, 10]);
    const longName = { ...typical, page: 'small-bowel-follow-through' };
    expect([v1(longName).length, await qrVersion(v1(longName))]).toEqual([216, 11]);
    expect([v2(longName).length, await qrVersion(v2(longName))]).toEqual([213, 10]);
  });

  it('key=value is shorter than base64 JSON would be', async () => {
    expect([base64urlJson(withWhere).length, await qrVersion(base64urlJson(withWhere))]).toEqual([372, 15]);
    expect(await qrVersion(base64urlJson(everyFieldFull()))).toBe(31);
  });

  it('typical instructions with where to go need version 12', async () => {
    expect([v1(withWhere).length, await qrVersion(v1(withWhere))]).toEqual([263, 12]);
    expect([v2(withWhere).length, await qrVersion(v2(withWhere))]).toEqual([259, 12]);
    expect(await qrVersion(v2(withWhere))).toBeLessThanOrEqual(QR_VERSION_LIMIT);
  });

  it('one short sentence in each of the seven fields stays within the limit the builder warns at', async () => {
    const seven: ClinicInstructions = {
      ...withWhere,
      page: 'small-bowel-follow-through',
      phone: '+44 (0)20 7946 0000',
      medicines: 'Keep taking your usual medicines with a sip of water.',
      note: 'Bring a list of the medicines you take.',
    };
    expect(QR_VERSION_LIMIT).toBe(15);
    expect([v2(seven).length, await qrVersion(v2(seven))]).toEqual([375, 15]);
    expect(minimumPrintWidthMm(17 + 4 * QR_VERSION_LIMIT)).toBe(43);
  });

  it('every field full of plain English fits within the fragment limit, at version 26', async () => {
    const link = v2(everyFieldFull());
    expect(link.length - PREFIX.length).toBeLessThanOrEqual(MAX_FRAGMENT_LENGTH);
    expect([v1(everyFieldFull()).length, await qrVersion(v1(everyFieldFull()))]).toEqual([1031, 26]);
    expect([link.length, await qrVersion(link)]).toEqual([1027, 26]);
  });

  it('the longest link the builder can make needs QR version 26 at level M', async () => {
    const longest = `${PREFIX}${'v=1&p=barium-swallow&n='.padEnd(MAX_FRAGMENT_LENGTH, 'a')}`;
    expect([longest.length, await qrVersion(longest)]).toEqual([1051, 26]);
    const note = 'a'.repeat(MAX_FRAGMENT_LENGTH - encodeFragment({ page: 'barium-swallow', note: 'a' }).length + 1);
    const longestV2 = v2({ page: 'barium-swallow', note: note });
    expect([longestV2.length, await qrVersion(longestV2)]).toEqual([1051, 26]);
  });

  it('asks clinics to print at 0.5 mm a module or more, quiet zone included', () => {
    expect(minimumPrintWidthMm(57)).toBe(33); // version 10: (57 + 8) × 0.5 = 32.5
    expect(minimumPrintWidthMm(69)).toBe(39); // version 13
    expect(minimumPrintWidthMm(121)).toBe(65); // version 26
    expect(minimumPrintWidthCm(21)).toBe(2);
    expect(minimumPrintWidthCm(57)).toBe(4);
    expect(minimumPrintWidthCm(121)).toBe(7);
    expect(handoutWidthMm(21)).toBe(30);
    expect(handoutWidthMm(57)).toBe(33);
  });
});

describe('qrSvg', () => {
  it('draws each run of dark modules as one filled rectangle, inside a quiet zone of 4, on white', () => {
    // 3 × 3: dark, dark, light / light, dark, light / dark, dark, dark
    const svg = qrSvg({ size: 3, data: [1, 1, 0, 0, 1, 0, 1, 1, 1] });
    expect(svg).toBe(
      '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 11 11" width="88" height="88">' +
        '<rect width="11" height="11" fill="#ffffff"/><path fill="#000000" d="M4 4h2v1h-2zM5 5h1v1h-1zM4 6h3v1h-3z"/></svg>',
    );
    expect(svg).not.toMatch(/stroke|crispEdges/);
  });

  it('draws the same modules as the qrcode library, and reads back as the link', () => {
    const link = v2(withWhere);
    const code = QRCode.create(link, { errorCorrectionLevel: 'M' });
    const image = rasterise(qrSvg(code.modules));
    expect(image.width).toBe((code.modules.size + 8) * 4);
    expect(jsQR(image.data, image.width, image.height)?.data).toBe(link);
  });
});

describe('renderQr', () => {
  it('makes an SVG image URL of filled modules and a PNG that reads back as the same link', async () => {
    const link = v2(withWhere);
    const qr = await renderQr(link);
    expect(qr.svg).toMatch(/^data:image\/svg\+xml;charset=utf-8,%3Csvg/);
    expect(decodeURIComponent(qr.svg)).toContain('<path fill="#000000" d="M4 4h7v1h-7z');
    expect(qr.version).toBe(12);
    expect(qr.modules).toBe(65);
    expect(qr.png).toMatch(/^data:image\/png;base64,/);
    const png = PNG.sync.read(Buffer.from(qr.png!.split(',')[1], 'base64'));
    const read = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
    expect(read?.data).toBe(link);
    const svg = rasterise(decodeURIComponent(qr.svg.split(',')[1]));
    expect(jsQR(svg.data, svg.width, svg.height)?.data).toBe(link);
  });

  it('keeps what was typed out of the SVG markup except as encoded modules', async () => {
    const qr = await renderQr(v2({ page: 'barium-swallow', note: '<script>alert(1)</script>' }));
    expect(decodeURIComponent(qr.svg)).not.toContain('script');
    expect(decodeURIComponent(qr.svg.split(',')[1])).toMatch(/^<svg[^>]*><rect[^>]*\/><path fill="#000000" d="[Mhvz0-9 -]+"\/><\/svg>$/);
  });
});
