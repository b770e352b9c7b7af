import { ApiProperty, OmitType, PartialType } from '@nestjs/swagger';
import { RecordDto } from '../common/base.dto';
import { Enum, Int, JsonObject, JsonObjectList, Text, Uuid, UuidList } from '../common/fields';
import {
  ListQueryDto,
  QueryEnum,
  QueryInt,
  QuerySort,
  QueryText,
  QueryUuid,
  SoftDeleteListQueryDto,
} from '../common/query';
import { ChatRole } from './enums';

const MAX_COUNT = 2_147_483_647;
export const MAX_CHAT_CONTENT = 100_000;

// ── chat sessions: the planner's conversations ─────────────────────────────────────────────────

export class CreateChatSessionRecordDto {
  @Text(true, 200, 'The user the session belongs to.') owner_id!: string;
  @Uuid(false, 'The project the conversation is about.') project_id?: string;
  @Text(true, 200) title!: string;
  @Text(false, MAX_CHAT_CONTENT, 'The earlier turns, summarized; defaults to empty.') summary?: string;
  @Int(false, 0, MAX_COUNT, 'How many turns the summary folds in; defaults to 0.') summary_turn?: number;
  @Int(false, 0, MAX_COUNT, 'Turns so far; defaults to 0.') turn_count?: number;
}
export class UpdateChatSessionRecordDto extends PartialType(
  OmitType(CreateChatSessionRecordDto, ['owner_id'] as const),
) {}
export class ChatSessionRecordDto extends RecordDto {
  @ApiProperty() owner_id!: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) project_id!: string | null;
  @ApiProperty() title!: string;
  @ApiProperty() summary!: string;
  @ApiProperty({ type: 'integer' }) summary_turn!: number;
  @ApiProperty({ type: 'integer' }) turn_count!: number;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) deleted_at!: string | null;
}
export const CHAT_SESSION_RECORD_SORT = ['created_at', 'updated_at'] as const;
export class ChatSessionRecordListQueryDto extends SoftDeleteListQueryDto {
  @QueryText('Exact owner.') owner_id?: string;
  @QueryUuid('Filter by project.') project_id?: string;
  @QuerySort(CHAT_SESSION_RECORD_SORT) sort?: string;
}

// ── chat messages: a session's turns (append-only) ─────────────────────────────────────────────

export class CreateChatMessageRecordDto {
  @Uuid(true, 'A live session of the same owner.') session_id!: string;
  @Text(true, 200, 'The session’s owner.') owner_id!: string;
  @Int(true, 0, MAX_COUNT, 'The turn of the session it belongs to.') turn!: number;
  @Enum(ChatRole, true) role!: ChatRole;
  @Text(true, MAX_CHAT_CONTENT, 'May be empty (a reply made only of tool calls).', 0) content!: string;
  @JsonObjectList(false, 100, 'The tool calls of the message; defaults to [].')
  tool_calls?: Record<string, unknown>[];
  @UuidList(false, 100, 'The PatchSets the message proposed; defaults to [].') patch_set_ids?: string[];
  @JsonObject(false, 'Tokens and cost of the model call that wrote it.') usage?: Record<string, unknown>;
}
export class UpdateChatMessageRecordDto {}
export class ChatMessageRecordDto extends RecordDto {
  @ApiProperty({ format: 'uuid' }) session_id!: string;
  @ApiProperty() owner_id!: string;
  @ApiProperty({ type: 'integer' }) turn!: number;
  @ApiProperty({ enum: Object.values(ChatRole) }) role!: ChatRole;
  @ApiProperty() content!: string;
  @ApiProperty({ type: 'array', items: { type: 'object', additionalProperties: true } })
  tool_calls!: Record<string, unknown>[];
  @ApiProperty({ type: 'array', items: { type: 'string', format: 'uuid' } }) patch_set_ids!: string[];
  @ApiProperty({ type: 'object', additionalProperties: true, nullable: true }) usage!: Record<
    string,
    unknown
  > | null;
}
export const CHAT_MESSAGE_RECORD_SORT = ['created_at', 'turn'] as const;
export class ChatMessageRecordListQueryDto extends ListQueryDto {
  @QueryUuid('Filter by session.') session_id?: string;
  @QueryInt('Exact turn.', 0, MAX_COUNT) turn?: number;
  @QueryEnum(ChatRole, 'Filter by role.') role?: ChatRole[];
  @QuerySort(CHAT_MESSAGE_RECORD_SORT) sort?: string;
}
