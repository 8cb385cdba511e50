import { parse as parseYaml } from 'yaml';

export type SplitFile = { data: unknown; body: string };

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

/** Splits a content file into its YAML front matter and the MDX body. */
export function splitFrontmatter(text: string): SplitFile {
  const match = FRONTMATTER.exec(text);
  if (!match) return { data: undefined, body: text };
  // The YAML 1.2 core schema keeps dates as strings, so the schema sees exactly what the author typed.
  const data = parseYaml(match[1], { schema: 'core' }) as unknown;
  return { data, body: text.slice(match[0].length) };
}
