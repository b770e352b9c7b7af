/** An idea's clauses turned into the groups of a plan: phases, and one group per feature. */
import type { Priority, TaskType } from '@slipway/contracts';
import type { FeatureTemplate, PlanPhase, TaskTemplate } from './catalogue-types';
import { splitClauses, type Clause } from './clauses';
import { matchText } from './feature-catalogue';
import { DATA_MODEL, DEPLOY, GENERIC_STEPS, SETUP_TASKS, TESTING_TASKS } from './phase-catalogue';
import { capitalize, clauseName, contentWords, cut, priorityRank, slug } from './text';

export interface PlannedTask {
  title: string;
  description: string;
  type: TaskType;
  priority: Priority;
  points: number;
  phase: PlanPhase;
  feature?: string;
}

export interface PlannedGroup extends PlannedTask {
  /** setup, data, testing, deploy, a template's key or `custom:<slug>`. */
  key: string;
  children: PlannedTask[];
  /** Keys of the feature groups this one waits for, beside the phase order. */
  after: readonly string[];
}

export interface PlanOutline {
  groups: PlannedGroup[];
  /** Names of the catalogue features found. */
  templates: string[];
  /** Names of the features made from clauses no template matched. */
  custom: string[];
  matchedAny: boolean;
}

interface FeatureDraft {
  key: string;
  name: string;
  template: FeatureTemplate | null;
  priority: Priority;
  sources: string[];
}

const higher = (a: Priority, b: Priority): Priority => (priorityRank(a) >= priorityRank(b) ? a : b);

/** "API gateway" keeps its capitals; "Recipe sharing" becomes "recipe sharing" after a verb. */
const lowerFirst = (text: string): string =>
  /^[A-Z][a-z]/.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text;

function draftFeatures(clauses: readonly Clause[]): Map<string, FeatureDraft> {
  const drafts = new Map<string, FeatureDraft>();
  const note = (key: string, name: string, template: FeatureTemplate | null, clause: Clause) => {
    const priority = clause.priority ?? 'medium';
    const draft = drafts.get(key);
    if (draft === undefined) drafts.set(key, { key, name, template, priority, sources: [clause.text] });
    else {
      draft.priority = higher(draft.priority, priority);
      draft.sources.push(clause.text);
    }
  };
  let previous: { sentence: number; keys: string[] } | null = null;
  for (const clause of clauses) {
    const matches = matchText(clause.text).map((match) => match.feature);
    if (matches.length > 0) {
      for (const template of matches) note(template.key, template.name, template, clause);
      previous = { sentence: clause.sentence, keys: matches.map((template) => template.key) };
      continue;
    }
    // "sign in with Google and GitHub": a short fragment after a matched clause is its detail.
    if (previous?.sentence === clause.sentence && contentWords(clause.text).length <= 2) {
      for (const key of previous.keys) drafts.get(key)?.sources.push(clause.text);
      continue;
    }
    const name = clauseName(clause.text);
    if (name === null) continue;
    const title = capitalize(cut(name, 80));
    note(`custom:${slug(title)}`, title, null, clause);
    previous = { sentence: clause.sentence, keys: [`custom:${slug(title)}`] };
  }
  return drafts;
}

const fromTemplate = (
  templates: readonly TaskTemplate[],
  priority: Priority,
  phase: PlanPhase,
  feature?: string,
): PlannedTask[] =>
  templates.map((template) => ({
    title: template.title,
    description: template.description,
    type: template.type,
    priority,
    points: template.points,
    phase,
    ...(feature === undefined ? {} : { feature }),
  }));

function customSteps(name: string, priority: Priority, feature: string): PlannedTask[] {
  const object = lowerFirst(name);
  return [GENERIC_STEPS.design, GENERIC_STEPS.implement, GENERIC_STEPS.test].map((step) => ({
    title: cut(`${step.title} ${object}`),
    description: step.description,
    type: step.type,
    priority,
    points: step.points,
    phase: 'feature' as const,
    feature,
  }));
}

const quoted = (sources: readonly string[]): string => cut(`From the idea: "${sources.join('; ')}".`, 2_000);

const pointsOf = (children: readonly PlannedTask[]): number =>
  children.reduce((sum, child) => sum + child.points, 0);

interface PhaseSpec {
  key: string;
  title: string;
  type: TaskType;
  phase: Exclude<PlanPhase, 'feature'>;
  steps: readonly TaskTemplate[];
  /** Said when the idea does not mention the phase. */
  description: string;
}

/** A phase group: medium priority and a fixed description, unless the idea speaks of it. */
function phaseGroup(spec: PhaseSpec, draft: FeatureDraft | undefined): PlannedGroup {
  const priority = draft?.priority ?? 'medium';
  const children = fromTemplate(spec.steps, priority, spec.phase);
  const description = draft === undefined ? spec.description : quoted(draft.sources);
  const { key, title, type, phase } = spec;
  return { key, title, description, type, priority, points: pointsOf(children), phase, children, after: [] };
}

function featureGroup(draft: FeatureDraft): PlannedGroup {
  const children =
    draft.template === null
      ? customSteps(draft.name, draft.priority, draft.key)
      : fromTemplate(draft.template.tasks, draft.priority, 'feature', draft.key);
  return {
    key: draft.key,
    title: draft.name,
    description: quoted(draft.sources),
    type: 'engineering',
    priority: draft.priority,
    points: pointsOf(children),
    phase: 'feature',
    feature: draft.key,
    children,
    after: draft.template?.after ?? [],
  };
}

const SETUP: PhaseSpec = {
  key: 'setup',
  title: 'Setup',
  type: 'planning',
  phase: 'setup',
  steps: SETUP_TASKS,
  description: 'Repository, tooling and environments.',
};
const DATA: PhaseSpec = {
  key: 'data',
  title: DATA_MODEL.name,
  type: 'engineering',
  phase: 'data_model',
  steps: DATA_MODEL.tasks,
  description: 'The records every feature stores.',
};
const TESTING: PhaseSpec = {
  key: 'testing',
  title: 'Testing',
  type: 'qa',
  phase: 'testing',
  steps: TESTING_TASKS,
  description: 'The plan checked as a whole.',
};
const DEPLOYING: PhaseSpec = {
  key: 'deploy',
  title: DEPLOY.name,
  type: 'deploy',
  phase: 'deploy',
  steps: DEPLOY.tasks,
  description: 'From build to production.',
};

/**
 * The plan's groups in phase order: Setup, Data model (when the idea or one of its features stores
 * records), the features in the order the idea names them, Testing, Deploy.
 */
export function outlinePlan(idea: string): PlanOutline {
  const drafts = draftFeatures(splitClauses(idea));
  const data = drafts.get(DATA_MODEL.key);
  const deploy = drafts.get(DEPLOY.key);
  const features = [...drafts.values()].filter((draft) => draft !== data && draft !== deploy);
  const storesRecords = data !== undefined || features.some((draft) => draft.template?.usesData === true);
  const groups = [
    phaseGroup(SETUP, undefined),
    ...(storesRecords ? [phaseGroup(DATA, data)] : []),
    ...features.map(featureGroup),
    phaseGroup(TESTING, undefined),
    phaseGroup(DEPLOYING, deploy),
  ];
  return {
    groups,
    templates: features.filter((draft) => draft.template !== null).map((draft) => draft.name),
    custom: features.filter((draft) => draft.template === null).map((draft) => draft.name),
    matchedAny: [...drafts.values()].some((draft) => draft.template !== null),
  };
}
