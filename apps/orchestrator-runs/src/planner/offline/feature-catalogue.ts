/** The feature templates the offline planner knows, and how a text is matched against them. */
import type { FeatureTemplate } from './catalogue-types';
import { CORE_FEATURES } from './features-core';
import { DOMAIN_FEATURES } from './features-domain';
import { MORE_FEATURES } from './features-more';
import { DATA_MODEL, DEPLOY } from './phase-catalogue';
import { isFiller, stem, words } from './text';

export const FEATURE_CATALOGUE: readonly FeatureTemplate[] = [
  ...CORE_FEATURES,
  ...MORE_FEATURES,
  ...DOMAIN_FEATURES,
  DATA_MODEL,
  DEPLOY,
];

interface CompiledKeyword {
  feature: FeatureTemplate;
  stems: readonly string[];
}

/** Every keyword (and each template's own name) as stems, longest phrases first. */
const KEYWORDS: readonly CompiledKeyword[] = FEATURE_CATALOGUE.flatMap((feature) =>
  [...feature.keywords, feature.name].map((keyword) => ({ feature, stems: words(keyword).map(stem) })),
).sort((a, b) => b.stems.length - a.stems.length);

export interface FeatureMatch {
  feature: FeatureTemplate;
  /** Index of the first word that matched. */
  position: number;
  /** Indexes of the words its keywords cover. */
  covered: ReadonlySet<number>;
}

/** The templates a text mentions, in the order it mentions them. */
export function matchText(text: string): FeatureMatch[] {
  const textStems = words(text).map(stem);
  const found = new Map<string, { feature: FeatureTemplate; position: number; covered: Set<number> }>();
  for (const keyword of KEYWORDS) {
    const length = keyword.stems.length;
    for (let start = 0; start + length <= textStems.length; start += 1) {
      if (!keyword.stems.every((part, offset) => textStems[start + offset] === part)) continue;
      const entry = found.get(keyword.feature.key) ?? {
        feature: keyword.feature,
        position: start,
        covered: new Set<number>(),
      };
      entry.position = Math.min(entry.position, start);
      for (let offset = 0; offset < length; offset += 1) entry.covered.add(start + offset);
      found.set(keyword.feature.key, entry);
    }
  }
  return [...found.values()].sort(
    (a, b) =>
      a.position - b.position || FEATURE_CATALOGUE.indexOf(a.feature) - FEATURE_CATALOGUE.indexOf(b.feature),
  );
}

export const matchFeatures = (text: string): FeatureTemplate[] =>
  matchText(text).map((match) => match.feature);

/**
 * The template a short phrase names as a whole ("search", "Stripe payments", "Notifications"): every
 * word that carries meaning is one of its keywords. Null when the phrase says more than that.
 */
export function namedFeature(text: string): FeatureTemplate | null {
  const meaningful = words(text)
    .map((word, index) => ({ word, index }))
    .filter(({ word }) => !isFiller(word))
    .map(({ index }) => index);
  if (meaningful.length === 0) return null;
  const whole = matchText(text).find((match) => meaningful.every((index) => match.covered.has(index)));
  return whole?.feature ?? null;
}

export const featureByKey = (key: string): FeatureTemplate | undefined =>
  FEATURE_CATALOGUE.find((feature) => feature.key === key);
