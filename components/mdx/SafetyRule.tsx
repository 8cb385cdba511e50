import type { RuleId } from '@/content/data/safety';
import type { Citations } from '@/lib/content/citations';
import { ruleOf } from '@/lib/safety/compose';
import { DEFAULT_LOCALE, type Locale } from '@/lib/site-map/pages';
import { Cite } from './Cite';

type Props = { id: RuleId; citations?: Citations; locale?: Locale };

/** A rule several pages share (after sedation, after the bowel-relaxing injection, with a stent), written once. */
export function SafetyRule({ id, citations, locale = DEFAULT_LOCALE }: Props) {
  const rule = ruleOf(id, locale);
  return (
    <div className="safety-rule not-prose my-6 border-l-8 border-brand bg-infoTint px-5 py-4" data-rule={id}>
      <p className="mb-1 font-bold">
        {rule.title}
        {citations ? <Cite src={rule.sources.join(' ')} citations={citations} /> : null}
      </p>
      {rule.text.map((sentence) => (
        <p key={sentence}>{sentence}</p>
      ))}
    </div>
  );
}
