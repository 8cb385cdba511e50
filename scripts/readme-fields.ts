/** Rewrites the front matter tables in README.md from the schemas' descriptions: `npm run readme:fields`. */
import fs from 'node:fs';
import { withFieldTables } from '../lib/content/field-table';

const readme = fs.readFileSync('README.md', 'utf8');
const next = withFieldTables(readme);
if (next !== readme) fs.writeFileSync('README.md', next);
console.log(next === readme ? 'README.md field tables are up to date' : 'README.md field tables rewritten');
