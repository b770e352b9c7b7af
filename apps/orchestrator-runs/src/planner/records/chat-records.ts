import { Inject, Injectable } from '@nestjs/common';
import { allPages, DataApiClient, DataApiNotFoundError, type Schemas } from '@slipway/data-client';
import type { Principal } from '@slipway/identity';
import { actingFor } from './acting-for';

export type ChatSessionRecord = Schemas['ChatSessionRecordDto'];
export type ChatMessageRecord = Schemas['ChatMessageRecordDto'];
export type NewChatMessage = Schemas['CreateChatMessageRecordDto'];

/** Chat sessions and their messages in data-api: the service writes them, each person reads their own. */
@Injectable()
export class ChatRecords {
  constructor(@Inject(DataApiClient) private readonly dataApi: DataApiClient) {}

  async createSession(body: Schemas['CreateChatSessionRecordDto']): Promise<ChatSessionRecord> {
    return (await this.dataApi.post('/api/chat_sessions', { body })).data;
  }

  async findSession(principal: Principal, id: string): Promise<ChatSessionRecord | null> {
    try {
      return (
        await this.dataApi.get('/api/chat_sessions/{id}', {
          params: { path: { id } },
          ...actingFor(principal),
        })
      ).data;
    } catch (error) {
      if (error instanceof DataApiNotFoundError) return null;
      throw error;
    }
  }

  async updateSession(
    id: string,
    version: number,
    body: Schemas['UpdateChatSessionRecordDto'],
  ): Promise<ChatSessionRecord> {
    return (
      await this.dataApi.patch('/api/chat_sessions/{id}', {
        params: { path: { id } },
        headers: { 'if-match': DataApiClient.ifMatch(version) },
        body,
      })
    ).data;
  }

  async listSessions(principal: Principal, query: Record<string, unknown>) {
    return (await this.dataApi.get('/api/chat_sessions', { params: { query }, ...actingFor(principal) }))
      .data;
  }

  /** Every message of a session, oldest first. */
  async messages(sessionId: string): Promise<ChatMessageRecord[]> {
    return allPages((cursor) =>
      this.dataApi.get('/api/chat_messages', {
        params: {
          query: { session_id: sessionId, limit: 100, sort: 'created_at', ...(cursor ? { cursor } : {}) },
        },
      }),
    );
  }

  async addMessage(body: NewChatMessage): Promise<ChatMessageRecord> {
    return (await this.dataApi.post('/api/chat_messages', { body })).data;
  }
}
