/**
 * Adds the section ids of new headings to tests/fixtures/public-anchors.json:
 * `npm run content:anchors`. It never removes one: a link to a section may be
 * printed in a letter, so dropping an id is a decision made by hand.
 */
import fs from 'node:fs';
import { anchorsByPage, mergeAnchors, PUBLIC_ANCHORS_FILE } from '../lib/content/anchors';
import { analyseSource, readArticles } from '../lib/content/compile/read';

const outlineOf = (file: string) => analyseSource(fs.readFileSync(file, 'utf8'), file).outline;
const kept = fs.existsSync(PUBLIC_ANCHORS_FILE) ? (JSON.parse(fs.readFileSync(PUBLIC_ANCHORS_FILE, 'utf8')) as Record<string, string[]>) : {};
const now = {
  ...anchorsByPage(readArticles(), outlineOf('content/site/about.mdx')),
  ...anchorsByPage(readArticles(undefined, 'es'), outlineOf('content/es/site/acerca-de.mdx'), 'es'),
};
const merged = mergeAnchors(kept, now);
fs.writeFileSync(PUBLIC_ANCHORS_FILE, `${JSON.stringify(merged, null, 2)}\n`);
const count = (list: Record<string, string[]>) => Object.values(list).flat().length;
console.log(`${count(merged) - count(kept)} id(s) added; ${count(merged)} public ids on ${Object.keys(merged).length} pages`);
