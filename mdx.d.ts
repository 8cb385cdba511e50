// TypeScript 7 does not pick up @types/mdx for *.mdx imports, so the shape is declared here.
declare module '*.mdx' {
  import type { ComponentType } from 'react';
  import type { MDXComponents } from 'mdx/types';
  const MDXContent: ComponentType<{ components?: MDXComponents }>;
  export default MDXContent;
}
