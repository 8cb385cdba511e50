/**
 * Gives each record of the index Pagefind wrote an id that says which page and
 * part of it the record is (lib/search/records.ts), so the search page can
 * group results by page before loading any of them. Pagefind names a record
 * by a hash of its content and uses that name for two things only: the id a
 * search returns, and the fragment file the search page loads for it. Both are
 * renamed together here; nothing else in the index refers to the name.
 *
 * The metadata file is [version, pages: [name, word count, …][], chunks, …]
 * (the format lib/build/pagefind-chunks.ts checks).
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { recordId } from '../search/records';
import { pack, readCbor, unpack, writeCbor } from './pagefind-chunks';

/**
 * Hex digits of Pagefind's content hash kept in a record's name: enough that a
 * changed record gets a new name, so a browser never pairs a new index with an
 * old cached record; every search loads every name, so no more.
 */
const HASH_LENGTH = 4;

/** Where a record sits: its page's number in its language's index, its part, and how many parts the page has. */
export type RecordPlace = { page: number; part: number; parts: number };

/**
 * Renames every record in `dir` (Pagefind's output folder) by where it sits,
 * looked up by the record's URL. Fails on a record it cannot place, so an
 * index the search page could not group is never deployed. Returns how many
 * records were renamed.
 */
export function nameRecords(dir: string, placeOf: (url: string) => RecordPlace | undefined): number {
  const entryFile = path.join(dir, 'pagefind-entry.json');
  const entry = JSON.parse(fs.readFileSync(entryFile, 'utf8')) as { languages: Record<string, { hash: string }> };
  let renamed = 0;
  for (const [language, info] of Object.entries(entry.languages)) {
    const metaFile = path.join(dir, `pagefind.${info.hash}.pf_meta`);
    const meta = readCbor(unpack(metaFile)).value as unknown[];
    const pages = meta[1] as [string, ...unknown[]][];
    if (!Array.isArray(pages)) throw new Error(`pagefind index: ${metaFile} lists no pages`);
    for (const record of pages) {
      const old = record[0];
      const fragment = path.join(dir, 'fragment', `${old}.pf_fragment`);
      const { url } = JSON.parse(unpack(fragment).toString('utf8')) as { url: string };
      const place = placeOf(url);
      if (!place) throw new Error(`pagefind index: no page part is known for the record of ${url}`);
      const name = recordId(language, place.page, place.part, place.parts, (old.split('_').pop() ?? old).slice(0, HASH_LENGTH));
      fs.renameSync(fragment, path.join(dir, 'fragment', `${name}.pf_fragment`));
      record[0] = name;
      renamed += 1;
    }
    const body = writeCbor(meta as Parameters<typeof writeCbor>[0]);
    const hash = `${language}_${createHash('sha256').update(body).digest('hex').slice(0, 10)}`;
    fs.rmSync(metaFile);
    fs.writeFileSync(path.join(dir, `pagefind.${hash}.pf_meta`), pack(body));
    info.hash = hash;
  }
  fs.writeFileSync(entryFile, JSON.stringify(entry));
  return renamed;
}
