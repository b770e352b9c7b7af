/** The injection token of the PlannerEngine that PLANNER_PROVIDER chose. */
export const PLANNER_ENGINE = Symbol('PLANNER_ENGINE');
