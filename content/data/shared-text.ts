import type { DataSourceId } from './sources';

/**
 * Paragraphs several pages say in the same words (radiation reassurance,
 * barium after-effects), written once. Articles show them with
 * <SharedText id="..." />; each paragraph cites the sources behind it.
 */
export type SharedParagraph = { text: string; sources: DataSourceId[] };

export const sharedText = {
  // Radiation.
  // For any page: the balance of benefit and risk, said once.
  'radiation-benefit': [
    {
      text: 'When you need a test or treatment, its benefit is much greater than the small risk from the radiation.',
      sources: ['fdaFluoroscopy', 'usSafeMe'],
    },
  ],
  // For short diagnostic tests (barium tests, HSG, VCUG, arthrogram, myelogram): far below any skin effect.
  'radiation-simple-test': [
    { text: 'Your own dose depends on your body size and how long the X-ray is on.', sources: ['fdaFluoroscopy'] },
    {
      text: 'When you need a test, its benefit is much greater than the small risk from the radiation.',
      sources: ['fdaFluoroscopy', 'usSafeMe'],
    },
    {
      text: 'Radiation skin injury is not a risk from a test like this. It happens only rarely, after long and complex treatments.',
      sources: ['fdaFluoroscopy', 'healthAskExperts2'],
    },
  ],
  // For long or complex procedures (angiography, stents, pacemakers, some tube placements): skin injury is rare but real.
  'radiation-long-procedure': [
    {
      text: 'Long, complex procedures use more radiation than simple tests. Your own dose depends on your body size and how long the X-ray is on.',
      sources: ['fdaFluoroscopy', 'mettler2008'],
    },
    {
      text: 'When you need the procedure, its benefit is much greater than the small risk of cancer later in life.',
      sources: ['fdaFluoroscopy', 'usSafeMe'],
    },
    {
      text: 'Rarely, a long procedure can harm the skin where the X-ray beam went in. This happens after about 1 in 10,000 procedures guided by X-ray.',
      sources: ['internationalPreventionIncidents', 'balterSkinReactions'],
    },
    {
      text: 'You would not feel it at the time. A red or dark patch, like sunburn, or hair loss can show up days to weeks later.',
      sources: ['northSkinCare', 'allinaSkin'],
    },
    {
      text: 'If your dose was high, your team may ask you to have your skin checked.',
      sources: ['cuhSkin', 'northSkinCare'],
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
