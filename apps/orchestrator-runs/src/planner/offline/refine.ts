/** refine: feedback read clause by clause, each a command on the project's tasks. */
import type { RefineInput } from '../engine/planner-engine';
import { feedbackClauses, parseCommand, type RefineCommand } from './refine-commands';
import { RefineContext, type Failure, type Step } from './refine-context';
import { planAdd, planSplit } from './refine-create';
import { planEdit } from './refine-edits';
import type { DraftProposal } from './patch-builder';

export interface RefinePlan extends DraftProposal {
  /** Clauses read as a command (carried out or answered with a warning). */
  understood: number;
  /** Clauses no rule understood. */
  notUnderstood: number;
}

function plan(ctx: RefineContext, command: RefineCommand): Step {
  switch (command.kind) {
    case 'add':
      return planAdd(ctx, command);
    case 'split':
      return planSplit(ctx, command);
    case 'remove':
    case 'rename':
    case 'depend':
    case 'undepend':
    case 'priority':
    case 'status':
    case 'move':
    case 'describe':
      return planEdit(ctx, command);
  }
}

/**
 * The first reading whose names all resolve is carried out; an ambiguous name stops there (the
 * warning lists the candidates); when no reading resolves, the first one's reason is given.
 */
function carryOut(ctx: RefineContext, readings: readonly RefineCommand[]): void {
  let first: Failure | null = null;
  for (const reading of readings) {
    const step = plan(ctx, reading);
    if (step.ok) {
      step.apply();
      return;
    }
    if (step.failure.ambiguous) {
      ctx.warn(step.failure.warning);
      return;
    }
    first ??= step.failure;
  }
  if (first !== null) ctx.warn(first.warning);
}

export function refinePlan(input: RefineInput): RefinePlan {
  const ctx = new RefineContext(input.snapshot);
  let understood = 0;
  let notUnderstood = 0;
  for (const clause of feedbackClauses(input.feedback)) {
    const readings = parseCommand(clause);
    if (readings.length === 0) {
      notUnderstood += 1;
      ctx.warn({ code: 'not_understood', message: `could not understand "${clause}"` });
      continue;
    }
    understood += 1;
    carryOut(ctx, readings);
  }
  const ops = ctx.builder.ops;
  const rationale =
    ops.length === 0
      ? 'No change proposed: nothing in the feedback could be carried out (see the warnings).'
      : ctx.notes.join(' ');
  return { ops, rationale, warnings: ctx.warnings, understood, notUnderstood };
}
