import { Injectable } from '@nestjs/common';
import type { AuditActorType } from '@slipway/contracts';
import { DataApiClient } from '@slipway/data-client';
import { principalOf, type Principal } from '@slipway/identity';
import type { FastifyRequest } from 'fastify';

export interface AuditEntry {
  /** What was done, `<noun>.<verb>`: `api_key.create`, `integration.validate`, `hierarchy_node.move`. */
  action: string;
  target_type: string;
  target_id?: string | null;
  /** The record before and after the change, without secrets; null for a create or a delete. */
  before?: object | null;
  after?: object | null;
}

export const actorOf = (principal: Principal): { actor_type: AuditActorType; actor_id: string } => {
  switch (principal.kind) {
    case 'service':
      return { actor_type: 'service', actor_id: 'service' };
    case 'root':
      return { actor_type: 'root', actor_id: 'root' };
    case 'org_key':
      return { actor_type: 'api_key', actor_id: principal.id };
    case 'user':
      return { actor_type: 'user', actor_id: principal.id };
  }
};

/** A record as the audit log keeps it: its own fields, as JSON. */
const snapshot = (record: object | null | undefined) =>
  record ? Object.fromEntries(Object.entries(record)) : null;

/**
 * The organization's audit log (org_audit_logs in data-api, append-only): who changed what, from
 * what to what, under which request id. Every change of cost-api writes one row after the change
 * itself succeeded.
 */
@Injectable()
export class AuditLog {
  constructor(private readonly data: DataApiClient) {}

  async record(request: FastifyRequest, orgId: string, entry: AuditEntry): Promise<void> {
    await this.data.post('/api/org_audit_logs', {
      body: {
        org_id: orgId,
        ...actorOf(principalOf(request)),
        action: entry.action,
        target_type: entry.target_type,
        ...(entry.target_id ? { target_id: entry.target_id } : {}),
        before: snapshot(entry.before),
        after: snapshot(entry.after),
        request_id: request.id,
      },
    });
  }
}
