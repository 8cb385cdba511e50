/**
 * Validators over the built site, after `npm run build`: HTML (html-validate,
 * recommended preset, .htmlvalidate.mjs), every generated Content-Security-
 * Policy (Google's CSP Evaluator), every page's JSON-LD (structured-data-
 * testing-tool, offline, against schema.org's types), and each host's matching
 * rules applied to the configs in deploy/generated/ for every file in out/.
 * None of these needs a browser.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { CspEvaluator } from 'csp_evaluator/dist/evaluator.js';
import { Severity } from 'csp_evaluator/dist/finding.js';
import { CspParser } from 'csp_evaluator/dist/parser.js';
import { CLOUDFLARE_LIMITS, expectedHeaders, type PagePolicy } from '../../lib/build/host-configs';
import { routeOfFile } from '../../lib/build/html';
import { HOSTS, cloudflareLimits, problems, type HostConfigs, type UrlCase } from '../../lib/security/host-matching';

const require = createRequire(import.meta.url);
const { structuredDataTest } = require('structured-data-testing-tool') as {
  structuredDataTest: (html: string, options: object) => Promise<{ schemas: string[]; failed: unknown[] }>;
};
const { schemas: SCHEMA_ORG } = require('structured-data-testing-tool/lib/schemas') as { schemas: Record<string, unknown> };

const OUT = path.resolve('out');
const DEPLOY = path.resolve('deploy/generated');

function files(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? files(full) : [full];
  });
}
const relative = (file: string) => `/${path.relative(OUT, file).split(path.sep).join('/')}`;
const htmlFiles = files(OUT).filter((f) => f.endsWith('.html') && !relative(f).startsWith('/_next/'));

test('every built page is valid HTML under html-validate\'s recommended rules', async () => {
  const validator = new HtmlValidate(new FileSystemConfigLoader());
  const errors: string[] = [];
  for (const file of htmlFiles) {
    const report = await validator.validateFile(file);
    for (const result of report.results) {
      for (const m of result.messages) errors.push(`${relative(file)}:${m.line}:${m.column} [${m.ruleId}] ${m.message}`);
    }
  }
  expect(htmlFiles.length).toBeGreaterThan(30);
  expect(errors).toEqual([]);
});

/** Every CSP value any generated config sends. */
function generatedPolicies(): string[] {
  const text = ['netlify/_headers', 'cloudflare/_headers'].map((f) => fs.readFileSync(path.join(DEPLOY, f), 'utf8')).join('\n');
  return [...new Set([...text.matchAll(/Content-Security-Policy: (.+)$/gm)].map((m) => m[1]))];
}

test('every generated policy passes Google\'s CSP Evaluator with no high or medium finding', () => {
  const policies = generatedPolicies();
  expect(policies.length).toBeGreaterThanOrEqual(3);
  for (const policy of policies) {
    const findings = new CspEvaluator(new CspParser(policy).csp).evaluate();
    // The one "possible medium" it reports is 'self' in script-src, a risk when a site hosts
    // JSONP endpoints, AngularJS or files its users upload. This static site has none of them:
    // every script under 'self' is a file of this build.
    const justified = (f: (typeof findings)[number]) =>
      f.directive === 'script-src' && f.value === "'self'" && f.severity === Severity.MEDIUM_MAYBE;
    const serious = [Severity.HIGH, Severity.SYNTAX, Severity.MEDIUM, Severity.HIGH_MAYBE, Severity.MEDIUM_MAYBE];
    const bad = findings.filter((f) => serious.includes(f.severity) && !justified(f));
    expect(bad.map((f) => `${policy}: ${f.severity} ${f.directive} ${f.description}`)).toEqual([]);
  }
});

function typesIn(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(typesIn);
  if (value && typeof value === 'object') {
    const own = (value as Record<string, unknown>)['@type'];
    const types = own === undefined ? [] : Array.isArray(own) ? own.map(String) : [String(own)];
    return [...types, ...Object.entries(value).flatMap(([k, v]) => (k === '@type' ? [] : typesIn(v)))];
  }
  return [];
}

test('the schema.org type check knows real types from made-up ones', () => {
  const types = typesIn({ '@type': 'MedicalWebPage', about: { '@type': 'MedicalProcedure' }, x: [{ '@type': 'MadeUpThing' }] });
  expect(types).toEqual(['MedicalWebPage', 'MedicalProcedure', 'MadeUpThing']);
  expect(types.map((t) => Object.hasOwn(SCHEMA_ORG, t))).toEqual([true, true, false]);
});

test('every page\'s JSON-LD uses schema.org types and passes the structured data checks', async () => {
  let checked = 0;
  for (const file of htmlFiles) {
    const html = fs.readFileSync(file, 'utf8');
    const blocks = [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((m) => JSON.parse(m[1]));
    if (!blocks.length) continue;
    for (const block of blocks) {
      expect(block['@context'], relative(file)).toBe('https://schema.org');
      for (const type of typesIn(block)) expect(Object.hasOwn(SCHEMA_ORG, type), `${relative(file)}: @type ${type}`).toBe(true);
    }
    const result = await structuredDataTest(html, { schemas: [] }).catch((error: { res?: { failed: unknown[] } }) => {
      throw new Error(`${relative(file)}: ${JSON.stringify(error.res?.failed ?? error).slice(0, 500)}`);
    });
    expect(result.failed, relative(file)).toEqual([]);
    checked += 1;
  }
  expect(checked).toBeGreaterThan(20);
});

test('each host, by its own matching rules, sends every URL of this build one CSP and the same security headers', () => {
  const read = (name: string) => fs.readFileSync(path.join(DEPLOY, name), 'utf8');
  const configs: HostConfigs = {
    serve: JSON.parse(fs.readFileSync(path.join(OUT, 'serve.json'), 'utf8')),
    netlify: read('netlify/_headers'),
    cloudflare: read('cloudflare/_headers'),
    vercel: JSON.parse(read('vercel.json')),
    firebase: JSON.parse(read('firebase.json')),
    nginx: read('nginx-site.conf'),
    caddy: read('Caddyfile'),
    apache: read('apache-site.conf'),
  };
  // The policies the build gave each page, as the Netlify file states them.
  const pages: PagePolicy[] = [...configs.netlify.matchAll(/^(\/[^\s*]*)\n {2}Content-Security-Policy: (.+)$/gm)]
    .filter(([, route]) => !route.endsWith('index.html'))
    .map(([, route, csp]) => ({ route, csp }));
  const served = files(OUT).filter((f) => !['/serve.json', '/_headers'].includes(relative(f)));
  const urls: UrlCase[] = [
    ...served.map((f) => ({ path: relative(f), kind: 'file' as const })),
    ...htmlFiles.filter((f) => f.endsWith('/index.html')).map((f) => ({ path: routeOfFile(path.relative(OUT, f)), kind: 'folder' as const })),
    { path: '/no-such-page/', kind: 'missing' },
    { path: '/procedures/no-such-test/', kind: 'missing' },
  ];
  for (const kind of ['.png', 'sitemap.xml', 'robots.txt', '/pagefind/', '/_next/static/', '/404.html']) {
    expect(urls.some((u) => u.path.includes(kind)), kind).toBe(true);
  }
  const found: string[] = [];
  for (const host of HOSTS) {
    for (const url of urls) found.push(...problems(host, configs, url, expectedHeaders(url.path, pages, { hsts: host !== 'serve' })));
  }
  expect(found.slice(0, 20)).toEqual([]);
  const { rules, longestLine } = cloudflareLimits(configs.cloudflare);
  expect(rules).toBeLessThanOrEqual(CLOUDFLARE_LIMITS.rules);
  expect(longestLine).toBeLessThanOrEqual(CLOUDFLARE_LIMITS.lineLength);
  // out/_headers is Netlify's unless the build ran on Cloudflare Pages.
  expect(fs.readFileSync(path.join(OUT, '_headers'), 'utf8')).toBe(process.env.CF_PAGES ? configs.cloudflare : configs.netlify);
});
