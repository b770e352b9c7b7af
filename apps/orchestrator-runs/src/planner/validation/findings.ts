import type {
  ConflictDto,
  DiffEntryDto,
  DiffRecord,
  OpResultDto,
  PatchDiffDto,
  PatchValidationDto,
} from '@slipway/contracts';
import type { PlannedEdge, PlannedTask } from './projected-plan';

/** What the checks of one PatchSet found, operation by operation, and the diff it would make. */
export class Findings {
  private readonly results: OpResultDto[] = [];
  private readonly conflicts: ConflictDto[] = [];
  private readonly diff: PatchDiffDto = { created: [], updated: [], moved: [], deleted: [] };
  private readonly flagged = new Set<number>();

  error(index: number, code: string, path: string, message: string): void {
    this.flagged.add(index);
    this.results.push({ index, status: 'error', code, path, message });
  }

  warning(index: number, code: string, path: string, message: string): void {
    this.flagged.add(index);
    this.results.push({ index, status: 'warning', code, path, message });
  }

  /** A record changed since the PatchSet was proposed: reported as a conflict, and as the op's error. */
  conflict(
    index: number,
    record: DiffRecord,
    id: string,
    versions: { expected: number | null; actual: number | null },
    message: string,
  ): void {
    this.conflicts.push({
      index,
      record,
      id,
      expected_version: versions.expected,
      actual_version: versions.actual,
      message,
    });
    this.error(index, 'conflict', `ops[${index}]`, message);
  }

  hasErrors(index?: number): boolean {
    return this.results.some((r) => r.status === 'error' && (index === undefined || r.index === index));
  }

  created(entry: Omit<DiffEntryDto, 'id'> & { id?: string | null }): void {
    this.diff.created.push({ id: null, ...entry });
  }

  updated(entry: DiffEntryDto): void {
    this.diff.updated.push(entry);
  }

  moved(entry: DiffEntryDto): void {
    this.diff.moved.push(entry);
  }

  deletedTask(index: number, task: PlannedTask): void {
    this.diff.deleted.push({ index, record: 'task', id: task.key, ref: null, title: task.title });
  }

  deletedEdge(index: number, edge: PlannedEdge, title: string): void {
    this.diff.deleted.push({
      index,
      record: 'dependency',
      id: edge.existing?.id ?? null,
      ref: null,
      title,
    });
  }

  /** Closes the findings: an `ok` for every operation nothing was said about, in operation order. */
  result(patchSetId: string, opCount: number): PatchValidationDto {
    for (let index = 0; index < opCount; index += 1)
      if (!this.flagged.has(index))
        this.results.push({ index, status: 'ok', code: 'ok', path: `ops[${index}]`, message: 'ok' });
    this.results.sort((a, b) => a.index - b.index);
    return {
      patch_set_id: patchSetId,
      valid: !this.hasErrors() && this.conflicts.length === 0,
      results: this.results,
      diff: this.diff,
      conflicts: this.conflicts,
    };
  }
}
