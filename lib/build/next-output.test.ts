import { isNextPayload } from './next-output';

describe('isNextPayload', () => {
  const pages = new Set(['index.html', 'risks/index.html', 'procedures/myelogram/index.html']);
  const exists = (file: string) => pages.has(file);

  it("recognises Next's navigation payloads by their names", () => {
    for (const file of ['index.txt', 'risks/index.txt', 'procedures/myelogram/index.txt', 'risks/__next.risks.txt', '__next._tree.txt', 'procedures/myelogram/__next.$d$slug.__PAGE__.txt']) {
      expect(isNextPayload(file, exists), file).toBe(true);
    }
  });

  it('keeps every other text file: robots.txt, security.txt, and an index.txt that is not beside a page', () => {
    for (const file of ['robots.txt', '.well-known/security.txt', 'humans.txt', 'downloads/index.txt', 'risks/notes.txt']) {
      expect(isNextPayload(file, exists), file).toBe(false);
    }
  });
});
