import { z } from 'zod';
import { articleFields } from './article';

/*
 * A translated article holds only its own words. Everything that is not text
 * (review dates, order, group, dose, duration, warning signs, sources) comes
 * from the English page it translates, so a fact has one place in every
 * language.
 */

const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be the slug of an English page, e.g. "barium-swallow"');

export const translationOf = {
  translationOf: slug.describe('The slug (file name) of the English page this page translates'),
  translatedFrom: z
    .string()
    .regex(/^[0-9a-f]{12}$/, 'must be the first 12 hex digits of the English file\'s sha256 (sha256sum content/guides/x.mdx | cut -c1-12)')
    .describe('Which version of the English file this was translated from; npm run check:content lists pages whose English file has changed since'),
};

/*
 * Spanish runs about a fifth longer than English, so the short fields allow a
 * little more room; the description keeps its limit, as search results cut it
 * at the same length in every language.
 */
const longer = (max: number) => z.string().min(3).max(Math.round(max * 1.25));

const translatedArticleFields = {
  ...translationOf,
  title: z.string().min(3).max(80).describe('The page heading and the start of the browser title'),
  navTitle: z.string().min(2).max(34).optional().describe('A shorter name for the navigation, if the title is long'),
  description: articleFields.description,
  summary: articleFields.summary,
  searchTerms: z
    .array(z.string().min(2).max(40))
    .max(16)
    .default([])
    .describe('Everyday words (and common misspellings) a reader may search for to find this page'),
  sources: articleFields.sources.optional().describe('Extra sources in this language (keys in content/data/sources.ts), added to the English page\'s'),
};

export const guideTranslationSchema = z.strictObject(translatedArticleFields);

export const procedureTranslationSchema = z.strictObject({
  ...translatedArticleFields,
  otherNames: z.array(z.string().min(2)).default([]).describe('Other names patients may see on a letter, in this language'),
  englishNames: z
    .array(z.string().min(2))
    .default([])
    .describe('Names in English that a US letter may use for this test; the page shows them marked as English'),
  glance: z
    .strictObject({
      purpose: longer(160).describe('What it checks or treats'),
      preparation: longer(200).describe('Whether you need to fast or prepare, and how'),
      painRelief: longer(160).describe('Pain relief or sedation usually used'),
      performedBy: longer(160).describe('Who does it'),
      driving: longer(160).describe('Whether you can drive home'),
    })
    .describe('The words of the "At a glance" card; its contrast, setting, dose and duration come from the English page'),
});

/** A translated site page (About) has no front matter of its own besides where it came from. */
export const pageTranslationSchema = z.strictObject(translationOf);

export type GuideTranslation = z.infer<typeof guideTranslationSchema>;
export type ProcedureTranslation = z.infer<typeof procedureTranslationSchema>;
