/**
 * Pagefind splits its word index into chunks of about 20,000 word positions,
 * a size meant for sites of thousands of pages. On this site that is a
 * quarter of the whole index, so one search word cost about 30 KB gzipped.
 * This step re-splits the same words into smaller chunks, so a search loads
 * only the words near the ones typed. Nothing in a word's entry changes: each
 * entry is copied byte for byte, only the grouping and the index of chunks in
 * the metadata file are written again.
 *
 * The files are Pagefind's own format (version checked below): gzip around
 * "pagefind_dcd" and a CBOR value. The metadata is
 * [version, pages, chunks: [from, to, hash][], filters, sorts, meta fields]
 * and a chunk is [[word entry, ...]] with each entry starting with its word.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';

/** The Pagefind version whose file layout this step was written against. */
export const PAGEFIND_FORMAT = '1.6.0';

/**
 * Word positions per chunk: small enough that one word's chunk is a few KB,
 * big enough to keep the file count sane (about 80 per language). Measured on
 * the index of page parts: 2,500 cost a Spanish one-word search 9 KB of chunks,
 * 800 cost 4 KB; below that, the longer list of chunks in the metadata file,
 * which every search loads, eats the gain.
 */
export const POSITIONS_PER_CHUNK = 800;

const SIGNATURE = Buffer.from('pagefind_dcd');

type Cbor = number | string | Buffer | Cbor[] | { [key: string]: Cbor } | null | boolean;

/** The number an item's head carries (a value, or a length) and where its content starts. */
function lengthAt(bytes: Buffer, at: number): { n: number; start: number } {
  const info = bytes[at] & 31;
  if (info < 24) return { n: info, start: at + 1 };
  if (info === 24) return { n: bytes[at + 1], start: at + 2 };
  if (info === 25) return { n: bytes.readUInt16BE(at + 1), start: at + 3 };
  if (info === 26) return { n: bytes.readUInt32BE(at + 1), start: at + 5 };
  if (info === 27) return { n: Number(bytes.readBigUInt64BE(at + 1)), start: at + 9 };
  throw new Error(`pagefind index: unexpected CBOR item ${bytes[at].toString(16)} at ${at}`);
}

/** Reads one CBOR item at `at`, returning it and where the next begins. Only what Pagefind writes. */
export function readCbor(bytes: Buffer, at = 0): { value: Cbor; end: number } {
  const head = bytes[at];
  const major = head >> 5;
  const info = head & 31;
  const { n, start: i0 } = lengthAt(bytes, at);
  let i = i0;
  switch (major) {
    case 0:
      return { value: n, end: i };
    case 1:
      return { value: -1 - n, end: i };
    case 2:
      return { value: bytes.subarray(i, i + n), end: i + n };
    case 3:
      return { value: bytes.toString('utf8', i, i + n), end: i + n };
    case 4: {
      const items: Cbor[] = [];
      for (let k = 0; k < n; k += 1) {
        const item = readCbor(bytes, i);
        items.push(item.value);
        i = item.end;
      }
      return { value: items, end: i };
    }
    case 5: {
      const map: Record<string, Cbor> = {};
      for (let k = 0; k < n; k += 1) {
        const key = readCbor(bytes, i);
        const item = readCbor(bytes, key.end);
        map[String(key.value)] = item.value;
        i = item.end;
      }
      return { value: map, end: i };
    }
    case 7:
      return { value: info === 20 ? false : info === 21 ? true : null, end: i };
    default:
      throw new Error(`pagefind index: unexpected CBOR type ${major} at ${at}`);
  }
}

function cborHead(major: number, n: number): Buffer {
  if (n < 24) return Buffer.from([(major << 5) | n]);
  if (n < 0x100) return Buffer.from([(major << 5) | 24, n]);
  if (n < 0x10000) {
    const b = Buffer.alloc(3);
    b[0] = (major << 5) | 25;
    b.writeUInt16BE(n, 1);
    return b;
  }
  const b = Buffer.alloc(5);
  b[0] = (major << 5) | 26;
  b.writeUInt32BE(n, 1);
  return b;
}

/** Writes a CBOR item in the shortest form, as Pagefind's own encoder does. */
export function writeCbor(value: Cbor): Buffer {
  if (typeof value === 'number') {
    if (!Number.isInteger(value)) throw new Error('pagefind index: only whole numbers are expected');
    return value >= 0 ? cborHead(0, value) : cborHead(1, -1 - value);
  }
  if (typeof value === 'string') {
    const text = Buffer.from(value, 'utf8');
    return Buffer.concat([cborHead(3, text.length), text]);
  }
  if (Buffer.isBuffer(value)) return Buffer.concat([cborHead(2, value.length), value]);
  if (Array.isArray(value)) return Buffer.concat([cborHead(4, value.length), ...value.map(writeCbor)]);
  if (value === null) return Buffer.from([0xf6]);
  if (typeof value === 'boolean') return Buffer.from([value ? 0xf5 : 0xf4]);
  const entries = Object.entries(value);
  return Buffer.concat([cborHead(5, entries.length), ...entries.flatMap(([k, v]) => [writeCbor(k), writeCbor(v)])]);
}

/** A Pagefind index file's body: gunzipped, without its signature. */
export function unpack(file: string): Buffer {
  const data = gunzipSync(fs.readFileSync(file));
  if (!data.subarray(0, SIGNATURE.length).equals(SIGNATURE)) throw new Error(`pagefind index: ${file} has no Pagefind signature`);
  return data.subarray(SIGNATURE.length);
}

/** Writes a body back in Pagefind's file format. */
export function pack(body: Buffer): Buffer {
  return gzipSync(Buffer.concat([SIGNATURE, body]), { level: 9 });
}

/** A word's entry as Pagefind wrote it, with how many positions it holds (as Pagefind counts them for chunking). */
export type WordEntry = { word: string; raw: Buffer; positions: number };

/** The entries of one chunk file's body, in order, each kept as its original bytes. */
export function wordEntries(body: Buffer): WordEntry[] {
  const outer = readCbor(body, 0);
  if (!Array.isArray(outer.value) || outer.value.length !== 1) throw new Error('pagefind index: a chunk is not [words]');
  // Walk the inner array by hand to keep each entry's exact bytes.
  if (body[1] >> 5 !== 4) throw new Error('pagefind index: a chunk does not hold a list of words');
  const { n: count, start } = lengthAt(body, 1);
  let i = start;
  const entries: WordEntry[] = [];
  for (let k = 0; k < count; k += 1) {
    const item = readCbor(body, i);
    const [word, pages] = item.value as [string, [number, number[]][]];
    if (typeof word !== 'string' || !Array.isArray(pages)) throw new Error('pagefind index: a word entry is not [word, pages, ...]');
    entries.push({ word, raw: body.subarray(i, item.end), positions: pages.reduce((sum, p) => sum + p[1].length + 1, 0) });
    i = item.end;
  }
  return entries;
}

/** Groups words, kept in order, into chunks of about `size` positions. */
export function groupWords(entries: WordEntry[], size = POSITIONS_PER_CHUNK): WordEntry[][] {
  const chunks: WordEntry[][] = [];
  let chunk: WordEntry[] = [];
  let positions = 0;
  for (const entry of entries) {
    chunk.push(entry);
    positions += entry.positions;
    if (positions >= size) {
      chunks.push(chunk);
      chunk = [];
      positions = 0;
    }
  }
  if (chunk.length) chunks.push(chunk);
  return chunks;
}

/** The shortest prefixes that still tell two neighbouring chunks apart, as Pagefind names its chunk ranges. */
export function boundary(last: string, next: string): [string, string] {
  const a = [...last];
  const b = [...next];
  let common = 0;
  while (common < a.length && common < b.length && a[common] === b[common]) common += 1;
  return [a.slice(0, common + 1).join(''), b.slice(0, common + 1).join('')];
}

/** The [from, to] range Pagefind's search reads to decide which chunk may hold a word. */
export function chunkRanges(chunks: WordEntry[][]): [string, string][] {
  const ranges = chunks.map((c) => [c[0].word, c[c.length - 1].word] as [string, string]);
  for (let i = 0; i + 1 < ranges.length; i += 1) [ranges[i][1], ranges[i + 1][0]] = boundary(ranges[i][1], ranges[i + 1][0]);
  return ranges;
}

const hashOf = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

/**
 * Re-splits every language's word index in `dir` (Pagefind's output folder)
 * into smaller chunks and rewrites its metadata file to name them. Returns
 * the number of chunks before and after.
 */
export function rechunkPagefind(dir: string, size = POSITIONS_PER_CHUNK): { before: number; after: number } {
  const entryFile = path.join(dir, 'pagefind-entry.json');
  const entry = JSON.parse(fs.readFileSync(entryFile, 'utf8')) as {
    version: string;
    languages: Record<string, { hash: string; wasm: string | null; page_count: number }>;
  };
  if (entry.version !== PAGEFIND_FORMAT) {
    throw new Error(`pagefind index: written by Pagefind ${entry.version}, but lib/build/pagefind-chunks.ts reads ${PAGEFIND_FORMAT}: check its format and update PAGEFIND_FORMAT`);
  }
  let before = 0;
  let after = 0;
  for (const language of Object.values(entry.languages)) {
    const metaFile = path.join(dir, `pagefind.${language.hash}.pf_meta`);
    const meta = readCbor(unpack(metaFile)).value as Cbor[];
    const chunks = meta[2] as [string, string, string][];
    if (meta[0] !== PAGEFIND_FORMAT || !Array.isArray(chunks)) throw new Error(`pagefind index: ${metaFile} is not the expected layout`);
    const prefix = chunks[0]?.[2].split('_')[0] ?? 'en';
    const words = chunks.flatMap(([, , hash]) => {
      const file = path.join(dir, 'index', `${hash}.pf_index`);
      const found = wordEntries(unpack(file));
      fs.rmSync(file);
      return found;
    });
    for (let i = 1; i < words.length; i += 1) {
      if (words[i - 1].word >= words[i].word) throw new Error('pagefind index: the words are not in order');
    }
    const groups = groupWords(words, size);
    const ranges = chunkRanges(groups);
    meta[2] = groups.map((group, i) => {
      const body = Buffer.concat([Buffer.from([0x81]), cborHead(4, group.length), ...group.map((w) => w.raw)]);
      const hash = `${prefix}_${hashOf(body).slice(0, 7)}`;
      fs.writeFileSync(path.join(dir, 'index', `${hash}.pf_index`), pack(body));
      return [ranges[i][0], ranges[i][1], hash];
    });
    const metaBody = writeCbor(meta);
    const newHash = `${prefix}_${hashOf(metaBody).slice(0, 10)}`;
    fs.rmSync(metaFile);
    fs.writeFileSync(path.join(dir, `pagefind.${newHash}.pf_meta`), pack(metaBody));
    language.hash = newHash;
    before += chunks.length;
    after += groups.length;
  }
  fs.writeFileSync(entryFile, JSON.stringify(entry));
  return { before, after };
}
