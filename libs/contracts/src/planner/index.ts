/** The planner domain: the PatchSet format and the planner and agent API. */
export * from './patch-ops.dto';
export * from './patch-set.dto';
export * from './planner-api.dto';
