import {
  CLI_AGENT_CONFIG_SORT,
  CliAgentConfigDto,
  CliAgentConfigListQueryDto,
  CreateCliAgentConfigDto,
  UpdateCliAgentConfigDto,
} from '@slipway/contracts';
import type { CliAgentConfigRow } from '../database/entities';
import { eq, type ResourceDefinition, withRecord } from '../resources/definition';

export const cliAgentConfigsResource: ResourceDefinition<CliAgentConfigRow, CliAgentConfigDto> = {
  path: 'cli_agent_configs',
  label: 'CLI agent config',
  table: 'cli_agent_configs',
  dto: {
    create: CreateCliAgentConfigDto,
    update: UpdateCliAgentConfigDto,
    response: CliAgentConfigDto,
    list: CliAgentConfigListQueryDto,
  },
  access: 'shared',
  softDelete: false,
  sortable: CLI_AGENT_CONFIG_SORT,
  filters: { name: eq('name'), is_active: eq('is_active') },
  toResponse: (row) =>
    withRecord(row, {
      name: row.name,
      command: row.command,
      args: row.args,
      env: row.env,
      timeout_seconds: row.timeout_seconds,
      is_active: row.is_active,
    }),
};
