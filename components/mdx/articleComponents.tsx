import type { ComponentProps } from 'react';
import type { MDXComponents } from 'mdx/types';
import type { FactorId, RuleId, SignId } from '@/content/data/safety';
import type { Citations } from '@/lib/content/citations';
import { DEFAULT_LOCALE, type Locale } from '@/lib/site-map/pages';
import { Callout } from './Callout';
import { Cite } from './Cite';
import { DoseComparison } from './DoseComparison';
import { DoseText } from './DoseText';
import { DurationText } from './DurationText';
import { FluoroscopyRoom } from './FluoroscopyRoom';
import { HelpCards } from './HelpCards';
import { MainPoints } from './MainPoints';
import { SafetyRule } from './SafetyRule';
import { SharedText } from './SharedText';
import { Term } from './Term';

type Options = {
  /** The page's numbered sources. */
  citations: Citations;
  /** What a procedure's test involves, from its front matter; a guide names its own in the body. */
  safety?: { applies: FactorId[]; signs: SignId[] };
  /** The page's language: components with words of their own use it. */
  locale?: Locale;
};

/**
 * The components of one article bound to that page: its citation numbers, its
 * language and, for a procedure, its warning signs. Everything else comes from
 * mdx-components.tsx.
 */
export function articleComponents({ citations, safety, locale = DEFAULT_LOCALE }: Options): MDXComponents {
  return {
    Callout: (props: Omit<ComponentProps<typeof Callout>, 'locale'>) => <Callout {...props} locale={locale} />,
    Cite: ({ src }: { src: string }) => <Cite src={src} citations={citations} />,
    DoseComparison: (props: Omit<ComponentProps<typeof DoseComparison>, 'locale'>) => <DoseComparison {...props} locale={locale} />,
    DoseText: ({ id }: { id: string }) => <DoseText id={id} citations={citations} locale={locale} />,
    DurationText: ({ id }: { id: string }) => <DurationText id={id} citations={citations} locale={locale} />,
    FluoroscopyRoom: () => <FluoroscopyRoom locale={locale} />,
    MainPoints: (props: Omit<ComponentProps<typeof MainPoints>, 'locale'>) => <MainPoints {...props} locale={locale} />,
    SafetyRule: ({ id }: { id: RuleId }) => <SafetyRule id={id} citations={citations} locale={locale} />,
    SharedText: ({ id }: { id: string }) => <SharedText id={id} citations={citations} locale={locale} />,
    Term: (props: Omit<ComponentProps<typeof Term>, 'locale'>) => <Term {...props} locale={locale} />,
    HelpCards: (props: { applies?: FactorId[]; signs?: SignId[] }) => (
      <HelpCards applies={safety?.applies ?? props.applies} signs={safety?.signs ?? props.signs} citations={citations} locale={locale} />
    ),
  };
}
