/**
 * Validates all content the way the build and tests do, and lists every
 * problem at once: `npm run check:content`. It also lists translations whose
 * English page has changed since they were made (they show a notice on the
 * page until they are brought up to date).
 */
import { readArticles } from '../lib/content/compile/read';
import { allProblems, missingTranslations } from '../lib/content/checks';

try {
  const strict = { requireGlossaryUse: process.argv.includes('--strict') };
  const pages = readArticles();
  const spanish = readArticles(undefined, 'es');
  const problems = [
    ...allProblems(pages, strict),
    ...allProblems(spanish, { requireGlossaryUse: false }, 'es'),
    ...missingTranslations(pages, spanish),
  ];
  for (const problem of problems) console.log(`- ${problem}`);
  const stale = [...spanish.guides, ...spanish.procedures].filter((entry) => entry.stale);
  for (const entry of stale) console.log(`- ${entry.file}: its English page (${entry.twin}) has changed since it was translated; update it and its translatedFrom`);
  const count = pages.guides.length + pages.procedures.length + spanish.guides.length + spanish.procedures.length;
  console.log(problems.length ? `${problems.length} problem(s)` : `All ${count} articles are fine.`);
  if (stale.length) console.log(`${stale.length} translation(s) to update`);
  process.exitCode = problems.length ? 1 : 0;
} catch (error) {
  console.error((error as Error).message);
  process.exitCode = 1;
}
