/**
 * Writes the id every heading has now after it as `{#id}`, in every article
 * (or the files given): `npm run content:ids`. Safe to run again at any time.
 */
import fs from 'node:fs';
import path from 'node:path';
import { withHeadingIds } from '../lib/content/heading-ids';

const dirs = ['content/guides', 'content/procedures', 'content/site'];
const files = process.argv.slice(2).length
  ? process.argv.slice(2)
  : dirs.flatMap((dir) => (fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => f.endsWith('.mdx')).map((f) => path.join(dir, f)) : []));

let changed = 0;
for (const file of files) {
  const text = fs.readFileSync(file, 'utf8');
  const next = withHeadingIds(text, file);
  if (next !== text) {
    fs.writeFileSync(file, next);
    changed += 1;
    console.log(`ids added: ${file}`);
  }
}
console.log(`${changed} of ${files.length} files changed`);
