export const UserRole = { admin: 'admin', member: 'member' } as const;
export type UserRole = (typeof UserRole)[keyof typeof UserRole];

export const ProjectStatus = {
  created: 'created',
  active: 'active',
  paused: 'paused',
  archived: 'archived',
} as const;
export type ProjectStatus = (typeof ProjectStatus)[keyof typeof ProjectStatus];

export const TaskType = {
  engineering: 'engineering',
  deploy: 'deploy',
  research: 'research',
  ops: 'ops',
  planning: 'planning',
  qa: 'qa',
  documentation: 'documentation',
  other: 'other',
} as const;
export type TaskType = (typeof TaskType)[keyof typeof TaskType];

export const TaskStatus = {
  todo: 'todo',
  in_progress: 'in_progress',
  blocked: 'blocked',
  done: 'done',
  failed: 'failed',
  cancelled: 'cancelled',
} as const;
export type TaskStatus = (typeof TaskStatus)[keyof typeof TaskStatus];

export const Priority = { low: 'low', medium: 'medium', high: 'high', critical: 'critical' } as const;
export type Priority = (typeof Priority)[keyof typeof Priority];

export const ServerStatus = {
  provisioning: 'provisioning',
  active: 'active',
  maintenance: 'maintenance',
  offline: 'offline',
  decommissioned: 'decommissioned',
} as const;
export type ServerStatus = (typeof ServerStatus)[keyof typeof ServerStatus];

export const Protocol = { tcp: 'tcp', udp: 'udp' } as const;
export type Protocol = (typeof Protocol)[keyof typeof Protocol];

export const Severity = Priority;
export type Severity = Priority;

export const IncidentStatus = { open: 'open', acknowledged: 'acknowledged', resolved: 'resolved' } as const;
export type IncidentStatus = (typeof IncidentStatus)[keyof typeof IncidentStatus];

export const DeploymentStatus = {
  pending: 'pending',
  deploying: 'deploying',
  running: 'running',
  failed: 'failed',
  stopped: 'stopped',
  rolled_back: 'rolled_back',
} as const;
export type DeploymentStatus = (typeof DeploymentStatus)[keyof typeof DeploymentStatus];

export const RagStatus = {
  pending: 'pending',
  indexing: 'indexing',
  ready: 'ready',
  failed: 'failed',
} as const;
export type RagStatus = (typeof RagStatus)[keyof typeof RagStatus];

export const ExecutionStatus = {
  success: 'success',
  failure: 'failure',
  in_progress: 'in_progress',
  error: 'error',
} as const;
export type ExecutionStatus = (typeof ExecutionStatus)[keyof typeof ExecutionStatus];

/** The phases of a delivery run, in the only order they run. */
export const RunPhase = {
  planning: 'planning',
  architecture: 'architecture',
  data: 'data',
  development: 'development',
  qa: 'qa',
  documentation: 'documentation',
} as const;
export type RunPhase = (typeof RunPhase)[keyof typeof RunPhase];
export const RUN_PHASE_ORDER: readonly RunPhase[] = Object.values(RunPhase);

export const RunStatus = {
  created: 'created',
  running: 'running',
  awaiting_approval: 'awaiting_approval',
  completed: 'completed',
  failed: 'failed',
  cancelling: 'cancelling',
  cancelled: 'cancelled',
  crashed: 'crashed',
} as const;
export type RunStatus = (typeof RunStatus)[keyof typeof RunStatus];

export const RunMode = { manual: 'manual', auto: 'auto' } as const;
export type RunMode = (typeof RunMode)[keyof typeof RunMode];

export const PhaseStatus = {
  pending: 'pending',
  running: 'running',
  completed: 'completed',
  failed: 'failed',
  skipped: 'skipped',
} as const;
export type PhaseStatus = (typeof PhaseStatus)[keyof typeof PhaseStatus];

export const PatchSetApplicationKind = { apply: 'apply', undo: 'undo' } as const;
export type PatchSetApplicationKind = (typeof PatchSetApplicationKind)[keyof typeof PatchSetApplicationKind];

export const ChatRole = { user: 'user', assistant: 'assistant', tool: 'tool' } as const;
export type ChatRole = (typeof ChatRole)[keyof typeof ChatRole];

/** What a model call served: a run's phase, or the planner (which has no run). */
export const UsageSource = { run: 'run', planner: 'planner' } as const;
export type UsageSource = (typeof UsageSource)[keyof typeof UsageSource];
