import { dataSources } from './sources';
import type { Source } from '../schema/source';

/**
 * Typical adult effective doses, in millisieverts (mSv). Every number carries
 * its source. Where sources disagree, the entry is a range that spans them.
 * A test fails if an entry lacks a source or a procedure page shows a dose
 * that is not here.
 */
export type DoseEntry = {
  label: string;
  /** Lowest typical value in mSv. */
  min: number;
  /** Highest typical value in mSv; equal to min when sources agree. */
  max: number;
  sources: Source[];
  note?: string;
};

/** Natural background radiation in the US, mSv a year. */
export const BACKGROUND_MSV_PER_YEAR = 3;
export const backgroundSources: Source[] = [dataSources.mettler2008, dataSources.msdAnnualExposure];

export const doses = {
  'chest-x-ray': {
    label: 'Chest X-ray (one picture)',
    min: 0.02,
    max: 0.02,
    sources: [dataSources.ukPatientDose],
  },
  'barium-swallow': {
    label: 'Barium swallow',
    min: 1.5,
    max: 1.5,
    sources: [dataSources.ukPatientDose],
  },
  hysterosalpingogram: {
    label: 'Hysterosalpingogram (HSG)',
    min: 1.2,
    max: 1.2,
    sources: [dataSources.perisinakisHsg],
    note: 'From one study of 2003.',
  },
  'upper-gi-series': {
    label: 'Upper GI series (barium meal)',
    min: 3,
    max: 6,
    sources: [dataSources.ukPatientDose, dataSources.msdTypicalDoses],
    note: 'UK figures are lower than US figures because methods differ.',
  },
  'small-bowel-follow-through': {
    label: 'Small bowel follow-through',
    min: 3,
    max: 5,
    sources: [dataSources.ukPatientDose, dataSources.ibdDoseTable],
  },
  'contrast-enema': {
    label: 'Barium enema',
    min: 6,
    max: 8,
    sources: [dataSources.msdTypicalDoses, dataSources.ukPatientDose, dataSources.ibdDoseTable],
  },
  'voiding-cystourethrogram': {
    label: 'Voiding cystourethrogram (VCUG), children',
    min: 0.1,
    max: 1.7,
    sources: [dataSources.perisinakisVcug],
    note: 'Measured in 118 children in one study (2006). The dose depends on the child’s age and size.',
  },
  'swallow-study': {
    label: 'Videofluoroscopic swallow study',
    min: 0.85,
    max: 0.85,
    sources: [dataSources.crawleySwallowDose],
    note: 'The middle value for 21 adults in one study (2004).',
  },
  'coronary-angiography': {
    label: 'Coronary angiography',
    min: 7,
    max: 15,
    sources: [dataSources.msdTypicalDoses],
    note: 'About 7 mSv to look at the arteries; about 15 mSv if a stent is placed too.',
  },
  'interventional-procedures': {
    label: 'Interventional procedures (general range)',
    min: 5,
    max: 70,
    sources: [dataSources.mettler2008],
    note: 'Long, complex treatments are at the top of this range.',
  },
} satisfies Record<string, DoseEntry>;

export type DoseId = keyof typeof doses;
export const doseIds = Object.keys(doses) as DoseId[];

/** The comparisons shown on the risks page, smallest first. */
export const comparisonOrder: DoseId[] = [
  'chest-x-ray',
  'hysterosalpingogram',
  'barium-swallow',
  'upper-gi-series',
  'small-bowel-follow-through',
  'contrast-enema',
  'coronary-angiography',
];
