import type { PatchSetDto, PatchValidationDto } from '@slipway/contracts';
import type { ProjectSnapshot } from '../snapshot';
import type { CheckScope, Deletion, PatchLimits } from './check-scope';
import { Findings } from './findings';
import {
  checkAddDependency,
  checkCreateProject,
  checkRemoveDependency,
  checkUpdateProject,
} from './project-rules';
import { ProjectedPlan, type PlannedEdge } from './projected-plan';
import { checkUpdateTask } from './task-field-rules';
import { checkCreateTask, checkDeleteTask, checkMoveTask } from './task-tree-rules';

export const DEFAULT_PATCH_LIMITS: PatchLimits = { maxDepth: 6, maxCreatedTasks: 150 };

/** What checking a PatchSet found, and what the apply needs of it: the removals each delete makes. */
export interface PatchCheck {
  validation: PatchValidationDto;
  deletions: Map<number, Deletion>;
  removedEdges: Map<number, PlannedEdge>;
}

/**
 * The rules of a PatchSet against the project as read now (null: a PatchSet creating its project):
 * every operation is checked against the project as the earlier operations would leave it, so refs,
 * the tree and the dependency graph are judged as they would be after the patch. Pure: the same
 * PatchSet and snapshot give the same answer, and apply runs exactly this. `modelOps` names the
 * operations of a person's PatchSet that a model proposed (an edited proposal).
 */
export function checkPatchSet(
  patch: PatchSetDto,
  snapshot: ProjectSnapshot | null,
  options: { limits?: PatchLimits; modelOps?: ReadonlySet<number> } = {},
): PatchCheck {
  const findings = new Findings();
  const byModel = patch.source.endpoint !== 'manual';
  const { limits = DEFAULT_PATCH_LIMITS, modelOps } = options;
  const scope: CheckScope = {
    plan: new ProjectedPlan(snapshot),
    findings,
    // A person's edit of a proposal is theirs; the operations they left as the model wrote them stay the model's.
    aiAuthored: (index) => byModel || (modelOps?.has(index) ?? false),
    limits,
    project: snapshot?.project.id ?? null,
    deletions: new Map(),
    removedEdges: new Map(),
    createdTasks: 0,
  };
  checkBase(patch, snapshot, findings);
  for (const [index, op] of patch.ops.entries()) {
    switch (op.op) {
      case 'create_project':
        checkCreateProject(scope, index, op);
        break;
      case 'update_project':
        checkUpdateProject(scope, index, op, patch.base?.project_version ?? null);
        break;
      case 'create_task':
        checkCreateTask(scope, index, op);
        break;
      case 'update_task':
        checkUpdateTask(scope, index, op);
        break;
      case 'move_task':
        checkMoveTask(scope, index, op);
        break;
      case 'delete_task':
        checkDeleteTask(scope, index, op);
        break;
      case 'add_dependency':
        checkAddDependency(scope, index, op);
        break;
      case 'remove_dependency':
        checkRemoveDependency(scope, index, op);
        break;
    }
  }
  return {
    validation: findings.result(patch.id, patch.ops.length),
    deletions: scope.deletions,
    removedEdges: scope.removedEdges,
  };
}

function checkBase(patch: PatchSetDto, snapshot: ProjectSnapshot | null, findings: Findings): void {
  if (patch.base && snapshot && patch.base.project_id !== snapshot.project.id)
    findings.error(-1, 'wrong_base', 'base.project_id', 'the base project is not the project read');
  if (!patch.base && !patch.ops.some((op) => op.op === 'create_project'))
    findings.error(
      -1,
      'no_project',
      'base',
      'a PatchSet without a base project must create one (create_project)',
    );
}
