import { z } from 'zod';
import { dataSources } from '@/content/data/sources';
import { complications, factors, rules, signs } from '@/content/data/safety';

/*
 * Checks content/data/safety.ts when the site builds, so a mistake in a
 * warning sign stops the build with the sign and the field named.
 */

const sourceKey = z.string().refine((key) => Object.hasOwn(dataSources, key), 'is not a key of content/data/sources.ts');
const sentence = z.string().regex(/^[A-Z].*[.]$/, 'must be a full sentence that starts with a capital and ends with a full stop');

export const signSchema = z.strictObject({
  level: z.enum(['emergency', 'urgent', 'non-urgent']).describe('How fast to act'),
  text: z
    .string()
    .min(10)
    .max(180)
    .regex(/^[a-z]/, 'must start in lower case: it finishes the card heading, e.g. "Call ... if:"')
    .refine((text) => !/[.;:]$/.test(text), 'must not end with punctuation')
    .describe('What the reader notices'),
  action: sentence.max(200).optional().describe('What to do besides the call'),
  sources: z.array(sourceKey).min(1, 'must name at least one source').describe('Keys into content/data/sources.ts'),
});

const signKey = z.string().refine((key) => Object.hasOwn(signs, key), 'is not a warning sign in content/data/safety.ts');
const ruleKey = z.string().refine((key) => Object.hasOwn(rules, key), 'is not a rule in content/data/safety.ts');

export const factorSchema = z
  .strictObject({
    label: z.string().min(3),
    signs: z.array(signKey),
    rule: ruleKey.optional(),
    sources: z.record(signKey, z.array(sourceKey).min(1)).optional(),
  })
  .refine(
    (factor) => Object.keys(factor.sources ?? {}).every((sign) => factor.signs.includes(sign)),
    { path: ['sources'], message: 'names a sign this factor does not bring' },
  );

export const ruleSchema = z.strictObject({
  title: z.string().min(3),
  text: z.array(sentence).min(1),
  sources: z.array(sourceKey).min(1, 'must name at least one source'),
});

const complicationSchema = z.strictObject({ name: z.string(), pattern: z.instanceof(RegExp), signs: z.array(signKey).min(1) });

export class SafetyDataError extends Error {
  constructor(where: string, field: string, problem: string) {
    super(`Safety data error in content/data/safety.ts: ${where}, field "${field}" ${problem}`);
    this.name = 'SafetyDataError';
  }
}

function check(kind: string, entries: [string, unknown][], schema: z.ZodType) {
  for (const [id, value] of entries) {
    const result = schema.safeParse(value);
    if (!result.success) {
      const issue = result.error.issues[0];
      throw new SafetyDataError(`${kind} "${id}"`, issue.path.join('.') || '(whole entry)', issue.message);
    }
  }
}

/** Throws a SafetyDataError naming the entry and the field for the first mistake. */
export function validateSafetyData(data = { signs, factors, rules, complications }): void {
  check('sign', Object.entries(data.signs), signSchema);
  check('factor', Object.entries(data.factors), factorSchema);
  check('rule', Object.entries(data.rules), ruleSchema);
  check('complication', data.complications.map((c) => [c.name, c] as [string, unknown]), complicationSchema);
}
