/** What refine works on: the snapshot's tasks, the tasks its own operations create, and what it says. */
import type { Priority, TaskStatus } from '@slipway/contracts';
import type { ProposalWarning } from '../engine/planner-engine';
import type { ProjectSnapshot } from '../snapshot';
import { findByTitle, listTitles } from './fuzzy-match';
import { PatchBuilder } from './patch-builder';
import { sameTitle } from './text';

/** A task a command may name: one of the snapshot's, or one created earlier in the same proposal. */
export interface Target {
  /** The canonical id, or the ref of a task this proposal creates. */
  id: string;
  title: string;
  /** Null for a task this proposal creates. */
  version: number | null;
  status: TaskStatus;
  priority: Priority;
  parentId: string | null;
  description: string | null;
  payload: Record<string, unknown>;
}

/** Why a reading of a command could not be carried out; an ambiguous name stops the other readings. */
export interface Failure {
  ambiguous: boolean;
  warning: ProposalWarning;
}

export type Step = { ok: true; apply: () => void } | { ok: false; failure: Failure };

export const fail = (code: string, message: string, ambiguous = false): Step => ({
  ok: false,
  failure: { ambiguous, warning: { code, message } },
});

/** The phases generate writes into payload.phase, and the titles it gives them. */
const PHASE_TITLES: Record<string, string> = { setup: 'Setup', data_model: 'Data model', testing: 'Testing' };

export class RefineContext {
  readonly builder = new PatchBuilder();
  readonly warnings: ProposalWarning[] = [];
  readonly notes: string[] = [];
  private readonly items: Target[];

  constructor(readonly snapshot: ProjectSnapshot) {
    this.items = snapshot.tasks.map((task) => ({
      id: task.id,
      title: task.title,
      version: task.version,
      status: task.status,
      priority: task.priority,
      parentId: task.parent_id,
      description: task.description,
      payload: task.payload,
    }));
  }

  get projectId(): string {
    return this.snapshot.project.id;
  }

  /** The task a name designates, or why none does. */
  find(name: string): { target: Target } | { step: Step } {
    const match = findByTitle(this.items, name);
    switch (match.kind) {
      case 'found':
        return { target: match.item };
      case 'ambiguous':
        return {
          step: fail('ambiguous', `"${name}" matches several tasks: ${listTitles(match.candidates)}`, true),
        };
      case 'missing':
        return { step: fail('not_found', `no task matches "${name}"`) };
    }
  }

  /** A task of the snapshot (not one this proposal creates): what update, move and delete need. */
  existing(name: string): { target: Target & { version: number } } | { step: Step } {
    const found = this.find(name);
    if ('step' in found) return found;
    const { target } = found;
    if (target.version === null) {
      const message = `"${target.title}" is created by this same change: change it once it exists`;
      return { step: fail('not_applicable', message) };
    }
    return { target: { ...target, version: target.version } };
  }

  withTitle(title: string): Target | undefined {
    return this.items.find((item) => sameTitle(item.title, title));
  }

  children(id: string): Target[] {
    return this.items.filter((item) => item.parentId === id);
  }

  parentOf(target: Target): Target | undefined {
    return this.items.find((item) => item.id === target.parentId);
  }

  /** Whether `id` is `ancestor` or lies below it. */
  isWithin(id: string, ancestor: string): boolean {
    let current = this.items.find((item) => item.id === id);
    while (current !== undefined) {
      if (current.id === ancestor) return true;
      const parentId = current.parentId;
      current = parentId === null ? undefined : this.items.find((item) => item.id === parentId);
    }
    return false;
  }

  /** A top-level phase group of a generated plan: by payload.phase, else by its usual title. */
  phaseGroup(phase: 'setup' | 'data_model' | 'testing'): Target | undefined {
    const top = this.items.filter((item) => item.parentId === null);
    return (
      top.find((item) => item.payload.phase === phase) ??
      top.find((item) => sameTitle(item.title, PHASE_TITLES[phase]))
    );
  }

  /** The top-level group of a catalogue feature: by payload.feature, else by the template's name. */
  featureGroup(key: string, name: string): Target | undefined {
    const top = this.items.filter((item) => item.parentId === null);
    return (
      top.find((item) => item.payload.feature === key) ?? top.find((item) => sameTitle(item.title, name))
    );
  }

  /** The task and every task below it. */
  subtree(id: string): Set<string> {
    return new Set(this.items.filter((item) => this.isWithin(item.id, id)).map((item) => item.id));
  }

  waitsFor(task: string, dependsOn: string): boolean {
    return this.snapshot.dependencies.some((dep) => dep.task_id === task && dep.depends_on_id === dependsOn);
  }

  /** A task this proposal creates, so later clauses can name it (as a parent or a dependency). */
  created(target: Target): void {
    this.items.push(target);
  }

  note(line: string): void {
    this.notes.push(line);
  }

  warn(warning: ProposalWarning): void {
    this.warnings.push(warning);
  }
}
