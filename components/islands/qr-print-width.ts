import { handoutWidthMm } from '@/lib/clinic/qr';

// Printed widths from 30 mm to 70 mm in whole millimetres, written out so Tailwind finds the class names.
const PRINT_WIDTHS = [
  'print:w-[30mm]', 'print:w-[31mm]', 'print:w-[32mm]', 'print:w-[33mm]', 'print:w-[34mm]', 'print:w-[35mm]', 'print:w-[36mm]', 'print:w-[37mm]',
  'print:w-[38mm]', 'print:w-[39mm]', 'print:w-[40mm]', 'print:w-[41mm]', 'print:w-[42mm]', 'print:w-[43mm]', 'print:w-[44mm]', 'print:w-[45mm]',
  'print:w-[46mm]', 'print:w-[47mm]', 'print:w-[48mm]', 'print:w-[49mm]', 'print:w-[50mm]', 'print:w-[51mm]', 'print:w-[52mm]', 'print:w-[53mm]',
  'print:w-[54mm]', 'print:w-[55mm]', 'print:w-[56mm]', 'print:w-[57mm]', 'print:w-[58mm]', 'print:w-[59mm]', 'print:w-[60mm]', 'print:w-[61mm]',
  'print:w-[62mm]', 'print:w-[63mm]', 'print:w-[64mm]', 'print:w-[65mm]', 'print:w-[66mm]', 'print:w-[67mm]', 'print:w-[68mm]', 'print:w-[69mm]',
  'print:w-[70mm]',
];

/** The class that prints a code at its smallest safe width (lib/clinic/qr.ts), in whole millimetres, never under 30 mm. */
export function printWidthClass(modules: number): string {
  return PRINT_WIDTHS[Math.min(handoutWidthMm(modules) - 30, PRINT_WIDTHS.length - 1)];
}

/** The classes of a QR code image, the same in the builder and on the handout. */
export const QR_IMAGE_CLASS = 'h-auto max-w-none bg-paper [image-rendering:pixelated]';
