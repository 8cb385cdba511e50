// Every compiled article exports its component, its validated front matter and its outline
// (lib/content/compile/remark-article.ts); content/manifest.ts gives `metadata` its type per folder.
declare module '*.mdx' {
  import type { ComponentType } from 'react';
  import type { MDXComponents } from 'mdx/types';
  import type { Outline } from '@/content/schema/outline';
  const MDXContent: ComponentType<{ components?: MDXComponents }>;
  export default MDXContent;
  export const metadata: unknown;
  export const outline: Outline;
  export const contentHash: string;
}
