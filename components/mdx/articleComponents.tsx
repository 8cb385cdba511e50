import type { MDXComponents } from 'mdx/types';
import type { FactorId, RuleId, SignId } from '@/content/data/safety';
import type { Citations } from '@/lib/content/citations';
import { Cite } from './Cite';
import { DoseText } from './DoseText';
import { DurationText } from './DurationText';
import { HelpCards } from './HelpCards';
import { SafetyRule } from './SafetyRule';
import { SharedText } from './SharedText';

type Options = {
  /** The page's numbered sources. */
  citations: Citations;
  /** What a procedure's test involves, from its front matter; a guide names its own in the body. */
  safety?: { applies: FactorId[]; signs: SignId[] };
};

/**
 * The components of one article bound to that page: its citation numbers and,
 * for a procedure, its warning signs. Everything else comes from
 * mdx-components.tsx.
 */
export function articleComponents({ citations, safety }: Options): MDXComponents {
  return {
    Cite: ({ src }: { src: string }) => <Cite src={src} citations={citations} />,
    DoseText: ({ id }: { id: string }) => <DoseText id={id} citations={citations} />,
    DurationText: ({ id }: { id: string }) => <DurationText id={id} citations={citations} />,
    SafetyRule: ({ id }: { id: RuleId }) => <SafetyRule id={id} citations={citations} />,
    SharedText: ({ id }: { id: string }) => <SharedText id={id} citations={citations} />,
    HelpCards: (props: { applies?: FactorId[]; signs?: SignId[] }) => (
      <HelpCards applies={safety?.applies ?? props.applies} signs={safety?.signs ?? props.signs} citations={citations} />
    ),
  };
}
