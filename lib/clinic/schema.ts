import { z } from 'zod';
import { fieldByName, type FieldName } from './fields';

// This schema runs in the browser under a CSP without 'unsafe-eval'. Zod would
// otherwise probe for eval with `new Function`, which the policy blocks and reports.
z.config({ jitless: true });

/** Digits, spaces, +, - and brackets: what people write on a letter, and nothing a link could misuse. */
export const PHONE_PATTERN = /^[0-9 +\-()]+$/;

/**
 * Characters that are never part of a clinic's instructions: control
 * characters (line breaks included, see normaliseText) and the Unicode
 * direction marks that can make text display in a different order from how
 * it is stored, which could disguise a phone number.
 */
// eslint-disable-next-line no-control-regex
export const UNSAFE_CHARACTERS = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

export const VERSION_1 = '1';

const text = (name: FieldName) =>
  z
    .string()
    .trim()
    .min(1)
    .max(fieldByName(name).max)
    .refine((value) => !UNSAFE_CHARACTERS.test(value), 'contains characters that cannot be used');

const phone = text('phone')
  .regex(PHONE_PATTERN, 'can only contain digits, spaces, brackets, + and -')
  .refine((value) => /[0-9]/.test(value), 'must contain a number');

/**
 * The one schema for a version 1 payload: the decoded key/value pairs of a
 * link, with the one-letter keys of lib/clinic/fields.ts. The list of known
 * page slugs is passed in, so tests do not depend on the content folder.
 * The builder checks its answers with this same schema before making a link.
 */
export function payloadSchemaV1(pages: readonly string[]) {
  const known = new Set(pages);
  return z.strictObject({
    v: z.literal(VERSION_1),
    p: z.string().refine((slug) => known.has(slug), 'is not a page of this guide'),
    c: text('clinic').optional(),
    t: phone.optional(),
    w: text('where').optional(),
    a: text('arrive').optional(),
    f: text('fasting').optional(),
    m: text('medicines').optional(),
    n: text('note').optional(),
  });
}

export type PayloadV1 = z.infer<ReturnType<typeof payloadSchemaV1>>;
export type PayloadIssue = z.core.$ZodIssue;
