/** A plan cut down to its task budget, least important tasks first. */
import type { PlannedGroup, PlannedTask } from './plan-outline';
import { priorityRank } from './text';

export interface TrimmedPlan {
  groups: PlannedGroup[];
  /** Titles of the tasks left out, in the order they were dropped. */
  dropped: string[];
}

export const countTasks = (groups: readonly PlannedGroup[]): number =>
  groups.reduce((total, group) => total + 1 + group.children.length, 0);

const isFeature = (group: PlannedGroup) => group.phase === 'feature';

/** Phase groups go before features when even groups must go: the data model, deploy, testing, setup. */
const PHASE_DROP_ORDER = ['data', 'deploy', 'testing', 'setup'];

interface Candidate {
  group: number;
  child: number | null;
  rank: readonly number[];
}

/** Lowest rank first: [tier, priority, …]; later subtasks and later groups go first among equals. */
function candidates(groups: readonly PlannedGroup[]): Candidate[] {
  const list: Candidate[] = [];
  groups.forEach((group, index) => {
    group.children.forEach((child: PlannedTask, childIndex) => {
      const tier = isFeature(group) ? 0 : 1;
      list.push({
        group: index,
        child: childIndex,
        rank: [tier, priorityRank(child.priority), -childIndex, -index],
      });
    });
    if (group.children.length > 0) return;
    const rank = isFeature(group)
      ? [3, priorityRank(group.priority), 0, -index]
      : [2, PHASE_DROP_ORDER.indexOf(group.key), 0, -index];
    list.push({ group: index, child: null, rank });
  });
  return list;
}

function lowest(list: readonly Candidate[]): Candidate | undefined {
  return list.reduce<Candidate | undefined>((best, candidate) => {
    if (best === undefined) return candidate;
    const order = candidate.rank.findIndex((value, at) => value !== best.rank[at]);
    return order !== -1 && candidate.rank[order] < best.rank[order] ? candidate : best;
  }, undefined);
}

/**
 * At most `maxTasks` tasks (at least one is always kept): feature subtasks go first (lowest priority,
 * the last of each feature, the last features), then phase subtasks, then empty phase groups, then
 * empty feature groups.
 */
export function trimPlan(groups: readonly PlannedGroup[], maxTasks: number): TrimmedPlan {
  let working = groups.map((group) => ({ ...group, children: [...group.children] }));
  const dropped: string[] = [];
  const limit = Math.max(1, maxTasks);
  while (countTasks(working) > limit) {
    const next = lowest(candidates(working));
    if (next === undefined) break;
    const group = working[next.group];
    if (next.child === null) {
      dropped.push(group.title);
      working = working.filter((_, index) => index !== next.group);
    } else {
      dropped.push(group.children[next.child].title);
      group.children.splice(next.child, 1);
    }
  }
  const kept = working.map((group) => ({
    ...group,
    points: group.children.length === 0 ? group.points : group.children.reduce((sum, c) => sum + c.points, 0),
  }));
  return { groups: kept, dropped };
}
