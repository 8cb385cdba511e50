/**
 * Validates all content the way the build and tests do, and lists every
 * problem at once: `npm run check:content`.
 */
import { readArticles } from '../lib/content/compile/read';
import { allProblems } from '../lib/content/checks';

try {
  const pages = readArticles();
  const problems = allProblems(pages, { requireGlossaryUse: process.argv.includes('--strict') });
  for (const problem of problems) console.log(`- ${problem}`);
  console.log(problems.length ? `${problems.length} problem(s)` : `All ${pages.guides.length + pages.procedures.length} articles are fine.`);
  process.exitCode = problems.length ? 1 : 0;
} catch (error) {
  console.error((error as Error).message);
  process.exitCode = 1;
}
