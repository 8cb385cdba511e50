import { appointmentFile, appointmentFileHref, appointmentFiles, appointmentTests, appointmentUnion, type AppointmentDay, type AppointmentSources } from './appointment-content';

describe("each test's files for the appointment page", () => {
  it('sit under the appointment page of each edition, one of each kind per test', () => {
    expect(appointmentFileHref('sources', 'barium-swallow', 'en')).toBe('/appointment/sources/barium-swallow.json');
    expect(appointmentFileHref('day', 'barium-swallow', 'es')).toBe('/es/cita/day/barium-swallow.json');
    expect(appointmentFiles('en')).toHaveLength(2 * appointmentTests('en').length);
    expect(appointmentFiles('es')).toContainEqual({ kind: 'day', file: 'coronary-angiography.json' });
  });

  it("hold exactly the test's own advice sources, in order, with only what the list shows", () => {
    const heart = appointmentTests('en').find((t) => t.slug === 'coronary-angiography')!;
    const file = appointmentFile('en', 'sources', 'coronary-angiography.json') as AppointmentSources;
    expect(file.sources.map((s) => s.url)).toEqual(heart.advice.sources.map((s) => s.url));
    expect(Object.keys(file.sources[0]).sort()).toEqual(expect.arrayContaining(['publisher', 'title', 'url']));
    expect(file.sources.every((s) => s.url.startsWith('https://'))).toBe(true);
  });

  it("hold the test's day facts in the order of the labels the page shows", () => {
    const swallow = appointmentTests('es').find((t) => t.slug === 'barium-swallow')!;
    const { union } = appointmentUnion('es');
    const { facts } = appointmentFile('es', 'day', 'barium-swallow.json') as AppointmentDay;
    expect(facts).toHaveLength(union.day.length);
    for (const fact of swallow.advice.day) expect(facts[union.day.findIndex((u) => u.label === fact.label)]).toBe(fact.text);
  });

  it('refuses a file no test writes', () => {
    expect(() => appointmentFile('en', 'sources', 'nothing.json')).toThrow('no test writes');
    expect(() => appointmentFile('en', 'secrets', 'barium-swallow.json')).toThrow('no test writes');
  });
});
