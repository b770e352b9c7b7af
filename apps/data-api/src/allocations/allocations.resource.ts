import {
  ALLOCATION_SORT,
  AllocationDto,
  AllocationListQueryDto,
  CreateAllocationDto,
  UpdateAllocationDto,
} from '@slipway/contracts';
import type { AllocationRow } from '../database/entities';
import { eq, oneOf, type ResourceDefinition, withRecord } from '../resources/definition';

export const allocationsResource: ResourceDefinition<AllocationRow, AllocationDto> = {
  path: 'allocations',
  label: 'Port allocation',
  table: 'port_allocations',
  dto: {
    create: CreateAllocationDto,
    update: UpdateAllocationDto,
    response: AllocationDto,
    list: AllocationListQueryDto,
  },
  access: 'shared',
  softDelete: false,
  sortable: ALLOCATION_SORT,
  filters: {
    server_id: eq('server_id'),
    project_id: eq('project_id'),
    port: eq('port'),
    protocol: oneOf('protocol'),
    service_name: eq('service_name'),
  },
  toResponse: (row) =>
    withRecord(row, {
      server_id: row.server_id,
      port: row.port,
      protocol: row.protocol,
      service_name: row.service_name,
      project_id: row.project_id,
    }),
};
