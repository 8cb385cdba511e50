import { z } from 'zod';
import { doseIds } from '../data/doses';
import { durationIds } from '../data/durations';
import { factors, signs } from '../data/safety';
import { articleFields, reviewDatesInOrder } from './article';

export const bodyGroups = {
  digestive: 'Digestive system (food pipe, stomach and bowel)',
  swallowing: 'Swallowing',
  heart: 'Heart and blood vessels',
  'lines-tubes': 'Lines, tubes and catheters',
  'bones-joints': 'Bones and joints',
  spine: 'Spine and nerves',
  urinary: 'Kidneys and bladder',
  reproductive: 'Womb and fallopian tubes',
} as const;

export type BodyGroup = keyof typeof bodyGroups;

export const contrastKinds = {
  none: 'None',
  barium: 'Barium (a chalky drink or enema)',
  iodine: 'Iodine-based contrast (X-ray dye)',
  'barium-or-iodine': 'Barium, or iodine-based contrast in some cases',
  'iodine-or-gadolinium': 'Iodine-based X-ray dye, or MRI dye (gadolinium) when an MRI scan follows',
} as const;

export const settings = {
  outpatient: 'Outpatient: you go home the same day, soon after',
  'day-case': 'Day case: you go home the same day, after a rest',
  'day-case-or-overnight': 'Usually a day case; some people stay one night',
} as const;

const shortText = (max: number) => z.string().min(3).max(max);
const keysOf = <T extends Record<string, unknown>>(record: T) => Object.keys(record) as [keyof T & string, ...(keyof T & string)[]];

export const glanceSchema = z.strictObject({
  purpose: shortText(160).describe('What it checks or treats'),
  preparation: shortText(200).describe('Whether you need to fast or prepare, and how'),
  contrast: z.enum(keysOf(contrastKinds)).describe('Which contrast is used'),
  painRelief: shortText(160).describe('Pain relief or sedation usually used'),
  setting: z.enum(keysOf(settings)).describe('Outpatient, day case or overnight'),
  performedBy: shortText(160).describe('Who does it'),
  driving: shortText(160).describe('Whether you can drive home'),
  dose: z.enum(['depends', ...doseIds]).describe('Key into content/data/doses.ts, or "depends"'),
  duration: z
    .enum(['depends', ...durationIds])
    .describe('Key into content/data/durations.ts, or "depends"'),
});

export const procedureSchema = z
  .strictObject({
    ...articleFields,
    kind: z
      .enum(['test', 'treatment'])
      .default('test')
      .describe('A test looks for a problem and has results; a treatment (a device, a tube, an injection) has its own section headings'),
    group: z.enum(keysOf(bodyGroups)).describe('The body system the index lists it under'),
    otherNames: z.array(z.string().min(2)).default([]).describe('Other names patients may see on a letter'),
    related: z.array(z.string().regex(/^[a-z0-9-]+$/)).default([]).describe('Slugs of related procedures'),
    glance: glanceSchema.describe('The "At a glance" card at the top of the page'),
    safety: z
      .strictObject({
        applies: z
          .array(z.enum(keysOf(factors)))
          .min(1)
          .describe('What the test involves (keys of factors in content/data/safety.ts); its warning signs follow'),
        signs: z
          .array(z.enum(keysOf(signs)))
          .default([])
          .describe('Extra warning signs for this test only (keys of signs in content/data/safety.ts)'),
      })
      .describe('What applies to this test, for its "When to get help" cards'),
  })
  .refine(reviewDatesInOrder, { path: ['nextReview'], message: 'must be later than lastReviewed' });

export type ProcedureMeta = z.infer<typeof procedureSchema>;
export type Glance = z.infer<typeof glanceSchema>;
