import {
  CreateIncidentDto,
  INCIDENT_SORT,
  IncidentDto,
  IncidentListQueryDto,
  UpdateIncidentDto,
} from '@slipway/contracts';
import type { IncidentRow } from '../database/entities';
import { eq, iso, isoOrNull, oneOf, type ResourceDefinition, withRecord } from '../resources/definition';

export const incidentsResource: ResourceDefinition<IncidentRow, IncidentDto> = {
  path: 'incidents',
  label: 'Incident',
  table: 'incidents',
  dto: {
    create: CreateIncidentDto,
    update: UpdateIncidentDto,
    response: IncidentDto,
    list: IncidentListQueryDto,
  },
  access: 'shared',
  softDelete: false,
  sortable: INCIDENT_SORT,
  filters: {
    server_id: eq('server_id'),
    severity: oneOf('severity'),
    status: oneOf('status'),
    type: eq('type'),
  },
  toResponse: (row) =>
    withRecord(row, {
      server_id: row.server_id,
      type: row.type,
      severity: row.severity,
      status: row.status,
      title: row.title,
      description: row.description,
      detected_at: iso(row.detected_at),
      resolved_at: isoOrNull(row.resolved_at),
    }),
};
