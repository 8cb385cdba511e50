import { FIELDS, normaliseText, type ClinicInstructions } from './fields';
import { payloadSchemaV1, VERSION_1, type PayloadIssue, type PayloadV1 } from './schema';

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

export type DecodeReason = 'empty' | 'malformed' | 'unknown-version' | 'unknown-page' | 'too-long' | 'invalid-field';
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

function toWire(data: ClinicInstructions): Wire {
  const wire: Wire = { v: VERSION_1, p: data.page };
  for (const field of FIELDS) {
    const value = normaliseText(data[field.name] ?? '');
    if (value) wire[field.key] = value;
  }
  return wire;
}

/** "v=1&p=barium-swallow&c=Riverside+Hospital", without the "#". Fields are written in a fixed order. */
export function encodeFragment(data: ClinicInstructions): string {
  const fragment = Object.entries(toWire(data))
    .map(([key, value]) => `${key}=${encodeValue(value)}`)
    .join('&');
  return TRAILING_PUNCTUATION.test(fragment)
    ? `${fragment.slice(0, -1)}%${fragment.charCodeAt(fragment.length - 1).toString(16).toUpperCase()}`
    : fragment;
}

/** The answers as a version 1 payload, for checking with the one schema (the builder uses this). */
export function payloadOf(data: ClinicInstructions): Wire {
  return toWire(data);
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
 * One reader per version ever published. Links on paper last for years, so a
 * reader is never removed: a new format gets a new version and a new reader.
 */
const READERS: Record<string, (wire: Wire, pages: readonly string[]) => DecodeResult> = {
  [VERSION_1]: (wire, pages) => {
    const parsed = payloadSchemaV1(pages).safeParse(wire);
    return parsed.success ? { ok: true, data: fromPayloadV1(parsed.data) } : { ok: false, reason: reasonOf(parsed.error.issues) };
  },
};

/**
 * Reads a fragment (with or without its "#"). It never throws: anything it
 * cannot read fully gives a reason, and the page then shows general advice.
 */
export function decodeFragment(fragment: string, pages: readonly string[]): DecodeResult {
  const raw = fragment.startsWith('#') ? fragment.slice(1) : fragment;
  if (!raw) return { ok: false, reason: 'empty' };
  if (raw.length > MAX_FRAGMENT_LENGTH) return { ok: false, reason: 'too-long' };
  const wire = parsePairs(raw);
  if (!wire || wire.v === undefined) return { ok: false, reason: 'malformed' };
  const read = Object.hasOwn(READERS, wire.v) ? READERS[wire.v] : undefined;
  if (!read) return { ok: false, reason: 'unknown-version' };
  return read(wire, pages);
}

/** Problems with a set of answers, field by field, from the same schema the patient's page uses. */
export function checkInstructions(data: ClinicInstructions, pages: readonly string[]): PayloadIssue[] {
  const parsed = payloadSchemaV1(pages).safeParse(toWire(data));
  return parsed.success ? [] : parsed.error.issues;
}
