import type { Pluggable } from 'unified';

export declare const ARTICLE_KINDS: Record<string, 'guide' | 'procedure' | 'page'>;
export declare const ARTICLE_PLUGIN: string;
export declare const remarkPlugins: [string, unknown][];
export declare const rehypePlugins: [string, unknown][];
export declare function importedPlugins(): Promise<{ remarkPlugins: Pluggable[]; rehypePlugins: Pluggable[] }>;
