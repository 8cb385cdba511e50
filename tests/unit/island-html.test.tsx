import { useState } from 'react';
import { renderToString } from 'react-dom/server';
import { CharacterCountField } from '@/components/islands/CharacterCountField';
import { ClinicLinkBuilder } from '@/components/islands/ClinicLinkBuilder';

/*
 * The HTML the server writes for the component islands, rendered by React as
 * `next build` renders it. Their behaviour in the browser is tested beside
 * them, on Preact, the runtime that ships.
 */

function Field() {
  const [value, setValue] = useState('');
  return <CharacterCountField id="clinic-name" label="Clinic name" hint="For example, Riverside." max={10} value={value} onChange={setValue} />;
}

describe('the islands in the static HTML', () => {
  it('states a field’s limit before any script runs', () => {
    expect(renderToString(<Field />)).toContain('You can enter up to 10 characters.');
  });

  it('starts the builder disabled, with no box for text named, so nothing a clinic types could be submitted to a server', () => {
    const props = { procedures: [{ slug: 'barium-swallow', title: 'Barium swallow' }], guides: [], origin: 'https://example.org' };
    const html = renderToString(<ClinicLinkBuilder {...props} />);
    expect(html).toContain('data-island="clinic-builder"');
    expect(html).toMatch(/<fieldset disabled=""/);
    // The one name is the language choice's: native radios need it to be one group, and it holds only "en" or "es".
    expect([...html.matchAll(/\sname="([^"]*)"/g)].map((m) => m[1])).toEqual(['patient-language', 'patient-language']);
    expect(html).not.toMatch(/<(input|textarea)(?![^>]*type="radio")[^>]*\sname=/);
    expect(html).toContain('You can enter up to 60 characters.');
  });

  it('starts the Spanish builder in Spanish, with Spanish chosen for the patient', () => {
    const props = { procedures: [{ slug: 'barium-swallow', title: 'Trago de bario' }], guides: [], origin: 'https://example.org', locale: 'es' as const };
    const html = renderToString(<ClinicLinkBuilder {...props} />);
    expect(html).toContain('Puede escribir hasta 60 caracteres.');
    expect(html).toMatch(/<input type="radio"[^>]*name="patient-language"[^>]*checked=""[^>]*value="es"/);
    expect(html).not.toMatch(/You can|Make the link/);
  });
});
