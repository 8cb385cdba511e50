import { builderStrings, type BuilderStrings } from '@/lib/i18n/clinic-builder';
import { FIELDS, normaliseText, type ClinicInstructions, type FieldName } from './fields';
import { checkInstructions, encodeFragment, MAX_FRAGMENT_LENGTH } from './fragment';
import type { PayloadIssue } from './schema';

/** What the clinic has typed so far, as typed. */
export type BuilderValues = { page: string } & Record<FieldName, string>;
export type BuilderField = 'page' | FieldName;
export type BuilderErrors = Partial<Record<BuilderField, string>>;

export const EMPTY_VALUES: BuilderValues = {
  page: '',
  ...(Object.fromEntries(FIELDS.map((f) => [f.name, ''])) as Record<FieldName, string>),
};

/** The answers as the link will carry them: tidied, and empty ones left out. */
export function instructionsOf(values: BuilderValues): ClinicInstructions {
  const data: ClinicInstructions = { page: values.page };
  for (const field of FIELDS) {
    const value = normaliseText(values[field.name]);
    if (value) data[field.name] = value;
  }
  return data;
}

/** How many characters count towards a field's limit: the tidied text, as the link carries it. */
export function countOf(value: string): number {
  return normaliseText(value).length;
}

function messageOf(issue: PayloadIssue, field: (typeof FIELDS)[number], strings: BuilderStrings): string {
  const { errors } = strings;
  const short = strings.fields[field.name].short;
  if (issue.code === 'too_big') return errors.tooLong(short, field.max);
  if (issue.code === 'invalid_format') return errors.phoneFormat(short);
  if (issue.message === 'needs-number') return errors.needsNumber(short);
  if (issue.message === 'empty') return errors.empty(short);
  return errors.unsafe(short);
}

/**
 * Error messages for the form, in the GOV.UK style ("Clinic name must be 60
 * characters or fewer"), in the builder's language, from the same schema that reads links.
 */
export function builderErrors(values: BuilderValues, pages: readonly string[], strings: BuilderStrings = builderStrings.en): BuilderErrors {
  const errors: BuilderErrors = {};
  if (!values.page) errors.page = strings.errors.choosePage;
  const data = instructionsOf(values);
  for (const issue of checkInstructions(data, pages)) {
    const field = FIELDS.find((f) => f.key === issue.path[0]);
    if (!field) {
      if (issue.path[0] === 'p' && values.page) errors.page = strings.errors.chooseFromList;
      continue;
    }
    if (errors[field.name]) continue;
    errors[field.name] = messageOf(issue, field, strings);
  }
  if (!Object.keys(errors).length && encodeFragment(data).length > MAX_FRAGMENT_LENGTH) {
    // Each answer is within its limit, but text in other alphabets or with many
    // symbols grows when put in a link: point at the answer that grew most.
    const longest = FIELDS.filter((f) => data[f.name]).sort(
      (a, b) => encodeURIComponent(data[b.name]!).length - encodeURIComponent(data[a.name]!).length,
    )[0];
    errors[longest.name] = strings.errors.tooLongTogether;
  }
  return errors;
}
