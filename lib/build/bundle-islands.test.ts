// @vitest-environment node
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Metafile } from 'esbuild';
import { bundledInputs, bundleIslands, serverOnlyInputs, type IslandBundle } from './bundle-islands';

/*
 * The real island bundle, built as `npm run build` builds it, read through
 * esbuild's metafile: what each page's browser downloads.
 */

let out: string;
let bundle: IslandBundle;

beforeAll(async () => {
  out = fs.mkdtempSync(path.join(os.tmpdir(), 'islands-'));
  bundle = await bundleIslands(out, { SITE_URL: 'https://example.org' });
}, 60_000);

afterAll(() => fs.rmSync(out, { recursive: true, force: true }));

const gz = (urls: string[]) => urls.reduce((sum, url) => sum + gzipSync(fs.readFileSync(path.join(out, url)), { level: 9 }).length, 0);
const inputsOf = (urls: string[]) =>
  urls.flatMap((url) => {
    const entry = Object.entries(bundle.metafile.outputs).find(([file]) => path.resolve(file) === path.join(out, url));
    return entry ? Object.keys(entry[1].inputs) : [];
  });

describe('the island bundle', () => {
  it('carries no content schema, no zod classic and no dose table into any chunk', () => {
    expect(serverOnlyInputs(bundle.metafile)).toEqual([]);
    expect(bundledInputs(bundle.metafile).filter((input) => /zod|lib\/content\/|content\/data\/doses/.test(input))).toEqual([]);
  });

  it('would fail the build on such a module', () => {
    const leaky = {
      inputs: {},
      outputs: { 'out/chunk-A.js': { imports: [], exports: [], bytes: 1, inputs: { 'node_modules/zod/v4/classic/schemas.js': { bytesInOutput: 1 }, 'lib/content/procedure-schema.ts': { bytesInOutput: 1 }, 'content/data/doses.ts': { bytesInOutput: 1 } } } },
    } as unknown as Metafile;
    expect(serverOnlyInputs(leaky).map((l) => l.input)).toEqual(['node_modules/zod/v4/classic/schemas.js', 'lib/content/procedure-schema.ts', 'content/data/doses.ts']);
  });

  /** A module of the site's words (lib/i18n/), other than the two that hold none. */
  const holdsWords = (input: string) => input.startsWith('lib/i18n/') && !['lib/i18n/page-locale.ts', 'lib/i18n/fill.ts'].includes(input);

  it('starts the appointment page with no framework, within 10 KB of JavaScript, and loads the QR code library only later', () => {
    const first = bundle.files.appointment;
    expect(inputsOf(first).filter((input) => /preact|react/.test(input))).toEqual([]);
    expect(inputsOf(first).filter((input) => input.includes('qrcode'))).toEqual([]);
    expect(inputsOf(bundle.reachable.appointment).some((input) => input.includes('node_modules/qrcode/'))).toBe(true);
    // The page hands the script its own language's words; a chunk holding both languages' would double them.
    expect(inputsOf(bundle.reachable.appointment).filter(holdsWords)).toEqual([]);
    expect(gz(first)).toBeLessThanOrEqual(10 * 1024);
  });

  it('starts the search page with no framework and no words of its own, within 6 KB of JavaScript, and loads only its language\'s query rules later', () => {
    const first = bundle.files.search;
    expect(inputsOf(first).filter((input) => /preact|react/.test(input))).toEqual([]);
    // The page writes the words; a browser chunk holding both languages' strings would double them.
    expect(inputsOf(first).filter(holdsWords)).toEqual([]);
    expect(inputsOf(first).filter((input) => input.includes('search-terms'))).toEqual([]);
    expect(inputsOf(bundle.reachable.search)).toEqual(expect.arrayContaining(['lib/search/languages/en.ts', 'lib/search/languages/es.ts']));
    expect(gz(first)).toBeLessThanOrEqual(6 * 1024);
  });

  it('gives the component islands Preact, not React', () => {
    const inputs = inputsOf(bundle.files['clinic-builder']);
    expect(inputs.some((input) => input.startsWith('node_modules/preact/'))).toBe(true);
    expect(inputs.filter((input) => /node_modules\/react(-dom)?\//.test(input))).toEqual([]);
  });
});
