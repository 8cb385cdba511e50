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

export default withMDX(nextConfig);
