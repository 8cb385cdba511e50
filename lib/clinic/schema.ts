import * as v from 'valibot';
import { fieldByName, type FieldName } from './fields';

// This schema runs in the patient's browser, so it uses valibot, whose
// functions are separate modules: the page carries only the checks it uses
// (about a kilobyte), and nothing is compiled at run time, so it runs under a
// CSP without 'unsafe-eval'.

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

/**
 * What is wrong with an answer, as a code: the builder says it in the page's
 * language (lib/i18n/clinic.ts), and the patient's page only needs to know it failed.
 */
export type IssueMessage = 'empty' | 'too-long' | 'unsafe' | 'phone-format' | 'needs-number';
const say = (message: IssueMessage) => message;

const text = (name: FieldName) =>
  v.pipe(
    v.string(),
    v.trim(),
    v.minLength(1, say('empty')),
    v.maxLength(fieldByName(name).max, say('too-long')),
    v.check((value) => !UNSAFE_CHARACTERS.test(value), say('unsafe')),
  );

const phone = v.pipe(
  text('phone'),
  v.regex(PHONE_PATTERN, say('phone-format')),
  v.check((value) => /[0-9]/.test(value), say('needs-number')),
);

/** The optional fields, by their one-letter keys: the same in every version so far. */
const fieldShape = {
  c: v.optional(text('clinic')),
  t: v.optional(phone),
  w: v.optional(text('where')),
  a: v.optional(text('arrive')),
  f: v.optional(text('fasting')),
  m: v.optional(text('medicines')),
  n: v.optional(text('note')),
};

function pageSchema(pages: readonly string[]) {
  const known = new Set(pages);
  return v.pipe(
    v.string(),
    v.check((slug) => known.has(slug), 'is not a page of this guide'),
  );
}

/**
 * The one schema for a version 1 payload: the decoded key/value pairs of a
 * link, with the one-letter keys of lib/clinic/fields.ts. The list of known
 * page slugs is passed in, so tests do not depend on the content folder.
 */
export function payloadSchemaV1(pages: readonly string[]) {
  return v.strictObject({ v: v.literal(VERSION_1), p: pageSchema(pages), ...fieldShape });
}

/**
 * The schema for a version 2 payload, once its check has passed: the same
 * fields and limits as version 1, without the version key (the version is the
 * link's first character). The builder checks its answers with this schema.
 */
export function payloadSchemaV2(pages: readonly string[]) {
  return v.strictObject({ p: pageSchema(pages), ...fieldShape });
}

export type PayloadV1 = v.InferOutput<ReturnType<typeof payloadSchemaV1>>;

/** One problem with a payload: the key it is about, what kind of problem, and its message code (an IssueMessage, or valibot's own words for a wrong type or key). */
export type PayloadIssue = { path: string[]; code: 'too_big' | 'too_small' | 'invalid_format' | 'invalid_type' | 'unrecognized_key' | 'custom'; message: string };

const CODES: Record<string, PayloadIssue['code']> = {
  max_length: 'too_big',
  min_length: 'too_small',
  regex: 'invalid_format',
  check: 'custom',
};

type Schema = ReturnType<typeof payloadSchemaV1> | ReturnType<typeof payloadSchemaV2>;

/** Checks a payload against one of the schemas above; every problem is reported, in field order. */
export function parsePayload<S extends Schema>(
  schema: S,
  input: unknown,
): { success: true; data: v.InferOutput<S> } | { success: false; issues: PayloadIssue[] } {
  const result = v.safeParse(schema, input);
  if (result.success) return { success: true, data: result.output };
  return {
    success: false,
    issues: result.issues.map((issue) => ({
      path: (issue.path ?? []).map((item) => String(item.key)),
      code: CODES[issue.type] ?? (issue.type === 'strict_object' ? 'unrecognized_key' : 'invalid_type'),
      message: issue.message,
    })),
  };
}
