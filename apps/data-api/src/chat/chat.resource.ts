import {
  CHAT_MESSAGE_RECORD_SORT,
  CHAT_SESSION_RECORD_SORT,
  ChatMessageRecordDto,
  ChatMessageRecordListQueryDto,
  ChatSessionRecordDto,
  ChatSessionRecordListQueryDto,
  CreateChatMessageRecordDto,
  CreateChatSessionRecordDto,
  UpdateChatMessageRecordDto,
  UpdateChatSessionRecordDto,
} from '@slipway/contracts';
import type { ChatMessageRow, ChatSessionRow } from '../database/entities';
import { eq, isoOrNull, oneOf, type ResourceDefinition, withRecord } from '../resources/definition';
import { checkReferences, type Reference } from '../resources/references';

const PROJECT: Reference = { field: 'project_id', table: 'projects', noun: 'project', live: true };

/** The planner's conversations: people read their own, the planner writes them. */
export const chatSessionsResource: ResourceDefinition<ChatSessionRow, ChatSessionRecordDto> = {
  path: 'chat_sessions',
  label: 'Chat session',
  table: 'chat_sessions',
  dto: {
    create: CreateChatSessionRecordDto,
    update: UpdateChatSessionRecordDto,
    response: ChatSessionRecordDto,
    list: ChatSessionRecordListQueryDto,
  },
  access: 'owner',
  softDelete: true,
  serviceWritten: true,
  sortable: CHAT_SESSION_RECORD_SORT,
  filters: { owner_id: eq('owner_id'), project_id: eq('project_id') },
  toResponse: (row) =>
    withRecord(row, {
      owner_id: row.owner_id,
      project_id: row.project_id,
      title: row.title,
      summary: row.summary,
      summary_turn: row.summary_turn,
      turn_count: row.turn_count,
      deleted_at: isoOrNull(row.deleted_at),
    }),
  prepareCreate: async (values, _actor, tx) => {
    await checkReferences(tx, values, [PROJECT]);
    return values;
  },
  prepareUpdate: async (values, _actor, tx) => {
    await checkReferences(tx, values, [PROJECT]);
    return values;
  },
};

/** A session's messages, turn by turn: append-only, each of a live session of the same owner. */
export const chatMessagesResource: ResourceDefinition<ChatMessageRow, ChatMessageRecordDto> = {
  path: 'chat_messages',
  label: 'Chat message',
  table: 'chat_messages',
  dto: {
    create: CreateChatMessageRecordDto,
    update: UpdateChatMessageRecordDto,
    response: ChatMessageRecordDto,
    list: ChatMessageRecordListQueryDto,
  },
  access: 'owner',
  softDelete: false,
  serviceWritten: true,
  appendOnly: true,
  sortable: CHAT_MESSAGE_RECORD_SORT,
  filters: { session_id: eq('session_id'), turn: eq('turn'), role: oneOf('role') },
  toResponse: (row) =>
    withRecord(row, {
      session_id: row.session_id,
      owner_id: row.owner_id,
      turn: row.turn,
      role: row.role,
      content: row.content,
      tool_calls: row.tool_calls,
      patch_set_ids: row.patch_set_ids,
      usage: row.usage,
    }),
  prepareCreate: async (values, _actor, tx) => {
    await checkReferences(tx, values, [
      { field: 'session_id', table: 'chat_sessions', noun: 'chat session', live: true, sameOwner: true },
    ]);
    return values;
  },
};
