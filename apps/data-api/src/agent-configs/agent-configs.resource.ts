import {
  AGENT_CONFIG_SORT,
  AgentConfigDto,
  AgentConfigListQueryDto,
  CreateAgentConfigDto,
  UpdateAgentConfigDto,
} from '@slipway/contracts';
import type { AgentConfigRow } from '../database/entities';
import { eq, type ResourceDefinition, withRecord } from '../resources/definition';

export const agentConfigsResource: ResourceDefinition<AgentConfigRow, AgentConfigDto> = {
  path: 'agent_configs',
  label: 'Agent config',
  table: 'agent_configs',
  dto: {
    create: CreateAgentConfigDto,
    update: UpdateAgentConfigDto,
    response: AgentConfigDto,
    list: AgentConfigListQueryDto,
  },
  access: 'shared',
  softDelete: false,
  sortable: AGENT_CONFIG_SORT,
  filters: { provider: eq('provider'), model: eq('model'), name: eq('name'), is_active: eq('is_active') },
  toResponse: (row) =>
    withRecord(row, {
      name: row.name,
      provider: row.provider,
      model: row.model,
      system_prompt: row.system_prompt,
      temperature: row.temperature === null ? null : Number(row.temperature),
      max_tokens: row.max_tokens,
      tools: row.tools,
      is_active: row.is_active,
    }),
};
