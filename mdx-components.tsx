import type { MDXComponents } from 'mdx/types';
import { Callout } from '@/components/mdx/Callout';
import { Cite } from '@/components/mdx/Cite';
import { DoseComparison } from '@/components/mdx/DoseComparison';
import { DoseText } from '@/components/mdx/DoseText';
import { DurationText } from '@/components/mdx/DurationText';
import { FAQ } from '@/components/mdx/FAQ';
import { FluoroscopyRoom } from '@/components/mdx/FluoroscopyRoom';
import { HelpCards } from '@/components/mdx/HelpCards';
import { MainPoints } from '@/components/mdx/MainPoints';
import { Question } from '@/components/mdx/Question';
import { SafetyRule } from '@/components/mdx/SafetyRule';
import { SharedText } from '@/components/mdx/SharedText';
import { Step } from '@/components/mdx/Step';
import { Table } from '@/components/mdx/Table';
import { Steps } from '@/components/mdx/Steps';
import { Term } from '@/components/mdx/Term';

/**
 * Every component an article may use, registered once. Care cards are not
 * here on purpose: articles get theirs from <HelpCards />, composed from the
 * one source of warning signs, and cannot write a card by hand.
 */
export const mdxComponents = {
  Callout,
  Cite,
  DoseComparison,
  DoseText,
  DurationText,
  FAQ,
  FluoroscopyRoom,
  HelpCards,
  MainPoints,
  Question,
  SafetyRule,
  SharedText,
  Step,
  Steps,
  Term,
  table: Table,
} satisfies MDXComponents;

export function useMDXComponents(components: MDXComponents = {}): MDXComponents {
  return { ...mdxComponents, ...components };
}
