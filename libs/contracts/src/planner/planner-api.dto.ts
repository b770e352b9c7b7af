/** The planner and agent API of orchestrator-runs (seed `projects-tasks-planner.md` §3.3–3.5). */
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsUUID } from 'class-validator';
import { ListQueryDto, QueryEnum, QuerySort, QueryUuid } from '../common/query';
import { Int, Text } from '../common/fields';
import {
  PATCH_SET_ENDPOINTS,
  PATCH_SET_STATUSES,
  PatchValidationDto,
  PlannerUsageDto,
  StoredPatchSetDto,
} from './patch-set.dto';

/** POST /api/planner/generate: an idea becomes a PatchSet creating a project and its task tree. */
export class GenerateRequest {
  @Text(true, 20_000, 'The idea in your words: what to build, with must/should/could wording if you like.')
  idea!: string;
  @Text(false, 200, 'The project name; derived from the idea when left out.') project_name?: string;
  @Int(false, 1, 150, 'At most this many tasks (default 60).') max_tasks?: number;
}

/** POST /api/planner/refine: feedback on a project becomes a PatchSet changing it. */
export class RefineRequest {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('all')
  project_id!: string;
  @Text(
    true,
    20_000,
    'What to change, e.g. "add search; remove Payments; rename A to B; split X; X before Y; make X high priority".',
  )
  feedback!: string;
}

/** POST /api/tasks/{id}/decompose. */
export class DecomposeRequest {
  @Int(false, 2, 12, 'How many subtasks; estimated from the task’s complexity when left out.') count?: number;
  @Text(false, 5_000, 'What to bear in mind while splitting.') guidance?: string;
}

/** POST /api/tasks/{id}/runs. */
export class StartTaskRunRequest {
  @Text(false, 100, 'Profile of the run; ENGINEERING_PROFILE when left out.') profile?: string;
}

export class TaskRunRequestedDto {
  @ApiProperty({ format: 'uuid' }) task_id!: string;
  @ApiProperty({ description: 'The task was announced on engineering:queue; its run starts from there.' })
  queued!: boolean;
  @ApiProperty({
    type: String,
    format: 'uuid',
    nullable: true,
    description: 'The run, when it already exists.',
  })
  run_id!: string | null;
}

/** What the planner endpoints answer: the proposal, what checking it found, what it cost. */
export class PlannerResponse {
  @ApiProperty({ type: StoredPatchSetDto }) patch_set!: StoredPatchSetDto;
  @ApiProperty({ type: PatchValidationDto }) validation!: PatchValidationDto;
  @ApiProperty({ type: PlannerUsageDto }) usage!: PlannerUsageDto;
}

/** POST /api/agent/chat. */
export class ChatRequest {
  @ApiPropertyOptional({ format: 'uuid', description: 'Continue this session; a new one starts without it.' })
  @IsOptional()
  @IsUUID('all')
  session_id?: string;
  @ApiPropertyOptional({ format: 'uuid', description: 'The project a new session talks about.' })
  @IsOptional()
  @IsUUID('all')
  project_id?: string;
  @Text(true, 20_000) message!: string;
}

export class ChatToolCallDto {
  @ApiProperty({ example: 'propose_patch' }) name!: string;
  @ApiProperty({ type: 'object', additionalProperties: true }) arguments!: Record<string, unknown>;
}

export class ChatResponse {
  @ApiProperty({ format: 'uuid' }) session_id!: string;
  @ApiProperty() turn!: number;
  @ApiProperty() reply!: string;
  @ApiProperty({ type: [ChatToolCallDto] }) tool_calls!: ChatToolCallDto[];
  @ApiProperty({ type: [StoredPatchSetDto], description: 'Proposals of this turn; a person applies them.' })
  patch_sets!: StoredPatchSetDto[];
  @ApiProperty({ type: [PatchValidationDto] }) validations!: PatchValidationDto[];
  @ApiProperty({ type: PlannerUsageDto }) usage!: PlannerUsageDto;
}

export class ChatMessageDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() turn!: number;
  @ApiProperty({ enum: ['user', 'assistant', 'tool'] }) role!: 'user' | 'assistant' | 'tool';
  @ApiProperty() content!: string;
  @ApiProperty({ type: [ChatToolCallDto] }) tool_calls!: ChatToolCallDto[];
  @ApiProperty({ type: [String] }) patch_set_ids!: string[];
  @ApiProperty({ format: 'date-time' }) created_at!: string;
}

export class ChatSessionDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) project_id!: string | null;
  @ApiProperty() title!: string;
  @ApiProperty() summary!: string;
  @ApiProperty() turn_count!: number;
  @ApiProperty({ format: 'date-time' }) created_at!: string;
  @ApiProperty({ format: 'date-time' }) updated_at!: string;
}

export class ChatSessionDetailDto extends ChatSessionDto {
  @ApiProperty({ type: [ChatMessageDto] }) messages!: ChatMessageDto[];
  @ApiProperty({ type: [StoredPatchSetDto] }) patch_sets!: StoredPatchSetDto[];
}

/** One thing the agent can do: its route, whether it changes data, the JSON Schema of its input. */
export class CapabilityDto {
  @ApiProperty({ example: 'generate_plan' }) name!: string;
  @ApiProperty() description!: string;
  @ApiProperty({ example: 'POST' }) method!: string;
  @ApiProperty({ example: '/api/planner/generate' }) path!: string;
  @ApiProperty({ description: 'Whether calling it writes projects or tasks.' }) mutates!: boolean;
  @ApiProperty({ type: 'object', additionalProperties: true, nullable: true }) input_schema!: Record<
    string,
    unknown
  > | null;
}

export class PatchOpCapabilityDto {
  @ApiProperty({ example: 'create_task' }) op!: string;
  @ApiProperty() description!: string;
  @ApiProperty({ type: 'object', additionalProperties: true }) schema!: Record<string, unknown>;
}

export class CapabilitiesResponse {
  @ApiProperty({ type: [CapabilityDto] }) actions!: CapabilityDto[];
  @ApiProperty({ type: [PatchOpCapabilityDto] }) patch_ops!: PatchOpCapabilityDto[];
  @ApiProperty({ example: 1 }) patch_set_format_version!: number;
  @ApiProperty({ example: 'offline' }) provider!: string;
  @ApiProperty({ example: 'slipway-planner-1' }) model!: string;
}

export const PATCH_SET_SORT = ['created_at'] as const;

export class PatchSetListQueryDto extends ListQueryDto {
  @QueryEnum(Object.fromEntries(PATCH_SET_STATUSES.map((s) => [s, s])), 'Filter by status.')
  status?: string[];
  @QueryEnum(Object.fromEntries(PATCH_SET_ENDPOINTS.map((s) => [s, s])), 'Filter by endpoint.')
  endpoint?: string[];
  @QueryUuid('Filter by project.') project_id?: string;
  @QueryUuid('Filter by chat session.') chat_session_id?: string;
  @QuerySort(PATCH_SET_SORT) sort?: string;
}

export const CHAT_SESSION_SORT = ['created_at', 'updated_at'] as const;

export class ChatSessionListQueryDto extends ListQueryDto {
  @QueryUuid('Filter by project.') project_id?: string;
  @QuerySort(CHAT_SESSION_SORT) sort?: string;
}

/** A task with its subtasks and what it waits for, in the project's tree. */
export class TaskNodeDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ type: String, nullable: true }) description!: string | null;
  @ApiProperty() type!: string;
  @ApiProperty() status!: string;
  @ApiProperty() priority!: string;
  @ApiProperty({ type: String, nullable: true }) assignee!: string | null;
  @ApiProperty() version!: number;
  @ApiProperty({ type: [String], description: 'Ids of the tasks it waits for.' }) depends_on!: string[];
  @ApiProperty({ type: () => [TaskNodeDto] }) subtasks!: TaskNodeDto[];
}

/** GET /api/planner/projects/{id}: the seed's project hierarchy — the project with its whole task tree. */
export class ProjectHierarchyDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ type: String, nullable: true }) description!: string | null;
  @ApiProperty() status!: string;
  @ApiProperty() version!: number;
  @ApiProperty() task_count!: number;
  @ApiProperty({ type: [TaskNodeDto], description: 'Top-level tasks, each with its subtree.' })
  tasks!: TaskNodeDto[];
}
