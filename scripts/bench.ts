/**
 * The benchmark (not a test): what a person downloads on a first visit to
 * every page, measured in Chromium, checked against bench/budget.json; and how
 * well site search answers real patient questions. Lighthouse runs too when
 * its separate install is present (`npm run bench:lighthouse`).
 * `npm run bench` builds first if out/ is missing. Writes bench-results/latest.json;
 * exits 1 if over budget.
 */
import { execSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { answeredQuestions } from '../lib/search/fixture';
import { askSearchPage, percent } from '../lib/search/measure';
import { routeOfFile } from '../lib/build/html';
import { firstVisit, type FirstVisit } from '../lib/bench/first-visit';
import { appointmentLink } from '../lib/clinic/appointment-link';
import type { Locale } from '../lib/site-map/pages';
import { isInteractive } from '../lib/security/headers';
import { systemChromium } from '../lib/build/chromium';
import { readArticles } from '../lib/content/compile/read';
import { USUAL } from '../tests/e2e/clinic-answers';

type Target = { totalGzipBytes: number; jsGzipBytes?: number; why?: string };
type Budget = {
  contentPage: Target;
  pages: Record<string, Target>;
  lighthouseMinimumScore: number;
  lighthousePages: string[];
  lighthouseExemptions?: Record<string, { categories: string[]; why: string }>;
  search?: { pageInTop3MinPercent: number; sectionLinkedMinPercent: number };
};

const OUT = path.resolve('out');
const PORT = Number(process.env.BENCH_PORT ?? 4390);
const BASE = `http://localhost:${PORT}`;
const budget: Budget = JSON.parse(fs.readFileSync('bench/budget.json', 'utf8'));

function htmlRoutes(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return ['_next', 'pagefind', '_not-found', '404', '.well-known'].includes(e.name) ? [] : htmlRoutes(full);
    return e.name === 'index.html' || e.name === '404.html' ? [routeOfFile(path.relative(OUT, full))] : [];
  });
}

const kb = (bytes: number) => (bytes / 1024).toFixed(1);

async function waitForServer(url: string) {
  for (let i = 0; i < 100; i += 1) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`the local server at ${url} did not start`);
}

/** A link a clinic would make in the builder, for the first test in the list, with a typical letter's answers. */
function builderLink(locale: Locale = 'en'): string {
  // The compiled article modules are .mdx imports only the Next build can load; the bench reads the sources.
  const slug = readArticles().procedures[0].slug;
  const url = new URL(appointmentLink(BASE, { page: slug, ...USUAL }, locale));
  return `${url.pathname}${url.hash}`;
}

/** The visits the bench makes: every built page, and those a person opens with something in the address. */
function visits(): { name: string; url: string; settle?: (page: Page) => Promise<void> }[] {
  const plain = htmlRoutes(OUT)
    .sort()
    .map((route) => ({ name: route, url: route }));
  return [
    ...plain.map((v) =>
      v.url === '/for-clinics/'
        ? { ...v, settle: (page: Page) => page.getByRole('button', { name: 'Make the link' }).waitFor({ state: 'visible' }) }
        : v,
    ),
    {
      name: '/appointment/ from a clinic link',
      url: builderLink(),
      settle: (page: Page) => page.getByText(USUAL.clinic ?? '', { exact: false }).first().waitFor(),
    },
    {
      name: '/es/cita/ from a clinic link',
      url: builderLink('es'),
      settle: (page: Page) => page.getByText(USUAL.clinic ?? '', { exact: false }).first().waitFor(),
    },
    {
      name: '/search/?q=barium',
      url: '/search/?q=barium',
      settle: (page: Page) => page.getByRole('status').filter({ hasText: 'found' }).waitFor({ timeout: 15_000 }),
    },
    {
      name: '/es/buscar/?q=bario',
      url: '/es/buscar/?q=bario',
      settle: (page: Page) => page.getByRole('status').filter({ hasText: /encontr/ }).waitFor({ timeout: 15_000 }),
    },
  ];
}

function targetOf(visit: FirstVisit): Target | undefined {
  if (budget.pages[visit.name]) return budget.pages[visit.name];
  const route = visit.url.split(/[?#]/)[0];
  if (visit.name === visit.url && !isInteractive(route)) return budget.contentPage;
  return budget.pages[route];
}

async function measureVisits(): Promise<FirstVisit[]> {
  const browser = await chromium.launch({ executablePath: systemChromium(), args: ['--disable-gpu', '--no-first-run', '--disable-background-networking'] });
  try {
    const results: FirstVisit[] = [];
    for (const v of visits()) results.push(await firstVisit(browser, BASE, v));
    return results;
  } finally {
    await browser.close();
  }
}

/** Runs every answered question of tests/fixtures/patient-questions.json through the built search page. */
async function searchScores() {
  const browser = await chromium.launch({ executablePath: systemChromium(), args: ['--disable-gpu', '--no-first-run'] });
  try {
    const page = await (await browser.newContext({ baseURL: BASE })).newPage();
    const results = [];
    for (const q of answeredQuestions) results.push(await askSearchPage(page, OUT, q));
    return {
      questions: results.length,
      pageInTop3: percent(results.filter((r) => r.pageInTop3).length, results.length),
      sectionLinked: percent(results.filter((r) => r.sectionLinked).length, results.length),
      misses: results.filter((r) => !r.pageInTop3 || !r.sectionLinked),
    };
  } finally {
    await browser.close();
  }
}

/** Lighthouse lives in bench/ with its own install, so the site's `npm ci` does not carry it. */
async function lighthouseScores(): Promise<{ route: string; [score: string]: unknown }[] | undefined> {
  const module = path.resolve('bench/lighthouse.ts');
  if (!fs.existsSync(path.resolve('bench/node_modules/lighthouse'))) {
    console.log('\nLighthouse: not installed (run `npm run bench:lighthouse` to install it into bench/ and score pages).');
    return undefined;
  }
  const { lighthouseScores: run } = (await import(module)) as {
    lighthouseScores: (base: string, routes: string[], chromePath?: string) => Promise<{ route: string }[]>;
  };
  return run(BASE, budget.lighthousePages, systemChromium());
}

async function main() {
  if (!fs.existsSync(path.join(OUT, 'serve.json'))) execSync('npm run build', { stdio: 'inherit' });
  const problems: string[] = [];
  const server = spawn(path.resolve('node_modules/.bin/serve'), ['--no-clipboard', '--no-port-switching', '-l', `tcp://127.0.0.1:${PORT}`, OUT], {
    stdio: 'ignore',
  });
  await waitForServer(`${BASE}/`);
  let weights: FirstVisit[] = [];
  let search: Awaited<ReturnType<typeof searchScores>> | undefined;
  let scores: Awaited<ReturnType<typeof lighthouseScores>>;
  try {
    weights = await measureVisits();
    search = process.env.BENCH_SKIP_SEARCH ? undefined : await searchScores();
    scores = process.env.BENCH_LIGHTHOUSE === '0' ? undefined : await lighthouseScores();
  } finally {
    server.kill();
  }

  console.log('\nFirst visit in Chromium: every response, gzipped (KiB)');
  console.log('page'.padEnd(40), 'total'.padStart(7), 'JS'.padStart(7), 'wasm'.padStart(6), 'index'.padStart(6), 'req'.padStart(4), 'target'.padStart(14));
  for (const w of weights) {
    const t = targetOf(w);
    const other = w.byType.other ?? 0;
    const fetched = (w.byType.fetch ?? 0) + (w.byType.xhr ?? 0);
    console.log(
      w.name.padEnd(40),
      kb(w.gzipBytes).padStart(7),
      kb(w.jsGzipBytes).padStart(7),
      kb(other).padStart(6),
      kb(fetched).padStart(6),
      String(w.requests).padStart(4),
      (t ? `${kb(t.totalGzipBytes)}${t.jsGzipBytes !== undefined ? `/${kb(t.jsGzipBytes)} JS` : ''}` : '').padStart(14),
    );
    if (!t) continue;
    if (w.gzipBytes > t.totalGzipBytes) problems.push(`${w.name}: ${kb(w.gzipBytes)} KiB in all is over ${kb(t.totalGzipBytes)} KiB`);
    if (t.jsGzipBytes !== undefined && w.jsGzipBytes > t.jsGzipBytes) {
      problems.push(`${w.name}: ${kb(w.jsGzipBytes)} KiB of JavaScript is over ${kb(t.jsGzipBytes)} KiB`);
    }
  }

  if (search) {
    console.log(`\nSite search: ${search.questions} real patient questions (tests/fixtures/patient-questions.json)`);
    console.log(`  answering page in the top 3: ${search.pageInTop3}%`);
    console.log(`  answering section linked:    ${search.sectionLinked}%`);
    for (const m of search.misses) {
      console.log(`  - ${m.pageInTop3 ? 'section' : 'page'}: "${m.question.slice(0, 70)}" wants ${m.expectedPage}#${m.expectedSection}`);
    }
    const target = budget.search;
    if (target && search.pageInTop3 < target.pageInTop3MinPercent) problems.push(`search: answering page in the top 3 for only ${search.pageInTop3}%`);
    if (target && search.sectionLinked < target.sectionLinkedMinPercent) problems.push(`search: answering section linked for only ${search.sectionLinked}%`);
  }

  if (scores) {
    console.log('\nLighthouse 12 (mobile, simulated throttling, median of runs)');
    for (const s of scores) {
      console.log(`  ${s.route.padEnd(32)} ${JSON.stringify(Object.fromEntries(Object.entries(s).filter(([k]) => k !== 'route' && k !== 'failing')))}`);
      for (const name of ['performance', 'accessibility', 'best-practices', 'seo']) {
        const value = s[name] as number;
        const exempt = budget.lighthouseExemptions?.[s.route];
        if (exempt?.categories.includes(name)) continue;
        if (value < budget.lighthouseMinimumScore) problems.push(`${s.route}: Lighthouse ${name} ${value}`);
      }
    }
  }

  fs.mkdirSync('bench-results', { recursive: true });
  const summary = weights.map(({ downloads, ...rest }) => ({ ...rest, downloads: downloads.map((d) => ({ ...d, url: d.url.replace(BASE, '') })) }));
  fs.writeFileSync('bench-results/latest.json', `${JSON.stringify({ date: new Date().toISOString(), weights: summary, search, scores, problems }, null, 2)}\n`);
  console.log(problems.length ? `\nOver budget:\n- ${problems.join('\n- ')}` : '\nWithin budget.');
  process.exitCode = problems.length ? 1 : 0;
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
