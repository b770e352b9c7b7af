import {
  CreateServerDto,
  SERVER_SORT,
  ServerDto,
  ServerListQueryDto,
  UpdateServerDto,
} from '@slipway/contracts';
import type { ServerRow } from '../database/entities';
import { eq, oneOf, type ResourceDefinition, withRecord } from '../resources/definition';

export const serversResource: ResourceDefinition<ServerRow, ServerDto> = {
  path: 'servers',
  label: 'Server',
  table: 'servers',
  dto: { create: CreateServerDto, update: UpdateServerDto, response: ServerDto, list: ServerListQueryDto },
  access: 'shared',
  softDelete: false,
  sortable: SERVER_SORT,
  filters: { status: oneOf('status'), provider: eq('provider'), region: eq('region'), name: eq('name') },
  toResponse: (row) =>
    withRecord(row, {
      name: row.name,
      host: row.host,
      provider: row.provider,
      region: row.region,
      status: row.status,
      cpu_cores: row.cpu_cores,
      ram_mb: row.ram_mb,
      disk_gb: row.disk_gb,
      labels: row.labels,
    }),
};
