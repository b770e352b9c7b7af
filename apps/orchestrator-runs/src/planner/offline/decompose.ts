/** decompose: one task split into subtasks, each waiting for the one before it. */
import type { DecomposeInput, ProposalWarning } from '../engine/planner-engine';
import { PatchBuilder, type DraftProposal } from './patch-builder';
import { addSubtasks, estimateSubtaskCount, stepsFor, templateFor } from './subtasks';

export const MIN_SUBTASKS = 2;
export const MAX_SUBTASKS = 12;

export function decomposeTask(input: DecomposeInput): DraftProposal {
  const { snapshot, taskId, count, guidance } = input;
  const task = snapshot.tasks.find((candidate) => candidate.id === taskId);
  if (task === undefined) {
    return {
      ops: [],
      rationale: 'The task is not in the project.',
      warnings: [{ code: 'not_found', message: `no task ${taskId} in project "${snapshot.project.name}"` }],
    };
  }
  const warnings: ProposalWarning[] = [];
  let wanted = count === undefined ? estimateSubtaskCount(task, guidance) : Math.round(count);
  if (count !== undefined && (wanted < MIN_SUBTASKS || wanted > MAX_SUBTASKS)) {
    wanted = Math.min(MAX_SUBTASKS, Math.max(MIN_SUBTASKS, wanted));
    warnings.push({
      code: 'count_clamped',
      message: `count ${count} is outside 2..12: ${wanted} subtasks proposed`,
    });
  }
  const builder = new PatchBuilder();
  const existing = snapshot.tasks.filter((candidate) => candidate.parent_id === task.id);
  const steps = stepsFor(task, wanted);
  const added = addSubtasks(builder, snapshot.project.id, task, existing, steps, { chain: true, guidance });
  warnings.push(...added.warnings);
  const template = templateFor(task);
  const source =
    template === null ? 'design, build, test and document steps' : `the ${template.name} template`;
  const how =
    count === undefined ? `${wanted} subtasks (a number estimated from its size)` : `${wanted} subtasks`;
  const rationale =
    added.created.length === 0
      ? `"${task.title}" already has every subtask proposed; nothing to add.`
      : `"${task.title}" split into ${how} from ${source}, each waiting for the one before: ` +
        `${added.created.map(({ step }) => `"${step.title}"`).join(', ')}.`;
  return { ops: builder.ops, rationale, warnings };
}
