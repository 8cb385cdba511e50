/**
 * The optional instructions a clinic can add to a patient link, in the order
 * they appear in the builder, in the link and on the patient's page.
 *
 * `key` is the one-letter name used in the link (format v1). Never reuse or
 * rename a key: letters already printed on paper must keep their meaning.
 * What the builder and the patient's page call each answer, in each
 * language, is in lib/i18n/clinic.ts.
 */
export const FIELDS = [
  { name: 'clinic', key: 'c', max: 60, multiline: false },
  { name: 'phone', key: 't', max: 25, multiline: false },
  { name: 'where', key: 'w', max: 120, multiline: true },
  { name: 'arrive', key: 'a', max: 160, multiline: true },
  { name: 'fasting', key: 'f', max: 160, multiline: true },
  { name: 'medicines', key: 'm', max: 200, multiline: true },
  { name: 'note', key: 'n', max: 200, multiline: true },
] as const;

export type Field = (typeof FIELDS)[number];
export type FieldName = Field['name'];

/** What a link carries: the page it opens and the clinic's own words. */
export type ClinicInstructions = { page: string } & { [N in FieldName]?: string };

export function fieldByName(name: FieldName): Field {
  return FIELDS.find((f) => f.name === name)!;
}

/**
 * Line breaks and runs of spaces become one space, ends are trimmed: the
 * patient page shows each answer as one paragraph, so the printed handout
 * stays predictable.
 */
export function normaliseText(value: string): string {
  return value.replace(/\s+/g, ' ').trim();
}
