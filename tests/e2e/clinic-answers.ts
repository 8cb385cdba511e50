import { FIELDS, type FieldName } from '../../lib/clinic/fields';

/** What a typical clinic puts on a letter: its name, phone, when to arrive and when to stop eating. */
export const USUAL: Partial<Record<FieldName, string>> = {
  clinic: 'Riverside Hospital X-ray',
  phone: '+44 (0)20 7946 0000',
  arrive: 'Arrive 15 minutes early and bring your letter.',
  fasting: 'Nothing to eat for 6 hours before. You can drink water until 2 hours before.',
};

/** One plain sentence in every field. */
export const TYPICAL: Partial<Record<FieldName, string>> = {
  clinic: 'Riverside Hospital X-ray',
  phone: '+44 (0)20 7946 0000',
  where: 'Main building, level 2. Follow the signs to X-ray reception.',
  arrive: 'Arrive 30 minutes early.',
  fasting: 'Nothing to eat after 7 am. You can drink water until 9 am.',
  medicines: 'Keep taking your usual medicines with a sip of water.',
  note: 'Bring a list of the medicines you take.',
};

/** Plain words at every field's limit: the longest handout a clinic can make, with the densest code (version 26). */
export function fullAnswers(): Record<FieldName, string> {
  const words = 'Please bring your letter and arrive at the main desk in good time for your visit. ';
  return Object.fromEntries(
    FIELDS.map((f) => [f.name, f.name === 'phone' ? '+44 (0)20 7946 0000 1234'.padEnd(f.max, '5') : words.repeat(5).slice(0, f.max).trimEnd().padEnd(f.max, '.')]),
  ) as Record<FieldName, string>;
}
