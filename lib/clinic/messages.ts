import { FIELDS, normaliseText, type ClinicInstructions, type FieldName } from './fields';
import { checkInstructions, encodeFragment, MAX_FRAGMENT_LENGTH } from './fragment';

/** What the clinic has typed so far, as typed. */
export type BuilderValues = { page: string } & Record<FieldName, string>;
export type BuilderField = 'page' | FieldName;
export type BuilderErrors = Partial<Record<BuilderField, string>>;

/** Said when every answer is within its limit but together they would not fit in a QR code. */
export const TOO_LONG_TOGETHER = 'Your answers are too long to fit in a QR code together. Shorten this answer or another one';

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

/**
 * Error messages for the form, in the GOV.UK style ("Clinic name must be 60
 * characters or fewer"), from the same schema that reads links.
 */
export function builderErrors(values: BuilderValues, pages: readonly string[]): BuilderErrors {
  const errors: BuilderErrors = {};
  if (!values.page) errors.page = 'Choose the test or guide the link is for';
  const data = instructionsOf(values);
  for (const issue of checkInstructions(data, pages)) {
    const field = FIELDS.find((f) => f.key === issue.path[0]);
    if (!field) {
      if (issue.path[0] === 'p' && values.page) errors.page = 'Choose a test or guide from the list';
      continue;
    }
    if (errors[field.name]) continue;
    if (issue.code === 'too_big') errors[field.name] = `${field.short} must be ${field.max} characters or fewer`;
    else if (issue.code === 'invalid_format') errors[field.name] = `${field.short} can only contain digits, spaces, brackets, + and -`;
    else errors[field.name] = `${field.short} ${issue.message}`;
  }
  if (!Object.keys(errors).length && encodeFragment(data).length > MAX_FRAGMENT_LENGTH) {
    // Each answer is within its limit, but text in other alphabets or with many
    // symbols grows when put in a link: point at the answer that grew most.
    const longest = FIELDS.filter((f) => data[f.name]).sort(
      (a, b) => encodeURIComponent(data[b.name]!).length - encodeURIComponent(data[a.name]!).length,
    )[0];
    errors[longest.name] = TOO_LONG_TOGETHER;
  }
  return errors;
}
