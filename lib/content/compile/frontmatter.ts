import { parse as parseYaml } from 'yaml';
import type { z } from 'zod';
import { articleSchema } from '../../../content/schema/article';
import { procedureSchema } from '../../../content/schema/procedure';
import { guideTranslationSchema, pageTranslationSchema, procedureTranslationSchema } from '../../../content/schema/translation';
import { ContentError, describeIssue } from '../errors';

/** Which schema a file follows: an English article, an English site page (no front matter), or a translation of one. */
export type ArticleKind = 'guide' | 'procedure' | 'page' | 'guide-translation' | 'procedure-translation' | 'page-translation';

const schemas = {
  guide: articleSchema,
  procedure: procedureSchema,
  'guide-translation': guideTranslationSchema,
  'procedure-translation': procedureTranslationSchema,
  'page-translation': pageTranslationSchema,
} satisfies Record<Exclude<ArticleKind, 'page'>, z.ZodType>;

/**
 * Validates an article's YAML front matter against the one schema for its kind,
 * throwing a ContentError that names the file and the field.
 */
export function validateFrontmatter(file: string, kind: ArticleKind, yaml: string | undefined): unknown {
  if (kind === 'page') return null;
  if (yaml === undefined) throw new ContentError(file, '(front matter)', 'is missing: start the file with a --- block');
  let data: unknown;
  try {
    // The YAML 1.2 core schema keeps dates as strings, so the schema sees exactly what the author typed.
    data = parseYaml(yaml, { schema: 'core' });
  } catch (error) {
    throw new ContentError(file, '(front matter)', `is not valid YAML: ${(error as Error).message.split('\n')[0]}`);
  }
  const result = schemas[kind].safeParse(data ?? {});
  if (!result.success) {
    const { field, problem } = describeIssue(result.error.issues[0]);
    throw new ContentError(file, field, problem);
  }
  return result.data;
}
