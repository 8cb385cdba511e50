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
  'barium-after': [
    {
      text: 'Your body does not absorb barium. It passes through your gut and leaves in your poop (stool).',
      sources: ['stSmallBowel'],
    },
    {
      text: 'Your poop may be pale or white for a few days. This is normal, and it is only the barium.',
      sources: ['blackpoolBarium', 'stJamesBariumMeal'],
    },
    {
      text: 'Barium can make you constipated. Drink plenty of fluids, and eat fruit and other foods high in fiber, to help it pass.',
      sources: ['blackpoolBarium', 'stJamesBariumMeal'],
    },
    {
      text: 'If you do get constipated, a mild laxative from a pharmacy can help. Call your doctor if it has not cleared after 2 days.',
      sources: ['cancerNorthBarium', 'cancerIeBarium'],
    },
  ],

  // Needles, catheters and devices.
} satisfies Record<string, SharedParagraph[]>;

export type SharedTextId = keyof typeof sharedText;
