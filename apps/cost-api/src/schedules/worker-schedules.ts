import { Injectable } from '@nestjs/common';
import type { CostJobName, CostJobs } from './cost-jobs';
import type { ScheduleTiming } from './cost-jobs.queue';

/** A repeatable job: what it does each time (it must be idempotent: a run may repeat after a crash). */
export interface Schedule {
  readonly name: string;
  readonly timing: ScheduleTiming;
  readonly run: () => Promise<unknown>;
}

type Handlers = { [N in CostJobName]?: (data: CostJobs[N]) => Promise<unknown> };

const NAME = /^[a-z][a-z0-9-]*(\.[a-z][a-z0-9-]*)+$/;
const TAKEN = (name: string) => new Error(`a job named ${name} is registered already, differently`);
const sameTiming = (a: ScheduleTiming, b: ScheduleTiming): boolean =>
  'everyMs' in a
    ? 'everyMs' in b && a.everyMs === b.everyMs
    : 'cron' in b && a.cron === b.cron && (a.timezone ?? 'UTC') === (b.timezone ?? 'UTC');

/**
 * What the cost-worker's queue runs, registered by the features that own the work: repeatable
 * schedules (`register`) and the handlers of jobs enqueued on demand (`handle`), from a provider's
 * constructor or its onModuleInit (the notifications and alerts add theirs by importing a module
 * whose providers do). Nest runs init hooks twice in a process that is both an HTTP app and a
 * microservice, so registering a name again with the same timing replaces its handler; another
 * timing under a taken name is a clash and throws. ScheduleRunner turns the registrations into
 * BullMQ job schedulers at bootstrap and runs each job it receives through `run`. Names are dotted
 * (`quota.midnight-resets`).
 */
@Injectable()
export class WorkerSchedules {
  private readonly schedules = new Map<string, Schedule>();
  private readonly handlers: Handlers = {};
  /** Schedules running in this process: a run that finds its previous one still going is skipped. */
  private readonly running = new Set<string>();

  register(name: string, timing: ScheduleTiming, run: () => Promise<unknown>): void {
    if (!NAME.test(name))
      throw new Error(`schedule name ${JSON.stringify(name)} must be dotted, e.g. quota.resets`);
    const taken = this.schedules.get(name);
    if ((taken && !sameTiming(taken.timing, timing)) || name in this.handlers) throw TAKEN(name);
    if ('everyMs' in timing && !(Number.isInteger(timing.everyMs) && timing.everyMs >= 1_000))
      throw new Error(`schedule ${name} must repeat every 1000 ms or more`);
    this.schedules.set(name, { name, timing, run });
  }

  handle<N extends CostJobName>(name: N, handler: (data: CostJobs[N]) => Promise<unknown>): void {
    if (this.schedules.has(name)) throw TAKEN(name);
    (this.handlers as Record<N, (data: CostJobs[N]) => Promise<unknown>>)[name] = handler;
  }

  list(): Schedule[] {
    return [...this.schedules.values()];
  }

  /** Runs the job `name` once (the queue's processor; tests call it too). */
  async run(name: string, data: unknown = {}): Promise<unknown> {
    const schedule = this.schedules.get(name);
    if (schedule) {
      if (this.running.has(name)) return { skipped: 'the previous run is still going' };
      this.running.add(name);
      try {
        return await schedule.run();
      } finally {
        this.running.delete(name);
      }
    }
    if (!isJobName(name, this.handlers)) throw new Error(`no job named ${name} is registered here`);
    const handler = this.handlers[name];
    if (!handler) throw new Error(`no job named ${name} is registered here`);
    return handler(data as CostJobs[typeof name]);
  }
}

function isJobName(name: string, handlers: Handlers): name is CostJobName {
  return Object.prototype.hasOwnProperty.call(handlers, name);
}
