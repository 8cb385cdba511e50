import {
  factors,
  generalSigns,
  levelOrder,
  levelText,
  rules,
  signs,
  type CareLevel,
  type Factor,
  type FactorId,
  type RuleId,
  type SignId,
} from '@/content/data/safety';
import { dataSources, type DataSourceId } from '@/content/data/sources';
import type { Source } from '@/content/schema/article';

/** What a page says applies to it: the factors of its test, and any signs of its own. */
export type SafetyProfile = { applies: readonly FactorId[]; signs?: readonly SignId[] };

export type ComposedSign = { id: SignId; text: string; action?: string };
export type ComposedCard = { level: CareLevel; heading: string; where: string; signs: ComposedSign[] };
export type ComposedRule = { id: RuleId; title: string; text: string[] };

/** Every sign a profile brings, once each, in the order the data lists them. */
export function signIdsOf(profile: SafetyProfile): SignId[] {
  const wanted = new Set<SignId>([...profile.applies.flatMap((f) => factors[f].signs as SignId[]), ...(profile.signs ?? [])]);
  return (Object.keys(signs) as SignId[]).filter((id) => wanted.has(id));
}

/** The cards for a profile, most urgent first; a level with no signs has no card. */
export function cardsFor(profile: SafetyProfile): ComposedCard[] {
  const ids = signIdsOf(profile);
  return levelOrder.flatMap((level) => {
    const list = ids
      .filter((id) => signs[id].level === level)
      .map((id) => {
        const sign: { text: string; action?: string } = signs[id];
        return sign.action ? { id, text: sign.text, action: sign.action } : { id, text: sign.text };
      });
    return list.length ? [{ level, ...levelText[level], signs: list }] : [];
  });
}

/** The shared rules (sedation, the bowel-relaxing injection, a stent's medicines) that apply. */
export function rulesFor(profile: SafetyProfile): ComposedRule[] {
  const ids = new Set<RuleId>();
  for (const factor of profile.applies) {
    const rule = (factors[factor] as { rule?: RuleId }).rule;
    if (rule) ids.add(rule);
  }
  return [...ids].map((id) => ({ id, title: rules[id].title, text: [...rules[id].text] }));
}

/**
 * The sources behind a profile's signs and rules, once each. A sign a factor
 * brings is cited from that factor's sources for it, when it names some, so a
 * child's bladder test cites children's hospitals for its fever sign.
 */
export function safetySourcesFor(profile: SafetyProfile): Source[] {
  const keys = new Set<DataSourceId>();
  const cited = new Set<SignId>();
  for (const factor of profile.applies) {
    const own = (factors[factor] as Factor).sources ?? {};
    for (const [sign, list] of Object.entries(own) as [SignId, DataSourceId[]][]) {
      cited.add(sign);
      for (const key of list) keys.add(key);
    }
  }
  for (const id of signIdsOf(profile)) {
    if (!cited.has(id)) for (const key of signs[id].sources) keys.add(key as DataSourceId);
  }
  for (const rule of rulesFor(profile)) for (const key of rules[rule.id].sources) keys.add(key as DataSourceId);
  return [...keys].map((key) => dataSources[key]);
}

/** The profile of a page that is not about one test. */
export const generalProfile: SafetyProfile = { applies: [], signs: generalSigns };

export function ruleOf(id: RuleId): ComposedRule {
  return { id, title: rules[id].title, text: [...rules[id].text] };
}
