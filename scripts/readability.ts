/**
 * Prints the reading grade, word count and any over-long sentences of every
 * article: `npm run readability` (add a path to check one file).
 */
import fs from 'node:fs';
import path from 'node:path';
import { proseOfOutline } from '../lib/content/compile/analyse';
import { analyseSource } from '../lib/content/compile/read';
import { MAX_GRADE, readability } from '../lib/readability';

const dirs = ['content/guides', 'content/procedures', 'content/site'];
const only = process.argv[2];
const files = only
  ? [only]
  : dirs.flatMap((dir) =>
      fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => f.endsWith('.mdx')).map((f) => path.join(dir, f)) : [],
    );

let failed = false;
for (const file of files) {
  const { outline } = analyseSource(fs.readFileSync(file, 'utf8'), file);
  const result = readability(proseOfOutline(outline));
  const flag = result.grade > MAX_GRADE || result.longSentences.length ? '  <-- fix' : '';
  if (flag) failed = true;
  console.log(`${result.grade.toFixed(1).padStart(5)}  ${String(result.words).padStart(5)} words  ${file}${flag}`);
  for (const sentence of result.longSentences) console.log(`         long sentence: ${sentence}`);
}
process.exitCode = failed ? 1 : 0;
