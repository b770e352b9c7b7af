import { Body, HttpCode, Post, Res } from '@nestjs/common';
import { ApiBody, ApiCreatedResponse, ApiOkResponse, ApiOperation } from '@nestjs/swagger';
import { CreateApiKeyDto, CreatedApiKeyDto, VerifiedApiKeyDto, VerifyApiKeyDto } from '@slipway/contracts';
import { ArrayBodyPipe, ProblemException } from '@slipway/platform';
import type { FastifyReply } from 'fastify';
import { CurrentPrincipal, type Principal, ServiceOnly } from '@slipway/identity';
import { Db } from '../database/db';
import type { ApiKeyRow } from '../database/entities';
import { CrudController, MAX_BULK_ITEMS, ResourceController } from '../resources/crud.controller';
import { etagOf } from '../resources/etag';
import { ResourceFactory } from '../resources/resource.factory';
import { hashMatches, newApiKey, prefixOf } from './api-key-secrets';
import { apiKeysResource, toApiKeyDto } from './api-keys.resource';

type VerifiedRow = ApiKeyRow & {
  telegram_id: string | null;
  email: string | null;
  role: VerifiedApiKeyDto['role'];
};

@ResourceController(apiKeysResource)
export class ApiKeysController extends CrudController(apiKeysResource) {
  constructor(
    factory: ResourceFactory,
    private readonly db: Db,
  ) {
    super(factory);
  }

  @Post()
  @ApiOperation({ summary: 'Create a key; the answer carries the key itself, once' })
  @ApiCreatedResponse({ type: CreatedApiKeyDto })
  override async create(
    @CurrentPrincipal() principal: Principal,
    @Body() body: CreateApiKeyDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<CreatedApiKeyDto> {
    const secret = newApiKey();
    const row = await this.resource.create(principal, {
      ...body,
      key_prefix: secret.prefix,
      key_hash: secret.hash,
    });
    void reply.header('etag', etagOf(row.version));
    return { ...toApiKeyDto(row), key: secret.key };
  }

  @Post('bulk')
  @ApiOperation({ summary: 'Create several keys at once; each answer carries its key, once' })
  @ApiBody({ type: [CreateApiKeyDto] })
  @ApiCreatedResponse({ type: [CreatedApiKeyDto] })
  override async createMany(
    @CurrentPrincipal() principal: Principal,
    @Body(new ArrayBodyPipe(CreateApiKeyDto, MAX_BULK_ITEMS)) body: CreateApiKeyDto[],
  ): Promise<CreatedApiKeyDto[]> {
    const secrets = body.map(() => newApiKey());
    const rows = await this.resource.createMany(
      principal,
      body.map((item, i) => ({ ...item, key_prefix: secrets[i].prefix, key_hash: secrets[i].hash })),
    );
    return rows.map((row, i) => ({ ...toApiKeyDto(row), key: secrets[i].key }));
  }

  @Post('verify')
  @HttpCode(200)
  @ServiceOnly()
  @ApiOperation({ summary: 'Who a key belongs to (services only); 401 when unknown, revoked or expired' })
  @ApiBody({ type: VerifyApiKeyDto })
  @ApiOkResponse({ type: VerifiedApiKeyDto })
  async verify(@Body() body: VerifyApiKeyDto): Promise<VerifiedApiKeyDto> {
    const rejected = new ProblemException('unauthorized', 'The API key is unknown, revoked or expired');
    const prefix = prefixOf(body.key);
    const [row] = await this.db.query<VerifiedRow>(
      `SELECT k.*, u.telegram_id, u.email, u.role FROM api_keys k JOIN users u ON u.id = k.owner_id
       WHERE k.key_prefix = $1 AND u.is_active AND k.revoked_at IS NULL AND (k.expires_at IS NULL OR k.expires_at > now())`,
      [prefix],
    );
    if (!row || !hashMatches(body.key, row.key_hash)) throw rejected;
    await this.db.query('UPDATE api_keys SET last_used_at = now() WHERE id = $1', [row.id]);
    return {
      key_id: row.id,
      name: row.name,
      owner_id: row.owner_id,
      telegram_id: row.telegram_id === null ? null : Number(row.telegram_id),
      email: row.email,
      role: row.role,
      scopes: row.scopes,
      expires_at: row.expires_at ? row.expires_at.toISOString() : null,
    };
  }
}
