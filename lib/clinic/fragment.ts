import { FIELDS, normaliseText, type ClinicInstructions } from './fields';
import { checkOf, CHECK_PATTERN } from './check';
import { parsePayload, payloadSchemaV1, payloadSchemaV2, VERSION_1, VERSION_2, type PayloadIssue, type PayloadV1 } from './schema';

/*
 * The part of a patient link after "#". Browsers never send it to a server,
 * so the clinic's words stay between the letter and the patient's browser.
 * The format is described in lib/clinic/README.md.
 */

/**
 * The longest fragment we make or read. Every answer at its limit in plain
 * English fits; text that needs a lot of percent-encoding (other alphabets,
 * many symbols) may not, and the builder then asks for shorter answers. It
 * keeps the QR code at version 26 or below at error-correction level M.
 */
export const MAX_FRAGMENT_LENGTH = 1000;

export type DecodeReason =
  | 'empty'
  | 'malformed'
  | 'unknown-version'
  | 'unknown-page'
  | 'too-long'
  | 'invalid-field'
  /** A version 2 link whose check does not match what is left of it: cut short, or changed by hand. */
  | 'incomplete';
export type DecodeResult = { ok: true; data: ClinicInstructions } | { ok: false; reason: DecodeReason };

type Wire = Record<string, string>;

// Characters encodeURIComponent escapes but a fragment may hold as they are (RFC 3986 pchar):
// leaving them makes links shorter and easier to read aloud.
const KEEP = new Map([
  ['%2C', ','],
  ['%2F', '/'],
  ['%3A', ':'],
  ['%3B', ';'],
  ['%40', '@'],
  ['%3F', '?'],
  ['%24', '$'],
]);

// Mail programs and word processors leave these off the end of a link they
// detect in text, so the last character of a link is never one of them.
const TRAILING_PUNCTUATION = /[.,:;!?'()*]$/;

function encodeValue(value: string): string {
  return encodeURIComponent(value)
    .replace(/%20/g, '+')
    .replace(/%2C|%2F|%3A|%3B|%40|%3F|%24/g, (escape) => KEEP.get(escape)!);
}

function toWireV1(data: ClinicInstructions): Wire {
  const wire: Wire = { v: VERSION_1, p: data.page };
  for (const field of FIELDS) {
    const value = normaliseText(data[field.name] ?? '');
    if (value) wire[field.key] = value;
  }
  return wire;
}

/**
 * A version 1 fragment, "v=1&p=barium-swallow&c=Riverside+Hospital", without the "#". Fields are written in a
 * fixed order. The builder no longer writes version 1; this stays so tests can make the links already on paper.
 */
export function encodeFragmentV1(data: ClinicInstructions): string {
  const fragment = Object.entries(toWireV1(data))
    .map(([key, value]) => `${key}=${encodeValue(value)}`)
    .join('&');
  return TRAILING_PUNCTUATION.test(fragment)
    ? `${fragment.slice(0, -1)}%${fragment.charCodeAt(fragment.length - 1).toString(16).toUpperCase()}`
    : fragment;
}

/** The fields of a set of answers by key, tidied, empty ones left out, in the fixed order. */
function fieldsOf(data: ClinicInstructions): Wire {
  const wire: Wire = {};
  for (const field of FIELDS) {
    const value = normaliseText(data[field.name] ?? '');
    if (value) wire[field.key] = value;
  }
  return wire;
}

/** A version 2 fragment without its check: "2.barium-swallow&cRiverside+Hospital&t020+7946+0000". */
function bodyV2(page: string, fields: Wire): string {
  return [`${VERSION_2}.${page}`, ...Object.entries(fields).map(([key, value]) => `${key}${encodeValue(value)}`)].join('&');
}

/**
 * The fragment the builder writes (version 2), without the "#":
 * "2.barium-swallow&cRiverside+Hospital&t020+7946+0000&Xq3k9A". The last part
 * is the check of everything before it (lib/clinic/check.ts), so a link cut
 * short or changed by hand is known to be incomplete. The check is base64url and
 * ends in a letter, so the link never ends in punctuation that mail programs drop.
 */
export function encodeFragment(data: ClinicInstructions): string {
  const body = bodyV2(data.page, fieldsOf(data));
  return `${body}&${checkOf(body)}`;
}

/** The answers as a version 2 payload, for checking with the one schema (the builder uses this). */
export function payloadOf(data: ClinicInstructions): Wire {
  return { p: data.page, ...fieldsOf(data) };
}

function decodeValue(value: string): string | undefined {
  try {
    return decodeURIComponent(value.replace(/\+/g, ' '));
  } catch {
    // A broken escape such as "%E0%A4" or "%zz".
    return undefined;
  }
}

/** The key/value pairs of a fragment, or undefined when it is not in that form at all. */
function parsePairs(raw: string): Wire | undefined {
  const pairs = new Map<string, string>();
  for (const part of raw.split('&')) {
    const equals = part.indexOf('=');
    if (equals < 1) return undefined;
    const key = part.slice(0, equals);
    const value = decodeValue(part.slice(equals + 1));
    if (!/^[a-z]{1,8}$/.test(key) || value === undefined || pairs.has(key)) return undefined;
    pairs.set(key, value);
  }
  return Object.fromEntries(pairs);
}

function reasonOf(issues: PayloadIssue[]): DecodeReason {
  if (issues.some((issue) => issue.path[0] === 'p')) return 'unknown-page';
  if (issues.some((issue) => issue.code === 'too_big')) return 'too-long';
  return 'invalid-field';
}

function fromPayloadV1(payload: PayloadV1): ClinicInstructions {
  const data: ClinicInstructions = { page: payload.p };
  for (const field of FIELDS) {
    const value = payload[field.key];
    if (value !== undefined) data[field.name] = value;
  }
  return data;
}

/**
 * Reads a version 2 fragment ("2.<page>&<key><value>...&<check>"). Anything
 * that does not carry the check of what it holds is 'incomplete'. The check is
 * of the fragment as the encoder would write it again, so a mail program that
 * writes a space as %20 or escapes an apostrophe changes nothing.
 */
function readV2(raw: string, pages: readonly string[]): DecodeResult {
  const incomplete: DecodeResult = { ok: false, reason: 'incomplete' };
  const last = raw.lastIndexOf('&');
  if (last < 0 || !CHECK_PATTERN.test(raw.slice(last + 1))) return incomplete;
  const [first, ...parts] = raw.slice(0, last).split('&');
  const page = first.slice(VERSION_2.length + 1);
  const fields: Wire = {};
  const canonical: string[] = [`${VERSION_2}.${page}`];
  let repeated = false;
  for (const part of parts) {
    const key = part.slice(0, 1);
    const value = decodeValue(part.slice(1));
    if (!/^[a-z]$/.test(key) || value === undefined) return incomplete;
    if (Object.hasOwn(fields, key)) repeated = true;
    fields[key] = value;
    canonical.push(`${key}${encodeValue(value)}`);
  }
  if (checkOf(canonical.join('&')) !== raw.slice(last + 1)) return incomplete;
  // Whole, as its check says: what is wrong now was written so, and gets the reason of version 1.
  if (repeated) return { ok: false, reason: 'malformed' };
  const parsed = parsePayload(payloadSchemaV2(pages), { p: page, ...fields });
  if (!parsed.success) return { ok: false, reason: reasonOf(parsed.issues) };
  const data: ClinicInstructions = { page: parsed.data.p };
  for (const field of FIELDS) {
    const value = parsed.data[field.key];
    if (value !== undefined) data[field.name] = value;
  }
  return { ok: true, data };
}

/**
 * One reader per version ever published. Links on paper last for years, so a
 * reader is never removed: a new format gets a new version and a new reader.
 * Version 1 is key=value pairs with a "v" key; later versions start with their
 * number and a full stop.
 */
const PAIR_READERS: Record<string, (wire: Wire, pages: readonly string[]) => DecodeResult> = {
  [VERSION_1]: (wire, pages) => {
    const parsed = parsePayload(payloadSchemaV1(pages), wire);
    return parsed.success ? { ok: true, data: fromPayloadV1(parsed.data) } : { ok: false, reason: reasonOf(parsed.issues) };
  },
};
const COMPACT_READERS: Record<string, (raw: string, pages: readonly string[]) => DecodeResult> = {
  [VERSION_2]: readV2,
};

const COMPACT_VERSION = /^([0-9]{1,3})\./;

/** The format version a fragment says it is written in ("1", "2"), or undefined when it names none. */
export function fragmentVersion(fragment: string): string | undefined {
  const raw = fragment.startsWith('#') ? fragment.slice(1) : fragment;
  const compact = COMPACT_VERSION.exec(raw);
  if (compact) return compact[1];
  return /^v=([^&]*)/.exec(raw)?.[1] || undefined;
}

/**
 * Reads a fragment (with or without its "#"). It never throws: anything it
 * cannot read fully gives a reason, and the page then shows general advice.
 */
export function decodeFragment(fragment: string, pages: readonly string[]): DecodeResult {
  const raw = fragment.startsWith('#') ? fragment.slice(1) : fragment;
  if (!raw) return { ok: false, reason: 'empty' };
  if (raw.length > MAX_FRAGMENT_LENGTH) return { ok: false, reason: 'too-long' };
  const compact = COMPACT_VERSION.exec(raw);
  if (compact) {
    const read = Object.hasOwn(COMPACT_READERS, compact[1]) ? COMPACT_READERS[compact[1]] : undefined;
    return read ? read(raw, pages) : { ok: false, reason: 'unknown-version' };
  }
  const wire = parsePairs(raw);
  if (!wire || wire.v === undefined) return { ok: false, reason: 'malformed' };
  const read = Object.hasOwn(PAIR_READERS, wire.v) ? PAIR_READERS[wire.v] : undefined;
  if (!read) return { ok: false, reason: 'unknown-version' };
  return read(wire, pages);
}

/** Problems with a set of answers, field by field, from the same schema the patient's page uses. */
export function checkInstructions(data: ClinicInstructions, pages: readonly string[]): PayloadIssue[] {
  const parsed = parsePayload(payloadSchemaV2(pages), payloadOf(data));
  return parsed.success ? [] : parsed.issues;
}
