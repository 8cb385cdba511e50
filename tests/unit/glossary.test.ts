import { glossary } from '@/content/data/glossary';
import { readability } from '@/lib/readability';

describe('the glossary data', () => {
  it.each(Object.entries(glossary))('"%s" has a short, plain definition in short sentences', (id, entry) => {
    expect(id).toMatch(/^[a-z0-9-]+$/);
    expect(entry.term.length).toBeGreaterThan(1);
    expect(entry.definition).toMatch(/^[A-Z].*\.$/);
    expect(readability(entry.definition).longSentences).toEqual([]);
  });
});
