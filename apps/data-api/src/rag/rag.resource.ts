import {
  CreateRagIndexDto,
  RAG_SORT,
  RagIndexDto,
  RagIndexListQueryDto,
  UpdateRagIndexDto,
} from '@slipway/contracts';
import type { RagIndexRow } from '../database/entities';
import { eq, oneOf, type ResourceDefinition, withRecord } from '../resources/definition';

export const ragResource: ResourceDefinition<RagIndexRow, RagIndexDto> = {
  path: 'rag',
  label: 'RAG index',
  table: 'rag_indices',
  dto: {
    create: CreateRagIndexDto,
    update: UpdateRagIndexDto,
    response: RagIndexDto,
    list: RagIndexListQueryDto,
  },
  access: 'project',
  softDelete: false,
  sortable: RAG_SORT,
  filters: { project_id: eq('project_id'), status: oneOf('status'), name: eq('name') },
  toResponse: (row) =>
    withRecord(row, {
      name: row.name,
      project_id: row.project_id,
      embedding_model: row.embedding_model,
      dimension: row.dimension,
      document_count: row.document_count,
      status: row.status,
      config: row.config,
    }),
};
