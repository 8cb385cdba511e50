import * as z from 'zod/mini';
import { fieldByName, type FieldName } from './fields';

// This schema runs in the browser, so it uses zod's tree-shakable "mini" API to
// keep the page small. It also runs under a CSP without 'unsafe-eval': zod would
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
export const VERSION_2 = '2';

const text = (name: FieldName) =>
  z.string().check(
    z.trim(),
    z.minLength(1),
    z.maxLength(fieldByName(name).max),
    z.refine((value) => !UNSAFE_CHARACTERS.test(value), 'contains characters that cannot be used'),
  );

const phone = text('phone').check(
  z.regex(PHONE_PATTERN, 'can only contain digits, spaces, brackets, + and -'),
  z.refine((value) => /[0-9]/.test(value), 'must contain a number'),
);

/** The optional fields, by their one-letter keys: the same in every version so far. */
const fieldShape = {
  c: z.optional(text('clinic')),
  t: z.optional(phone),
  w: z.optional(text('where')),
  a: z.optional(text('arrive')),
  f: z.optional(text('fasting')),
  m: z.optional(text('medicines')),
  n: z.optional(text('note')),
};

function pageSchema(pages: readonly string[]) {
  const known = new Set(pages);
  return z.string().check(z.refine((slug) => known.has(slug), 'is not a page of this guide'));
}

/**
 * The one schema for a version 1 payload: the decoded key/value pairs of a
 * link, with the one-letter keys of lib/clinic/fields.ts. The list of known
 * page slugs is passed in, so tests do not depend on the content folder.
 */
export function payloadSchemaV1(pages: readonly string[]) {
  return z.strictObject({ v: z.literal(VERSION_1), p: pageSchema(pages), ...fieldShape });
}

/**
 * The schema for a version 2 payload, once its check has passed: the same
 * fields and limits as version 1, without the version key (the version is the
 * link's first character). The builder checks its answers with this schema.
 */
export function payloadSchemaV2(pages: readonly string[]) {
  return z.strictObject({ p: pageSchema(pages), ...fieldShape });
}

export type PayloadV1 = z.infer<ReturnType<typeof payloadSchemaV1>>;
export type PayloadIssue = z.core.$ZodIssue;
