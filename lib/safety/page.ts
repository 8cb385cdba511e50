import { rules, type FactorId, type RuleId, type SignId } from '@/content/data/safety';
import { dataSources, type DataSourceId } from '@/content/data/sources';
import type { Source } from '@/content/schema/article';
import { safetySourcesFor, type SafetyProfile } from './compose';

type WithSafety = { safety?: { applies: FactorId[]; signs: SignId[] } };

/** A page's profile from its front matter, or undefined when it shows no cards. */
export function profileOf(meta: WithSafety): SafetyProfile | undefined {
  return meta.safety ? { applies: meta.safety.applies, signs: meta.safety.signs } : undefined;
}

/**
 * The page's own sources followed by those behind its warning signs and the
 * shared rules it shows, each link once, so every sign on the page is cited
 * in its Sources list.
 */
export function sourcesWithSafety(sources: Source[], profile: SafetyProfile | undefined, ruleIds: string[] = []): Source[] {
  const extra = profile ? safetySourcesFor(profile) : [];
  for (const id of ruleIds) {
    if (!Object.hasOwn(rules, id)) throw new Error(`<SafetyRule id="${id}"> is not a rule in content/data/safety.ts`);
    for (const key of rules[id as RuleId].sources) extra.push(dataSources[key as DataSourceId]);
  }
  const seen = new Set<string>();
  return [...sources, ...extra].filter((source) => (seen.has(source.url) ? false : (seen.add(source.url), true)));
}
