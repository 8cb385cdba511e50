/**
 * Writes content/manifest.ts: one import per article, so every list of pages
 * (navigation, sitemap, test index, clinic picker) comes from the compiled
 * articles and nothing reads them a second time. Only file names are read
 * here. Runs before `dev`, `build` and the unit tests; `--check` fails when the
 * committed file is out of date.
 */
import fs from 'node:fs';
import path from 'node:path';
import { manifestSource, MANIFEST_FILE } from '../lib/content/manifest-source';

const root = process.cwd();
const text = manifestSource(root);
const target = path.join(root, MANIFEST_FILE);
const current = fs.existsSync(target) ? fs.readFileSync(target, 'utf8') : '';

if (process.argv.includes('--check')) {
  if (current !== text) {
    console.error(`${MANIFEST_FILE} is out of date: run npm run content:manifest`);
    process.exitCode = 1;
  }
} else if (current !== text) {
  fs.writeFileSync(target, text);
  console.log(`wrote ${MANIFEST_FILE}`);
}
