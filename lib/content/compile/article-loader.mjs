// The MDX loaders import remark plugins by path in plain Node, so this loads the TypeScript step through tsx.
import { tsImport } from 'tsx/esm/api';

const { default: remarkArticle } = await tsImport('./remark-article.ts', import.meta.url);

export default remarkArticle;
