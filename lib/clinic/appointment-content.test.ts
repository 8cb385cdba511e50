import { appointmentSourceFiles, appointmentSourcesFile, appointmentSourcesHref, appointmentTests } from './appointment-content';

describe("each test's sources for the appointment page", () => {
  it('sit under the appointment page of each edition, one file per test', () => {
    expect(appointmentSourcesHref('barium-swallow', 'en')).toBe('/appointment/sources/barium-swallow.json');
    expect(appointmentSourcesHref('barium-swallow', 'es')).toBe('/es/cita/sources/barium-swallow.json');
    expect(appointmentSourceFiles('en')).toHaveLength(appointmentTests('en').length);
    expect(appointmentSourceFiles('es')).toContainEqual({ file: 'coronary-angiography.json' });
  });

  it("hold exactly the test's own advice sources, in order, with only what the list shows", () => {
    const heart = appointmentTests('en').find((t) => t.slug === 'coronary-angiography')!;
    const file = appointmentSourcesFile('en', 'coronary-angiography.json');
    expect(file.sources.map((s) => s.url)).toEqual(heart.advice.sources.map((s) => s.url));
    expect(Object.keys(file.sources[0]).sort()).toEqual(expect.arrayContaining(['publisher', 'title', 'url']));
    expect(file.sources.every((s) => s.url.startsWith('https://'))).toBe(true);
    expect(() => appointmentSourcesFile('en', 'nothing.json')).toThrow('no test writes');
  });
});
