import type { MDXComponents } from 'mdx/types';
import { Callout } from '@/components/mdx/Callout';
import { CareCard } from '@/components/mdx/CareCard';
import { DoseComparison } from '@/components/mdx/DoseComparison';
import { DoseText } from '@/components/mdx/DoseText';
import { DurationText } from '@/components/mdx/DurationText';
import { FAQ } from '@/components/mdx/FAQ';
import { FluoroscopyRoom } from '@/components/mdx/FluoroscopyRoom';
import { Question } from '@/components/mdx/Question';
import { Step } from '@/components/mdx/Step';
import { Steps } from '@/components/mdx/Steps';
import { Term } from '@/components/mdx/Term';

/** Every component an article may use, registered once. */
export const mdxComponents = {
  Callout,
  CareCard,
  DoseComparison,
  DoseText,
  DurationText,
  FAQ,
  FluoroscopyRoom,
  Question,
  Step,
  Steps,
  Term,
} satisfies MDXComponents;

export function useMDXComponents(components: MDXComponents = {}): MDXComponents {
  return { ...mdxComponents, ...components };
}
