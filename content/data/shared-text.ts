import type { DataSourceId } from './sources';

/**
 * Paragraphs several pages say in the same words (radiation reassurance,
 * barium after-effects), written once. Articles show them with
 * <SharedText id="..." />; each paragraph cites the sources behind it.
 */
export type SharedParagraph = { text: string; sources: DataSourceId[] };

export const sharedText = {
  // Radiation.
  'radiation-simple-test': [
    { text: 'Your own dose depends on your body size and how long the X-ray is on.', sources: ['fdaFluoroscopy'] },
    {
      text: 'Radiation skin injury is not a risk from a test like this. It happens only rarely, after long and complex treatments.',
      sources: ['fdaFluoroscopy'],
    },
  ],
  // Barium tests.

  // Needles, catheters and devices.
} satisfies Record<string, SharedParagraph[]>;

export type SharedTextId = keyof typeof sharedText;
