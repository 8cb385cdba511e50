import { z } from 'zod';

/** A publisher's page that a fact comes from. Article front matter and the data files share it. */
export const sourceSchema = z.strictObject({
  publisher: z.string().min(2).describe('Who published the source, e.g. "US Food and Drug Administration"'),
  title: z.string().min(3).describe('The title of the page or paper'),
  url: z
    .url({ protocol: /^https$/, error: 'must be a full https:// link' })
    .describe("A link to the publisher's own page"),
  lang: z.enum(['en', 'es']).optional().describe('The language of the page when it is not English'),
});

export type Source = z.infer<typeof sourceSchema>;
