/**
 * The optional instructions a clinic can add to a patient link, in the order
 * they appear in the builder, in the link and on the patient's page.
 *
 * `key` is the one-letter name used in the link (format v1). Never reuse or
 * rename a key: letters already printed on paper must keep their meaning.
 * `label` and `hint` are for the clinic's form and `short` for its error
 * messages; what the patient's page calls each answer is in strings.ts.
 */
export const FIELDS = [
  {
    name: 'clinic',
    short: 'Clinic name',
    key: 'c',
    max: 60,
    label: 'Clinic name',
    hint: 'Shown as "Instructions from" this name. For example, Riverside Hospital X-ray department.',
    multiline: false,
  },
  {
    name: 'phone',
    short: 'Phone number',
    key: 't',
    max: 25,
    label: 'Phone number for questions',
    hint: 'Use digits, spaces, brackets, + and - only. For example, 020 7946 0000.',
    multiline: false,
  },
  {
    name: 'where',
    short: 'Where to go',
    key: 'w',
    max: 120,
    label: 'Where to go',
    hint: 'For example, Main building, level 2. Follow the signs to X-ray reception.',
    multiline: true,
  },
  {
    name: 'arrive',
    short: 'When to arrive',
    key: 'a',
    max: 160,
    label: 'When to arrive',
    hint: 'For example, Arrive 30 minutes early.',
    multiline: true,
  },
  {
    name: 'fasting',
    short: 'Eating and drinking',
    key: 'f',
    max: 160,
    label: 'Eating and drinking',
    hint: 'For example, Nothing to eat after 7 am. You can drink water until 9 am.',
    multiline: true,
  },
  {
    name: 'medicines',
    short: 'Medicines',
    key: 'm',
    max: 200,
    label: 'Medicines to stop or keep taking',
    hint: 'For example, Keep taking your usual medicines with a sip of water.',
    multiline: true,
  },
  {
    name: 'note',
    short: 'Note',
    key: 'n',
    max: 200,
    label: 'A short note',
    hint: 'For example, Bring a list of the medicines you take.',
    multiline: true,
  },
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
