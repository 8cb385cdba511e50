import type { RuleId } from '@/content/data/safety';
import { ruleOf } from '@/lib/safety/compose';

type Props = { id: RuleId };

/** A rule several pages share (after sedation, after the bowel-relaxing injection, with a stent), written once. */
export function SafetyRule({ id }: Props) {
  const rule = ruleOf(id);
  return (
    <div className="safety-rule not-prose my-6 border-l-8 border-brand bg-infoTint px-5 py-4" data-rule={id}>
      <p className="mb-1 font-bold">{rule.title}</p>
      {rule.text.map((sentence) => (
        <p key={sentence}>{sentence}</p>
      ))}
    </div>
  );
}
