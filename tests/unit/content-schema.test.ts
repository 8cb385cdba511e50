import fs from 'node:fs';
import path from 'node:path';
import type { ArticleMeta } from '@/content/schema/article';
import type { ProcedureMeta } from '@/content/schema/procedure';
import { analyseSource } from '@/lib/content/compile/read';
import { ContentError } from '@/lib/content/errors';
import { checkSlugs } from '@/lib/content/slugs';

const DIR = 'tests/fixtures/content';

/** A fixture through the article step of the MDX compile, as a guide; the file name must make a slug too. */
function parseFixture(name: string) {
  const file = path.join(DIR, name);
  checkSlugs([file]);
  const { metadata, outline } = analyseSource(fs.readFileSync(file, 'utf8'), file, 'guide');
  return { meta: metadata as ArticleMeta, outline };
}

function errorOf(run: () => unknown): ContentError {
  try {
    run();
  } catch (error) {
    if (error instanceof ContentError) return error;
    throw error;
  }
  throw new Error('expected a ContentError');
}

describe('article metadata schema', () => {
  it('accepts a valid article', () => {
    const entry = parseFixture('valid.mdx');
    expect(entry.meta.title).toBe('A valid article');
    expect(entry.outline.toc.map((h) => h.text)).toContain('A heading');
  });

  it.each([
    ['missing-title.mdx', 'title', /is missing/],
    ['unknown-field.mdx', 'author', /not a known field/],
    ['bad-date.mdx', 'lastReviewed', /not a real calendar date/],
    ['not-a-date.mdx', 'nextReview', /YYYY-MM-DD/],
    ['review-order.mdx', 'nextReview', /later than lastReviewed/],
    ['short-description.mdx', 'description', /at least 50 characters/],
    ['wrong-type.mdx', 'order', /expected number/],
    ['unknown-source.mdx', 'sources.0', /not a key in content\/data\/sources.ts/],
    ['no-sources.mdx', 'sources', /at least one source/],
    ['no-frontmatter.mdx', '(front matter)', /is missing/],
    ['bad-yaml.mdx', '(front matter)', /not valid YAML/],
    ['Bad_Name.mdx', 'slug', /lowercase words joined by hyphens/],
  ])('%s fails naming the field "%s"', (fixture, field, problem) => {
    const error = errorOf(() => parseFixture(fixture));
    expect(error.file).toBe(path.join(DIR, fixture));
    expect(error.field).toBe(field);
    expect(error.problem).toMatch(problem);
    expect(error.message).toContain(`${path.join(DIR, fixture)}: field "${field}"`);
  });

  it('fails on a slug used twice, naming both files', () => {
    const files = [`${DIR}/dup-a/same-name.mdx`, `${DIR}/dup-b/same-name.mdx`];
    const error = errorOf(() => checkSlugs(files));
    expect(error.field).toBe('slug');
    expect(error.file).toBe(`${DIR}/dup-b/same-name.mdx`);
    expect(error.problem).toContain(`${DIR}/dup-a/same-name.mdx`);
  });

  it('fails on a slug that is already a page of the site', () => {
    const error = errorOf(() => checkSlugs(['content/guides/glossary.mdx']));
    expect(error.problem).toMatch(/already a page of the site/);
  });
});

describe('procedure metadata schema', () => {
  const valid = fs.readFileSync(path.join(DIR, 'valid.mdx'), 'utf8').replace(
    'order: 1\n',
    `order: 1
group: digestive
glance:
  purpose: Shows how you swallow.
  preparation: Do not eat for 4 to 6 hours before.
  contrast: barium
  painRelief: None needed.
  setting: outpatient
  performedBy: A radiologist.
  driving: Ask your care team.
  dose: barium-swallow
  duration: barium-swallow
safety:
  applies: [barium-mouth]
`,
  );
  // Named as a procedure file, so the compile step picks the procedure schema by folder, as in the build.
  const parse = (text: string) => analyseSource(text, 'content/procedures/x-ray.mdx').metadata as ProcedureMeta;

  it('accepts a valid procedure with its card fields', () => {
    const meta = parse(valid);
    expect(meta.glance.dose).toBe('barium-swallow');
    expect(meta.otherNames).toEqual([]);
    expect(meta.kind).toBe('test');
  });

  it('reads a treatment', () => {
    const meta = parse(valid.replace('group: digestive', 'kind: treatment\ngroup: digestive'));
    expect(meta.kind).toBe('treatment');
  });

  it.each([
    ['a kind that is neither test nor treatment', valid.replace('group: digestive', 'kind: operation\ngroup: digestive'), 'kind'],
    ['an unknown body group', valid.replace('group: digestive', 'group: elbow'), 'group'],
    ['a dose with no data entry', valid.replace('dose: barium-swallow', 'dose: 5 mSv'), 'glance.dose'],
    ['a duration with no data entry', valid.replace('duration: barium-swallow', 'duration: 20 minutes'), 'glance.duration'],
    ['an unknown contrast', valid.replace('contrast: barium', 'contrast: gadolinium'), 'glance.contrast'],
    ['an unknown card field', valid.replace('  driving:', '  parking: Free.\n  driving:'), 'glance.parking'],
    ['a missing card', valid.replace(/glance:[\s\S]*?duration: barium-swallow\n/, ''), 'glance'],
    ['no safety profile', valid.replace(/safety:\n {2}applies: \[barium-mouth\]\n/, ''), 'safety'],
    ['an unknown safety factor', valid.replace('applies: [barium-mouth]', 'applies: [barium-by-mouth]'), 'safety.applies.0'],
    ['a card field that is too long', valid.replace('purpose: Shows how you swallow.', `purpose: ${'x'.repeat(200)}`), 'glance.purpose'],
  ])('fails on %s, naming the field', (_, text, field) => {
    const error = errorOf(() => parse(text));
    expect(error.file).toBe('content/procedures/x-ray.mdx');
    expect(error.field).toBe(field);
  });
});
