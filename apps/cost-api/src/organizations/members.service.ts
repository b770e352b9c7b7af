import { Injectable } from '@nestjs/common';
import type { AddMemberDto, ChangeMemberDto, ListQueryDto, MemberDto, Page } from '@slipway/contracts';
import { DataApiClient, type Schemas } from '@slipway/data-client';
import { orgRoleAllows, type OrgRole } from '@slipway/identity';
import { ProblemException } from '@slipway/platform';
import type { FastifyRequest } from 'fastify';
import { AuditLog } from '../audit/audit-log';
import { OrgLock } from '../org-lock';
import { OrgDirectory, type Organization } from './org-directory';
import { toMemberDto } from './org-mapping';
import { PlanBook } from './plan-book';

type Member = Schemas['OrgMemberRecordDto'];

/**
 * The people of an organization (its seats): added within the plan's seat limit, with roles no
 * stronger than the one granting them, and never without an owner.
 */
@Injectable()
export class MembersService {
  constructor(
    private readonly data: DataApiClient,
    private readonly directory: OrgDirectory,
    private readonly plans: PlanBook,
    private readonly audit: AuditLog,
    private readonly lock: OrgLock,
  ) {}

  async list(org: Organization, query: ListQueryDto): Promise<Page<MemberDto>> {
    const { data } = await this.data.get('/api/org_members', {
      params: { query: { ...query, org_id: org.id } },
    });
    return { ...data, items: data.items.map(toMemberDto) };
  }

  /** How many seats are taken. */
  async seatsUsed(orgId: string): Promise<number> {
    const { data } = await this.data.get('/api/org_members', {
      params: { query: { org_id: orgId, limit: 1, count: true } },
    });
    return data.total ?? data.items.length;
  }

  /** A member within the plan's seats (counted and created under the org's lock). */
  async add(request: FastifyRequest, org: Organization, dto: AddMemberDto): Promise<MemberDto> {
    this.assertMayGrant(request, dto.role);
    const member = await this.lock.holding('members', org.id, async () => {
      const [limits, used] = await Promise.all([
        this.plans.limitsAt(org, new Date()),
        this.seatsUsed(org.id),
      ]);
      if (used >= limits.seats)
        throw new ProblemException('quota_exceeded', `All ${limits.seats} seats of ${org.slug} are taken`, [
          { field: 'seats', message: `used ${used}, limit ${limits.seats}` },
        ]);
      await this.data.get('/api/users/{id}', { params: { path: { id: dto.user_id } } }).catch(() => {
        throw ProblemException.validation([{ field: 'user_id', message: 'user_id names no registry user' }]);
      });
      const { data } = await this.data.post('/api/org_members', {
        body: { org_id: org.id, user_id: dto.user_id, role: dto.role },
      });
      return data;
    });
    this.directory.forgetMember(org.id, dto.user_id);
    const shown = toMemberDto(member);
    await this.audit.record(request, org.id, {
      action: 'member.add',
      target_type: 'member',
      target_id: dto.user_id,
      after: shown,
    });
    return shown;
  }

  async change(
    request: FastifyRequest,
    org: Organization,
    userId: string,
    dto: ChangeMemberDto,
  ): Promise<MemberDto> {
    const member = await this.find(org, userId);
    this.assertMayGrant(request, dto.role);
    this.assertMayGrant(request, member.role);
    if (member.role === 'owner' && dto.role !== 'owner') await this.assertAnotherOwner(org, userId);
    const { data: changed } = await this.data.patch('/api/org_members/{id}', {
      params: { path: { id: member.id } },
      headers: { 'if-match': `"${member.version}"` },
      body: { role: dto.role },
    });
    this.directory.forgetMember(org.id, userId);
    await this.audit.record(request, org.id, {
      action: 'member.change_role',
      target_type: 'member',
      target_id: userId,
      before: toMemberDto(member),
      after: toMemberDto(changed),
    });
    return toMemberDto(changed);
  }

  async remove(request: FastifyRequest, org: Organization, userId: string): Promise<void> {
    const member = await this.find(org, userId);
    this.assertMayGrant(request, member.role);
    if (member.role === 'owner') await this.assertAnotherOwner(org, userId);
    await this.data.delete('/api/org_members/{id}', {
      params: { path: { id: member.id } },
      headers: { 'if-match': `"${member.version}"` },
    });
    this.directory.forgetMember(org.id, userId);
    await this.audit.record(request, org.id, {
      action: 'member.remove',
      target_type: 'member',
      target_id: userId,
      before: toMemberDto(member),
    });
  }

  private async find(org: Organization, userId: string): Promise<Member> {
    const { data } = await this.data.get('/api/org_members', {
      params: { query: { org_id: org.id, user_id: userId, limit: 1 } },
    });
    const member = data.items[0];
    if (!member) throw new ProblemException('not_found', `${userId} is not a member of ${org.slug}`);
    return member;
  }

  /** Only a role at least as strong may grant, change or take away a role. */
  private assertMayGrant(request: FastifyRequest, role: OrgRole): void {
    const held = request.orgRole ?? 'viewer';
    if (!orgRoleAllows(held, role))
      throw new ProblemException('forbidden', `A ${held} may not grant or change the ${role} role`);
  }

  private async assertAnotherOwner(org: Organization, userId: string): Promise<void> {
    const { data } = await this.data.get('/api/org_members', {
      params: { query: { org_id: org.id, role: ['owner'], limit: 2 } },
    });
    if (!data.items.some((m) => m.user_id !== userId))
      throw new ProblemException(
        'conflict',
        `${userId} is the last owner of ${org.slug}; make another owner first`,
      );
  }
}
