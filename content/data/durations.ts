import { dataSources } from './sources';
import type { Source } from '../schema/source';

/** How long a test usually takes, as a range, with its sources. */
export type DurationEntry = {
  min: number;
  max: number;
  unit: 'minutes' | 'hours';
  sources: Source[];
  note?: string;
};

export const durations = {
  'barium-swallow': {
    min: 15,
    max: 30,
    unit: 'minutes',
    sources: [dataSources.blackpoolBarium, dataSources.cancerIeBarium],
  },
  'upper-gi-series': { min: 20, max: 30, unit: 'minutes', sources: [dataSources.radiologyAssociatesUgi] },
  'small-bowel-follow-through': {
    min: 1,
    max: 3,
    unit: 'hours',
    sources: [dataSources.peaceHealthSbft],
    note: 'Sometimes up to 6 hours, because it depends on how fast the barium moves through your gut.',
  },
  'contrast-enema': {
    min: 30,
    max: 60,
    unit: 'minutes',
    sources: [dataSources.mayoBariumEnema, dataSources.hseBariumEnema],
  },
  hysterosalpingogram: {
    min: 15,
    max: 45,
    unit: 'minutes',
    sources: [dataSources.webmdHsg, dataSources.oregonImagingHsg],
    note: 'Most take 15 to 30 minutes; some centres allow up to 45.',
  },
  'voiding-cystourethrogram': { min: 30, max: 45, unit: 'minutes', sources: [dataSources.rileyVcug] },
  arthrogram: {
    min: 30,
    max: 60,
    unit: 'minutes',
    sources: [dataSources.tidewaterArthrogram, dataSources.stLukesArthrogram],
    note: 'The longer times include getting ready.',
  },
  myelogram: {
    min: 20,
    max: 30,
    unit: 'minutes',
    sources: [dataSources.waltonMyelogram],
    note: 'A CT scan usually follows straight after.',
  },
  'coronary-angiography': {
    min: 20,
    max: 60,
    unit: 'minutes',
    sources: [dataSources.wwlCoronaryAngiogram, dataSources.hullCoronaryAngiogram, dataSources.nbtCoronaryPci],
    note: 'It takes longer, often 1 to 2 hours, if a stent is put in too.',
  },
  angiography: { min: 30, max: 120, unit: 'minutes', sources: [dataSources.nhsAngiography] },
  'pacemaker-implantation': {
    min: 60,
    max: 90,
    unit: 'minutes',
    sources: [dataSources.hullPacemaker, dataSources.sghPacemaker],
  },
} satisfies Record<string, DurationEntry>;

export type DurationId = keyof typeof durations;
export const durationIds = Object.keys(durations) as DurationId[];
