import { createRequire } from 'node:module';
import createMDX from '@next/mdx';
import { rehypePlugins, remarkPlugins } from './lib/content/compile/plugins.mjs';

const withMDX = createMDX({ options: { remarkPlugins, rehypePlugins } });

/** @type {import('next').NextConfig} */
const nextConfig = {
  output: 'export',
  trailingSlash: true,
  images: { unoptimized: true },
  pageExtensions: ['ts', 'tsx'],
  poweredByHeader: false,
  reactStrictMode: true,
  // `npm run build` type-checks first with the native TypeScript 7 compiler (package.json), in a few seconds;
  // Next's own check would load the JavaScript TypeScript 5 that ESLint and dependency-cruiser need, and take far longer.
  typescript: { ignoreBuildErrors: true },
};

const require = createRequire(import.meta.url);
const ONCE_LOADER = require.resolve('./lib/content/compile/once-loader.cjs');

/** Puts the compile-once cache in front of @next/mdx's loader (Turbopack, which Next 16 builds and serves with), so every layer shares one compile of each article. */
function compileOnce(config) {
  const wrap = (loader) => ({ loader: ONCE_LOADER, options: { inner: loader.loader, ...loader.options } });
  const rules = [config.turbopack?.rules?.['{*,next-mdx-rule}']].flat().filter(Boolean);
  if (rules.length === 0) throw new Error('next.config.mjs: @next/mdx no longer adds its Turbopack rule under {*,next-mdx-rule}');
  for (const rule of rules) rule.loaders = rule.loaders.map(wrap);
  return config;
}

export default compileOnce(withMDX(nextConfig));
