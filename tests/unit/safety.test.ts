import { complicationPatternsEs } from '@/content/data/es/safety';
import { complications, signs, type SignId } from '@/content/data/safety';
import type { Outline } from '@/content/schema/outline';
import { loadContent } from '@/lib/content';

import { cardsFor, signIdsOf } from '@/lib/safety/compose';

const { guides, procedures } = loadContent();

/** The sentences of one h2 section of an article, by its heading, from the compiled outline. */
function sectionText(entry: { outline: Outline }, heading: string): string {
  return entry.outline.sections.find((s) => s.title === heading)?.prose ?? '';
}

function levelOf(slug: string, id: SignId) {
  const procedure = procedures.find((p) => p.slug === slug)!;
  return cardsFor(procedure.meta.safety).find((card) => card.signs.some((sign) => sign.id === id))?.level;
}

describe('"When to get help" on every page', () => {
  it.each(procedures.map((p) => [p.slug, p] as const))('%s gets its cards from the one source, in its "When to get help" section', (_, procedure) => {
    expect(procedure.outline.helpCards).toBe(1);
    expect(procedure.outline.sections.find((s) => s.title === 'When to get help')?.components).toContain('HelpCards');
    expect(cardsFor(procedure.meta.safety).length).toBeGreaterThan(0);
  });

  it('no article writes a care card by hand', () => {
    for (const entry of [...guides, ...procedures]) {
      expect(entry.outline.components, entry.file).not.toContain('CareCard');
    }
  });

  it('the After guide gets its cards from the one source too', () => {
    const after = guides.find((g) => g.slug === 'after')!;
    expect(after.outline.helpCards).toBe(1);
    expect(after.meta.safety?.signs.length).toBeGreaterThan(3);
  });

  it.each(procedures.map((p) => [p.slug, p] as const))(
    '%s has a warning sign for every serious problem its "What are the risks?" section names',
    (_, procedure) => {
      const risks = sectionText(procedure, 'What are the risks?');
      expect(risks.length).toBeGreaterThan(100);
      const shown = new Set(signIdsOf(procedure.meta.safety));
      const missing = complications
        .filter((c) => c.pattern.test(risks))
        .filter((c) => !c.signs.some((id) => shown.has(id)))
        .map((c) => c.name);
      expect(missing).toEqual([]);
    },
  );

  it('catches a risks section that names a problem the cards do not cover', () => {
    const swallow = procedures.find((p) => p.slug === 'barium-swallow')!;
    const risks = `${sectionText(swallow, 'What are the risks?')} Very rarely, a stroke can happen.`;
    const shown = new Set(signIdsOf(swallow.meta.safety));
    const missing = complications.filter((c) => c.pattern.test(risks) && !c.signs.some((id) => shown.has(id)));
    expect(missing.map((c) => c.name)).toEqual(['stroke']);
  });
});

describe('the gaps a clinical review found are closed', () => {
  it('a heart catheter page names chest pain and stroke signs as emergencies', () => {
    expect(levelOf('coronary-angiography', 'chest-pain')).toBe('emergency');
    expect(levelOf('coronary-angiography', 'stroke')).toBe('emergency');
    expect(levelOf('angiography', 'stroke')).toBe('emergency');
  });

  it('the pacemaker and ICD page has an emergency card and the ICD shock plan', () => {
    expect(levelOf('pacemaker-implantation', 'breathless-faint')).toBe('emergency');
    expect(levelOf('pacemaker-implantation', 'icd-shock-unwell')).toBe('emergency');
    expect(levelOf('pacemaker-implantation', 'icd-shock-well')).toBe('urgent');
  });

  it('the feeding tube page says what to do when the tube comes out or leaks', () => {
    expect(levelOf('feeding-tube-placement', 'tube-out')).toBe('urgent');
    expect(levelOf('feeding-tube-placement', 'tube-leak')).toBe('urgent');
    expect(signs['tube-out'].action).toMatch(/within a few hours/);
  });

  it('the contrast enema page warns about the bowel-relaxing injection', () => {
    expect(levelOf('contrast-enema', 'painful-eye')).toBe('emergency');
    expect(levelOf('contrast-enema', 'blurred-vision')).toBe('urgent');
  });

  it.each(['myelogram', 'lumbar-puncture', 'spinal-injection'])('%s names the spine red flags as emergencies', (slug) => {
    expect(levelOf(slug, 'spine-nerves')).toBe('emergency');
    expect(levelOf(slug, 'spine-infection')).toBe('emergency');
  });

  it('the HSG page puts fever and worsening pain in the urgent card', () => {
    expect(levelOf('hysterosalpingogram', 'fever')).toBe('urgent');
    expect(levelOf('hysterosalpingogram', 'pelvic-pain')).toBe('urgent');
  });

  it('bleeding that will not stop with pressure is an emergency wherever it appears', () => {
    for (const procedure of procedures) {
      const level = levelOf(procedure.slug, 'puncture-bleeding');
      if (level) expect(level).toBe('emergency');
    }
  });

  it('a barium swallow carries no needle, catheter or sedation signs', () => {
    const ids = signIdsOf(procedures.find((p) => p.slug === 'barium-swallow')!.meta.safety);
    expect(ids).not.toContain('puncture-bleeding');
    expect(ids).not.toContain('limb-cold');
    expect(ids).toContain('constipation');
  });

  it.each(loadContent('es').procedures.map((p) => [p.slug, p] as const))(
    'the Spanish %s has a warning sign for every serious problem its "¿Cuáles son los riesgos?" section names',
    (_, procedure) => {
      const risks = sectionText(procedure, '¿Cuáles son los riesgos?');
      expect(risks.length).toBeGreaterThan(100);
      const shown = new Set(signIdsOf(procedure.meta.safety));
      const patterns = complicationPatternsEs as Record<string, RegExp>;
      const missing = complications
        .filter((c) => patterns[c.name].test(risks))
        .filter((c) => !c.signs.some((id) => shown.has(id)))
        .map((c) => c.name);
      expect(missing).toEqual([]);
    },
  );
});
