import { Inject, Injectable } from '@nestjs/common';
import type {
  DecomposeRequest,
  GenerateRequest,
  PlannerResponse,
  ProjectHierarchyDto,
  RefineRequest,
} from '@slipway/contracts';
import type { Principal } from '@slipway/identity';
import { ProblemException } from '@slipway/platform';
import { randomUUID } from 'node:crypto';
import { PLANNER_ENGINE } from '../engine/planner-engine.token';
import type { PlannerEngine, Proposal } from '../engine/planner-engine';
import { PlannerProblem } from '../openai/planner-problems';
import { PatchSetsService, type ProposalContext } from '../patch-sets/patch-sets.service';
import { ProjectReader } from '../records/project-reader';
import type { ProjectSnapshot } from '../snapshot';
import { PlannerBudget } from '../usage/planner-budget';
import { PlannerUsage, type PlannerEndpoint } from '../usage/planner-usage';
import { projectHierarchy } from './project-hierarchy';

const DEFAULT_MAX_TASKS = 60;

/**
 * The seed's planner: an idea, feedback on a project, or a task becomes a proposal of the
 * configured planner, checked and stored as a PatchSet; nothing changes until a person applies it.
 * Every model call is in the usage ledger and the answer says what the request cost.
 */
@Injectable()
export class PlannerService {
  constructor(
    @Inject(PLANNER_ENGINE) private readonly engine: PlannerEngine,
    @Inject(ProjectReader) private readonly reader: ProjectReader,
    @Inject(PatchSetsService) private readonly patchSets: PatchSetsService,
    @Inject(PlannerUsage) private readonly usage: PlannerUsage,
    @Inject(PlannerBudget) private readonly budget: PlannerBudget,
  ) {}

  async generate(principal: Principal, body: GenerateRequest): Promise<PlannerResponse> {
    const id = randomUUID();
    const proposal = await this.charged({ principal, endpoint: 'generate', id, snapshot: null }, () =>
      this.engine.generate({
        idea: body.idea,
        maxTasks: body.max_tasks ?? DEFAULT_MAX_TASKS,
        ...(body.project_name ? { projectName: body.project_name } : {}),
      }),
    );
    return this.propose(principal, 'generate', proposal, null, id);
  }

  async refine(principal: Principal, body: RefineRequest): Promise<PlannerResponse> {
    const id = randomUUID();
    const snapshot = await this.reader.snapshot(principal, body.project_id);
    const proposal = await this.charged({ principal, endpoint: 'refine', id, snapshot }, () =>
      this.engine.refine({ snapshot, feedback: body.feedback }),
    );
    return this.propose(principal, 'refine', proposal, snapshot, id);
  }

  async decompose(principal: Principal, taskId: string, body: DecomposeRequest): Promise<PlannerResponse> {
    const task = await this.reader.task(principal, taskId);
    const snapshot = await this.reader.snapshot(principal, task.project_id);
    const id = randomUUID();
    const proposal = await this.charged({ principal, endpoint: 'decompose', id, snapshot }, () =>
      this.engine.decompose({
        snapshot,
        taskId,
        ...(body.count !== undefined ? { count: body.count } : {}),
        ...(body.guidance ? { guidance: body.guidance } : {}),
      }),
    );
    return this.propose(principal, 'decompose', proposal, snapshot, id);
  }

  /** The project with its whole task tree, as the caller may see it. */
  async hierarchy(principal: Principal, projectId: string): Promise<ProjectHierarchyDto> {
    return projectHierarchy(await this.reader.snapshot(principal, projectId));
  }

  /**
   * The planner's work, within the budgets of the project's organization; when it fails after
   * calling the model, those calls are still charged.
   */
  private async charged(
    request: {
      principal: Principal;
      endpoint: Exclude<PlannerEndpoint, 'chat'>;
      id: string;
      snapshot: ProjectSnapshot | null;
    },
    work: () => Promise<Proposal>,
  ): Promise<Proposal> {
    try {
      const projectId = request.snapshot?.project.id ?? null;
      const input = request.snapshot;
      return await this.budget.around({ endpoint: request.endpoint, projectId, input }, work, (p) => p.calls);
    } catch (error) {
      if (error instanceof PlannerProblem && error.calls.length > 0)
        await this.usage.record(
          {
            principal: request.principal,
            endpoint: request.endpoint,
            requestKey: request.id,
            projectId: request.snapshot?.project.id ?? null,
          },
          error.calls,
        );
      throw error;
    }
  }

  /** Records the calls, then stores the proposal; a proposal of nothing is said plainly, never stored as a plan. */
  private async propose(
    principal: Principal,
    endpoint: Exclude<PlannerEndpoint, 'chat'>,
    proposal: Proposal,
    snapshot: ProjectSnapshot | null,
    id: string,
  ): Promise<PlannerResponse> {
    const usage = await this.usage.record(
      { principal, endpoint, requestKey: id, projectId: snapshot?.project.id ?? null, patchSetId: id },
      proposal.calls,
    );
    if (proposal.ops.length === 0)
      throw new ProblemException(
        'validation_failed',
        `the planner proposes no change: ${proposal.warnings.map((w) => w.message).join('; ') || 'nothing understood'}`,
        proposal.warnings.map((w) => ({
          field: endpoint === 'refine' ? 'feedback' : 'idea',
          message: w.message,
        })),
      );
    const context: ProposalContext = { endpoint, snapshot, usage, id };
    const { stored, validation } = await this.patchSets.propose(principal, proposal, context);
    return { patch_set: stored, validation, usage };
  }
}
