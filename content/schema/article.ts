import { z } from 'zod';
import { factors, signs } from '../data/safety';
import { dataSources, type DataSourceId } from '../data/sources';

/*
 * The one description of article metadata. Every field carries a description so
 * the README table and the error messages come from the same place.
 */

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written as YYYY-MM-DD')
  .refine((value) => {
    const date = new Date(`${value}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
  }, 'is not a real calendar date');

export const articleFields = {
  title: z.string().min(3).max(70).describe('The page heading and the start of the browser title'),
  navTitle: z.string().min(2).max(28).optional().describe('A shorter name for the navigation, if the title is long'),
  description: z
    .string()
    .min(50, 'must be at least 50 characters (it is shown in search results)')
    .max(160, 'must be 160 characters or fewer (search results cut longer text)')
    .describe('One sentence for search results and link previews'),
  summary: z.string().min(20).max(320).describe('One or two plain sentences shown under the title'),
  lastReviewed: isoDate.describe('When the facts on the page were last checked'),
  nextReview: isoDate.describe('When the page is due to be checked again'),
  order: z.number().int().min(1).describe('Position in the navigation and lists, smallest first'),
  sources: z
    .array(
      z.string().refine((key) => Object.hasOwn(dataSources, key), {
        error: (issue) => `"${String(issue.input)}" is not a key in content/data/sources.ts (add the page there once, then list its key)`,
      }),
    )
    .min(1, 'must list at least one source')
    .refine((list) => new Set(list).size === list.length, 'lists the same source twice')
    .transform((keys) => keys.map((key) => dataSources[key as DataSourceId]))
    .describe('Keys of the sources in content/data/sources.ts that the facts on the page come from'),
  safety: z
    .strictObject({
      applies: z
        .array(z.enum(Object.keys(factors) as [keyof typeof factors, ...(keyof typeof factors)[]]))
        .default([])
        .describe('What the test involves (keys of factors in content/data/safety.ts); its warning signs follow'),
      signs: z
        .array(z.enum(Object.keys(signs) as [keyof typeof signs, ...(keyof typeof signs)[]]))
        .default([])
        .describe('Warning signs to show (keys of signs in content/data/safety.ts)'),
    })
    .optional()
    .describe('The warning signs a page\'s <HelpCards /> shows'),
  searchTerms: z
    .array(z.string().min(2).max(30))
    .max(12)
    .default([])
    .describe('Everyday words a reader may search for to find this page (site search only)'),
};

function reviewDatesInOrder(value: { lastReviewed: string; nextReview: string }) {
  return value.nextReview > value.lastReviewed;
}

export const articleSchema = z
  .strictObject(articleFields)
  .refine(reviewDatesInOrder, { path: ['nextReview'], message: 'must be later than lastReviewed' });

export type ArticleMeta = z.infer<typeof articleSchema>;
export { reviewDatesInOrder };
export type { Source } from './source';
