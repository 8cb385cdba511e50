import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { nameRecords } from './pagefind-records';
import { pack, readCbor, unpack, writeCbor } from './pagefind-chunks';

/** A Pagefind output folder with two records of one page: its opening and one section. */
function folder(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pagefind-records-'));
  fs.mkdirSync(path.join(dir, 'fragment'));
  const fragment = (url: string) => pack(Buffer.from(JSON.stringify({ url, content: 'text' })));
  fs.writeFileSync(path.join(dir, 'fragment', 'en_aaa1111.pf_fragment'), fragment('/risks/'));
  fs.writeFileSync(path.join(dir, 'fragment', 'en_bbb2222.pf_fragment'), fragment('/risks/#pregnant'));
  const meta = ['1.6.0', [['en_aaa1111', 40, ''], ['en_bbb2222', 90, '']], [['a', 'z', 'en_chunk']], [], [], ['title']];
  fs.writeFileSync(path.join(dir, 'pagefind.en_meta1.pf_meta'), pack(writeCbor(meta)));
  fs.writeFileSync(path.join(dir, 'pagefind-entry.json'), JSON.stringify({ version: '1.6.0', languages: { en: { hash: 'en_meta1', wasm: 'en', page_count: 2 } } }));
  return dir;
}

const places: Record<string, { page: number; part: number; parts: number }> = {
  '/risks/': { page: 3, part: 0, parts: 2 },
  '/risks/#pregnant': { page: 3, part: 1, parts: 2 },
};

describe('nameRecords', () => {
  it('renames each record and its fragment file by its page and part, and nothing else in the index', () => {
    const dir = folder();
    expect(nameRecords(dir, (url) => places[url])).toBe(2);
    const entry = JSON.parse(fs.readFileSync(path.join(dir, 'pagefind-entry.json'), 'utf8'));
    const meta = readCbor(unpack(path.join(dir, `pagefind.${entry.languages.en.hash}.pf_meta`))).value as unknown[];
    expect(meta[1]).toEqual([['en_3.0.2.aaa1', 40, ''], ['en_3.1.2.bbb2', 90, '']]);
    expect(meta[2]).toEqual([['a', 'z', 'en_chunk']]);
    expect(fs.readdirSync(path.join(dir, 'fragment')).sort()).toEqual(['en_3.0.2.aaa1.pf_fragment', 'en_3.1.2.bbb2.pf_fragment']);
    expect(JSON.parse(unpack(path.join(dir, 'fragment', 'en_3.1.2.bbb2.pf_fragment')).toString()).url).toBe('/risks/#pregnant');
    // The old metadata file is gone, so a stale one is never deployed.
    expect(fs.existsSync(path.join(dir, 'pagefind.en_meta1.pf_meta'))).toBe(false);
  });

  it('fails the build on a record it cannot place, naming its address', () => {
    const dir = folder();
    expect(() => nameRecords(dir, (url) => (url === '/risks/' ? places[url] : undefined))).toThrow(/\/risks\/#pregnant/);
  });
});
