import type {
  CostAlertKind,
  NotificationEvent,
  NotificationRuleFiltersDto,
  QuotaNoticeLimit,
} from '@slipway/contracts';
import { ProblemException } from '@slipway/platform';

/** What an event is about, for the rules' filters. */
export interface NotificationSubject {
  alert_id?: string;
  alert_kind?: CostAlertKind;
  quota?: QuotaNoticeLimit;
  provider?: string;
  node_id?: string;
}

type FilterName = keyof NotificationRuleFiltersDto;

/** The filters each event can be narrowed by. */
const FILTERS_OF: Record<NotificationEvent, readonly FilterName[]> = {
  alert_triggered: ['alert_ids', 'alert_kinds', 'node_ids'],
  alert_resolved: ['alert_ids', 'alert_kinds', 'node_ids'],
  quota_80: ['quotas'],
  quota_100: ['quotas'],
  integration_invalid: ['providers'],
  budget_reached: ['node_ids'],
  daily_summary: [],
  weekly_summary: [],
};

const SUBJECT_OF: Record<FilterName, keyof NotificationSubject> = {
  alert_ids: 'alert_id',
  alert_kinds: 'alert_kind',
  quotas: 'quota',
  providers: 'provider',
  node_ids: 'node_id',
};

/** The filters given (undefined ones dropped), refused when the event cannot be narrowed by them. */
export function checkedFilters(
  event: NotificationEvent,
  filters: NotificationRuleFiltersDto | undefined,
): NotificationRuleFiltersDto {
  const given = Object.fromEntries(
    Object.entries(filters ?? {}).filter(([, value]) => value !== undefined),
  ) as NotificationRuleFiltersDto;
  const allowed = FILTERS_OF[event];
  const wrong = (Object.keys(given) as FilterName[]).filter((name) => !allowed.includes(name));
  if (wrong.length > 0)
    throw ProblemException.validation(
      wrong.map((name) => ({
        field: `filters.${name}`,
        message: `${event} rules take ${allowed.length ? allowed.join(', ') : 'no filters'}, not ${name}`,
      })),
    );
  return given;
}

/** Whether a rule's filters take an event about `subject`: every filter given must name it. */
export function ruleTakes(filters: NotificationRuleFiltersDto, subject: NotificationSubject): boolean {
  return (Object.keys(SUBJECT_OF) as FilterName[]).every((name) => {
    const wanted = filters[name] as readonly string[] | undefined;
    if (wanted === undefined) return true;
    const value = subject[SUBJECT_OF[name]];
    return value !== undefined && wanted.includes(value);
  });
}
