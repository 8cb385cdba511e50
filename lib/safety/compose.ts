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
import { levelTextEs, rulesEs, signsEs } from '@/content/data/es/safety';
import { dataSources, type DataSourceId } from '@/content/data/sources';
import type { Source } from '@/content/schema/article';
import { DEFAULT_LOCALE, type Locale } from '@/lib/site-map/pages';

/*
 * A sign's level, sources and place in the order live only in the English
 * data; a language adds its words for each, under the same ids.
 */
const WORDS = {
  en: { signs: signs as Record<SignId, { text: string; action?: string }>, levelText, rules: rules as Record<RuleId, { title: string; text: readonly string[] }> },
  es: { signs: signsEs as Record<SignId, { text: string; action?: string }>, levelText: levelTextEs, rules: rulesEs as Record<RuleId, { title: string; text: readonly string[] }> },
} satisfies Record<Locale, unknown>;

/** What a page says applies to it: the factors of its test, and any signs of its own. */
export type SafetyProfile = { applies: readonly FactorId[]; signs?: readonly SignId[] };

/** A sign as a card shows it, with the registry keys of the sources behind it on this page. */
export type ComposedSign = { id: SignId; text: string; action?: string; sources: DataSourceId[] };
export type ComposedCard = { level: CareLevel; heading: string; where: string; signs: ComposedSign[] };
export type ComposedRule = { id: RuleId; title: string; text: string[]; sources: DataSourceId[] };

/** Every sign a profile brings, once each, in the order the data lists them. */
export function signIdsOf(profile: SafetyProfile): SignId[] {
  const wanted = new Set<SignId>([...profile.applies.flatMap((f) => factors[f].signs as SignId[]), ...(profile.signs ?? [])]);
  return (Object.keys(signs) as SignId[]).filter((id) => wanted.has(id));
}

/** The cards for a profile, most urgent first; a level with no signs has no card. */
export function cardsFor(profile: SafetyProfile, locale: Locale = DEFAULT_LOCALE): ComposedCard[] {
  const words = WORDS[locale];
  const ids = signIdsOf(profile);
  const cited = signSources(profile);
  return levelOrder.flatMap((level) => {
    const list = ids
      .filter((id) => signs[id].level === level)
      .map((id) => {
        const sign = words.signs[id];
        const sources = cited.get(id) ?? [];
        return sign.action ? { id, text: sign.text, action: sign.action, sources } : { id, text: sign.text, sources };
      });
    return list.length ? [{ level, ...words.levelText[level], signs: list }] : [];
  });
}

/**
 * The sources behind each sign of a profile. A factor that names its own
 * sources for a sign replaces the sign's general ones, so a child's bladder
 * test cites children's hospitals for its fever sign.
 */
function signSources(profile: SafetyProfile): Map<SignId, DataSourceId[]> {
  const own = new Map<SignId, Set<DataSourceId>>();
  for (const factor of profile.applies) {
    for (const [sign, list] of Object.entries((factors[factor] as Factor).sources ?? {}) as [SignId, DataSourceId[]][]) {
      const set = own.get(sign) ?? new Set<DataSourceId>();
      for (const key of list) set.add(key);
      own.set(sign, set);
    }
  }
  return new Map(
    signIdsOf(profile).map((id) => [id, [...(own.get(id) ?? (signs[id].sources as readonly DataSourceId[]))]]),
  );
}

/** The shared rules (sedation, the bowel-relaxing injection, a stent's medicines) that apply. */
export function rulesFor(profile: SafetyProfile, locale: Locale = DEFAULT_LOCALE): ComposedRule[] {
  const ids = new Set<RuleId>();
  for (const factor of profile.applies) {
    const rule = (factors[factor] as { rule?: RuleId }).rule;
    if (rule) ids.add(rule);
  }
  return [...ids].map((id) => ruleOf(id, locale));
}

/**
 * The sources behind a profile's signs and rules, once each. A sign a factor
 * brings is cited from that factor's sources for it, when it names some, so a
 * child's bladder test cites children's hospitals for its fever sign.
 */
export function safetySourcesFor(profile: SafetyProfile): Source[] {
  const keys = new Set<DataSourceId>();
  for (const list of signSources(profile).values()) for (const key of list) keys.add(key);
  for (const rule of rulesFor(profile)) for (const key of rule.sources) keys.add(key);
  return [...keys].map((key) => dataSources[key]);
}

/** The profile of a page that is not about one test. */
export const generalProfile: SafetyProfile = { applies: [], signs: generalSigns };

export function ruleOf(id: RuleId, locale: Locale = DEFAULT_LOCALE): ComposedRule {
  const words = WORDS[locale].rules[id];
  return { id, title: words.title, text: [...words.text], sources: [...(rules[id].sources as readonly DataSourceId[])] };
}
