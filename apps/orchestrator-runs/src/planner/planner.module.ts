import { Module, type DynamicModule } from '@nestjs/common';
import type { OrchestratorConfig } from '../config';
import { AgentController } from './agent/agent.controller';
import { Capabilities } from './agent/capabilities';
import { PatchApplier } from './apply/patch-applier';
import { PatchUndoer } from './apply/patch-undoer';
import { TaskRunAnnouncer } from './apply/task-run-announcer';
import { ChatService } from './chat/chat.service';
import { plannerEngineProvider } from './openai/planner-engine.provider';
import { PatchSetsService } from './patch-sets/patch-sets.service';
import { PlannerLocks } from './planner-locks';
import { PlannerController } from './plans/planner.controller';
import { PlannerService } from './plans/planner.service';
import { TaskPlanningController } from './plans/task-planning.controller';
import { ChatRecords } from './records/chat-records';
import { PatchSetRecords } from './records/patch-set-records';
import { ProjectReader } from './records/project-reader';
import { PlannerBudget } from './usage/planner-budget';
import { PlannerUsage } from './usage/planner-usage';

/**
 * The planner and agent of the seed `projects-tasks-planner.md`: ideas, feedback and tasks become
 * PatchSets that people review, apply atomically and undo; the chat proposes the same way.
 */
@Module({})
export class PlannerModule {
  static register(config: OrchestratorConfig): DynamicModule {
    return {
      module: PlannerModule,
      controllers: [PlannerController, TaskPlanningController, AgentController],
      providers: [
        plannerEngineProvider(config),
        ProjectReader,
        PatchSetRecords,
        ChatRecords,
        PlannerUsage,
        PlannerBudget,
        PlannerLocks,
        PatchSetsService,
        PatchApplier,
        PatchUndoer,
        TaskRunAnnouncer,
        PlannerService,
        ChatService,
        Capabilities,
      ],
    };
  }
}
