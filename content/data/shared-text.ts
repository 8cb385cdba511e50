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
  'metformin-artery-dye': [
    {
      text: 'If you take metformin for diabetes, tell the team before the day. Some hospitals ask you to stop it for 48 hours after dye goes into an artery. Others let you keep taking it if your kidney tests are normal.',
      sources: ['uwMetforminIodinated', 'rbhtCoronaryAngiogram'],
    },
    {
      text: 'If you use insulin or other diabetes medicines, ask the team how to change your doses while you cannot eat. Only stop or change a medicine if your team tells you to.',
      sources: ['diabetesProcedurePrep'],
    },
  ],
  'spinal-needle-headache': [
    {
      text: 'A headache can start in the first few days, and often lasts a few days. It is usually worse when you sit or stand, and better when you lie flat.',
      sources: ['postMyelographyHeadache', 'nhsLumbarPuncture'],
    },
    {
      text: 'Lying down, drinking plenty of fluids, simple painkillers such as acetaminophen (paracetamol), and drinks with caffeine can help.',
      sources: ['waltonMyelogram', 'nhsLumbarPuncture'],
    },
  ],
} satisfies Record<string, SharedParagraph[]>;

export type SharedTextId = keyof typeof sharedText;
