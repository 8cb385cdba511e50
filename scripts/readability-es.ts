/**
 * Prints the Fernández-Huerta and Szigriszt-Pazos (INFLESZ) reading ease,
 * word count and any over-long sentences of every Spanish article:
 * `npm run readability:es` (add a path to check one file).
 */
import fs from 'node:fs';
import path from 'node:path';
import { proseOfTree } from '../lib/content/compile/analyse';
import { parseSource } from '../lib/content/compile/read';
import { MIN_MEAN_EASE, MIN_PAGE_EASE, readabilityEs } from '../lib/readability-es';

const dirs = ['content/es/guides', 'content/es/procedures', 'content/es/site'];
const only = process.argv[2];
const files = only
  ? [only]
  : dirs.flatMap((dir) =>
      fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => f.endsWith('.mdx')).map((f) => path.join(dir, f)) : [],
    );

let failed = false;
const scores: number[] = [];
for (const file of files) {
  const result = readabilityEs(proseOfTree(parseSource(fs.readFileSync(file, 'utf8'), file)));
  scores.push(result.fernandezHuerta);
  const flag = result.fernandezHuerta < MIN_PAGE_EASE || result.longSentences.length ? '  <-- fix' : '';
  if (flag) failed = true;
  console.log(
    `FH ${result.fernandezHuerta.toFixed(1).padStart(5)}  SP ${result.szigrisztPazos.toFixed(1).padStart(5)} (${result.inflesz})  ${String(result.words).padStart(5)} words  ${file}${flag}`,
  );
  for (const sentence of result.longSentences) console.log(`         long sentence: ${sentence}`);
}
if (scores.length > 1) {
  const mean = scores.reduce((a, b) => a + b, 0) / scores.length;
  console.log(`mean Fernández-Huerta ${mean.toFixed(1)} (at least ${MIN_MEAN_EASE}; every page at least ${MIN_PAGE_EASE})`);
  if (mean < MIN_MEAN_EASE) failed = true;
}
process.exitCode = failed ? 1 : 0;
