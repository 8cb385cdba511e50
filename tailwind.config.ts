import type { Config } from 'tailwindcss';
import typography from '@tailwindcss/typography';

import { colors } from './lib/design/tokens';

// The design tokens live in lib/design/tokens.ts, where drawings, charts and share images take them from too.
export { colors };

const config: Config = {
  content: ['./app/**/*.{ts,tsx}', './components/**/*.{ts,tsx}', './content/**/*.mdx', './mdx-components.tsx'],
  theme: {
    extend: {
      colors,
      fontFamily: {
        // System fonts: nothing to download, nothing sent to a third party.
        sans: ['system-ui', '-apple-system', '"Segoe UI"', 'Roboto', 'Arial', 'sans-serif'],
      },
      fontSize: {
        // Body text never goes below 18px.
        sm: ['1rem', { lineHeight: '1.5' }],
        base: ['1.125rem', { lineHeight: '1.6' }],
        lg: ['1.25rem', { lineHeight: '1.55' }],
        xl: ['1.5rem', { lineHeight: '1.35' }],
        '2xl': ['1.875rem', { lineHeight: '1.25' }],
        '3xl': ['2.25rem', { lineHeight: '1.2' }],
      },
      maxWidth: {
        // About 70 characters a line at body size, the width people read most easily.
        prose: '68ch',
        page: '72rem',
      },
      typography: {
        DEFAULT: {
          css: {
            '--tw-prose-body': colors.ink,
            '--tw-prose-headings': colors.ink,
            '--tw-prose-links': colors.brand,
            '--tw-prose-bold': colors.ink,
            '--tw-prose-counters': colors.ink,
            '--tw-prose-bullets': colors.muted,
            '--tw-prose-quotes': colors.ink,
            '--tw-prose-captions': colors.muted,
            '--tw-prose-th-borders': colors.line,
            '--tw-prose-td-borders': colors.line,
            fontSize: '1.125rem',
            lineHeight: '1.6',
            maxWidth: '68ch',
            a: { textUnderlineOffset: '0.15em' },
          },
        },
      },
    },
  },
  plugins: [typography],
};

export default config;
