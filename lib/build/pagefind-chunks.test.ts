import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { boundary, groupWords, PAGEFIND_FORMAT, readCbor, rechunkPagefind, wordEntries, writeCbor } from './pagefind-chunks';

const SIGNATURE = Buffer.from('pagefind_dcd');
const pack = (value: Parameters<typeof writeCbor>[0]) => gzipSync(Buffer.concat([SIGNATURE, writeCbor(value)]));
const unpack = (file: string) => readCbor(gunzipSync(fs.readFileSync(file)).subarray(SIGNATURE.length)).value;

/** A word entry as Pagefind writes it: [word, [[page, positions, meta positions]], extra]. */
const word = (w: string, positions: number) => [w, [[0, Array.from({ length: positions }, (_, i) => (i % 3 ? i : -13)), []]], []];

/** A Pagefind output folder with one language whose words sit in two big chunks. */
function pagefindFolder(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pagefind-chunks-'));
  fs.mkdirSync(path.join(dir, 'index'));
  const words = ['apple', 'apricot', 'banana', 'barium', 'cath', 'catheter', 'dye', 'x-ray', 'zinc'];
  fs.writeFileSync(path.join(dir, 'index', 'en_aaa.pf_index'), pack([words.slice(0, 5).map((w) => word(w, 40))]));
  fs.writeFileSync(path.join(dir, 'index', 'en_bbb.pf_index'), pack([words.slice(5).map((w) => word(w, 40))]));
  const meta = [PAGEFIND_FORMAT, [['en_page1', 300, '']], [['apple', 'cath', 'en_aaa'], ['cathe', 'zinc', 'en_bbb']], [], [], ['title']];
  fs.writeFileSync(path.join(dir, 'pagefind.en_meta1.pf_meta'), pack(meta));
  fs.writeFileSync(path.join(dir, 'pagefind-entry.json'), JSON.stringify({ version: PAGEFIND_FORMAT, languages: { en: { hash: 'en_meta1', wasm: 'en', page_count: 1 } } }));
  return dir;
}

describe('CBOR as Pagefind writes it', () => {
  it('reads back what it writes, with negative markers, long lists and text', () => {
    const value = ['1.6.0', [-13, 0, 23, 24, 255, 256, 70000], 'x-ray', Array.from({ length: 30 }, (_, i) => i)];
    expect(readCbor(writeCbor(value)).value).toEqual(value);
  });
});

describe('re-chunking the word index', () => {
  it('keeps every word entry byte for byte, in order, in smaller chunks that the metadata names', () => {
    const dir = pagefindFolder();
    const before = ['en_aaa', 'en_bbb'].flatMap((h) => wordEntries(gunzipSync(fs.readFileSync(path.join(dir, 'index', `${h}.pf_index`))).subarray(12)));
    const result = rechunkPagefind(dir, 50);
    expect(result).toEqual({ before: 2, after: 5 });

    const entry = JSON.parse(fs.readFileSync(path.join(dir, 'pagefind-entry.json'), 'utf8'));
    const meta = unpack(path.join(dir, `pagefind.${entry.languages.en.hash}.pf_meta`)) as unknown[];
    expect(meta[0]).toBe(PAGEFIND_FORMAT);
    expect(meta[1]).toEqual([['en_page1', 300, '']]);
    const chunks = meta[2] as [string, string, string][];
    expect(chunks).toHaveLength(5);
    const after = chunks.flatMap(([, , hash]) => wordEntries(gunzipSync(fs.readFileSync(path.join(dir, 'index', `${hash}.pf_index`))).subarray(12)));
    expect(after.map((w) => w.word)).toEqual(before.map((w) => w.word));
    expect(after.map((w) => w.raw.toString('hex'))).toEqual(before.map((w) => w.raw.toString('hex')));
    // The old files are gone, so nothing stale is deployed.
    expect(fs.readdirSync(path.join(dir, 'index')).sort()).toEqual(chunks.map(([, , h]) => `${h}.pf_index`).sort());
    expect(fs.existsSync(path.join(dir, 'pagefind.en_meta1.pf_meta'))).toBe(false);
    // Each chunk's range holds its own words and no neighbour's.
    expect(chunks.map(([from, to]) => `${from}-${to}`)).toEqual(['apple-a', 'b-b', 'c-c', 'd-x', 'z-zinc']);
  });

  it('refuses an index from another Pagefind version rather than guess its layout', () => {
    const dir = pagefindFolder();
    fs.writeFileSync(path.join(dir, 'pagefind-entry.json'), JSON.stringify({ version: '2.0.0', languages: {} }));
    expect(() => rechunkPagefind(dir)).toThrow(/Pagefind 2\.0\.0/);
  });
});

describe('chunk boundaries', () => {
  it('names two neighbouring chunks by the shortest prefixes that tell them apart', () => {
    expect(boundary('apple', 'apricot')).toEqual(['app', 'apr']);
    expect(boundary('cath', 'catheter')).toEqual(['cath', 'cathe']);
  });

  it('closes a chunk once it holds the given number of positions', () => {
    const entries = ['a', 'b', 'c'].map((w) => ({ word: w, raw: Buffer.alloc(0), positions: 60 }));
    expect(groupWords(entries, 100).map((c) => c.map((w) => w.word))).toEqual([['a', 'b'], ['c']]);
  });
});
