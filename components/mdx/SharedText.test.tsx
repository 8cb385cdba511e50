import fs from 'node:fs';
import path from 'node:path';
import { render, screen } from '@testing-library/react';
import { sharedText } from '@/content/data/shared-text';
import { dataSources } from '@/content/data/sources';
import { citationsFor } from '@/lib/content/citations';
import { MAX_GRADE, readability } from '@/lib/readability';
import { SharedText } from './SharedText';

const bodies = ['content/guides', 'content/procedures'].flatMap((dir) =>
  fs.readdirSync(dir).map((f) => fs.readFileSync(path.join(dir, f), 'utf8')),
);

describe('<SharedText>', () => {
  it('prints each shared paragraph with a citation of its sources', () => {
    // fdaFluoroscopy second, so its number differs from its place in the block.
    const citations = citationsFor([dataSources.ukPatientDose, dataSources.fdaFluoroscopy, dataSources.usSafeMe, dataSources.healthAskExperts2]);
    render(<SharedText id="radiation-simple-test" citations={citations} />);
    for (const paragraph of sharedText['radiation-simple-test']) {
      expect(screen.getByText(paragraph.text, { exact: false })).toBeInTheDocument();
    }
    // Every paragraph of this block cites the FDA page, as source 2 of this list.
    expect(screen.getAllByRole('link', { name: 'source 2' }).length).toBe(sharedText['radiation-simple-test'].length);
  });

  it('fails the build on an unknown id', () => {
    expect(() => render(<SharedText id="no-such-block" />)).toThrow(/no entry in content\/data\/shared-text.ts/);
  });

  it.each(Object.entries(sharedText))('"%s" reads as plainly as the pages and is used by a page', (id, paragraphs) => {
    const result = readability(paragraphs.map((p) => p.text).join('\n'));
    expect(result.grade).toBeLessThanOrEqual(MAX_GRADE);
    expect(result.longSentences).toEqual([]);
    for (const p of paragraphs) expect(p.sources.length).toBeGreaterThan(0);
    expect(bodies.some((body) => body.includes(`<SharedText id="${id}"`))).toBe(true);
  });
});
