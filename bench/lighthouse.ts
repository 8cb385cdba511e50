/**
 * Lighthouse scores for a few pages, for scripts/bench.ts. Lives in bench/
 * with its own package.json, installed by `npm run bench:lighthouse`, so the
 * site's `npm ci` and CI do not download Lighthouse and its Chrome launcher.
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';

const RUNS = Number(process.env.BENCH_RUNS ?? 3);

type Score = { route: string; performance: number; accessibility: number; 'best-practices': number; seo: number; lcpMs: number; tbtMs: number; cls: number; failing: string[] };

async function run(base: string, port: number, route: string): Promise<Score> {
  const result = await lighthouse(`${base}${route}`, {
    port,
    output: 'json',
    logLevel: 'error',
    onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
  });
  const lhr = result!.lhr;
  const score = (id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
  return {
    route,
    performance: score('performance'),
    accessibility: score('accessibility'),
    'best-practices': score('best-practices'),
    seo: score('seo'),
    lcpMs: Math.round(lhr.audits['largest-contentful-paint'].numericValue ?? 0),
    tbtMs: Math.round(lhr.audits['total-blocking-time'].numericValue ?? 0),
    cls: Number((lhr.audits['cumulative-layout-shift'].numericValue ?? 0).toFixed(3)),
    failing: (Object.values(lhr.audits) as { id: string; score: number | null; scoreDisplayMode: string }[])
      .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === 'binary')
      .map((a) => a.id),
  };
}

/** Each page several times, keeping the run with the median performance (Lighthouse's advice for noisy machines). */
export async function lighthouseScores(base: string, routes: string[], chromePath?: string): Promise<Score[]> {
  const chrome = await chromeLauncher.launch({
    chromePath,
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  const results: Score[] = [];
  try {
    for (const route of routes) {
      const runs: Score[] = [];
      for (let i = 0; i < RUNS; i += 1) runs.push(await run(base, chrome.port, route));
      results.push([...runs].sort((a, b) => a.performance - b.performance)[Math.floor(runs.length / 2)]);
    }
  } finally {
    chrome.kill();
  }
  return results;
}
