import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import { QueryBool } from '../common/query';
import { IntegrationStatus } from './enums';

/** A credential field of some provider; which ones a provider takes is GET /api/v1/integrations/providers. */
const CredentialText = (description: string, secret: boolean) =>
  applyDecorators(
    ApiPropertyOptional({
      description,
      maxLength: 4096,
      ...(secret ? { writeOnly: true, format: 'password' } : {}),
    }),
    IsOptional(),
    IsString(),
    MaxLength(4096),
  );

/**
 * A provider's credential: the fields its catalogue entry names, no others (422 otherwise).
 * Secrets are encrypted at rest and never returned.
 */
export class IntegrationSetupDto {
  @CredentialText('API key (every LLM provider but Bedrock).', true) api_key?: string;
  @CredentialText('Access token (github, gitea).', true) token?: string;
  @CredentialText('IAM access key id (bedrock).', true) access_key_id?: string;
  @CredentialText('IAM secret access key (bedrock).', true) secret_access_key?: string;
  @CredentialText('STS session token for temporary credentials (bedrock, optional).', true)
  session_token?: string;
  @CredentialText('AWS region, e.g. us-east-1 (bedrock).', false) region?: string;
  @CredentialText('Resource endpoint, https://<resource>.openai.azure.com (azure_openai).', false)
  endpoint?: string;
  @CredentialText('Data-plane API version, e.g. 2024-10-21 (azure_openai).', false) api_version?: string;
  @CredentialText(
    'Instance URL (gitea) or GitHub Enterprise API root, https://<host>/api/v3 (github).',
    false,
  )
  base_url?: string;
}

export class IntegrationSetupQueryDto {
  @QueryBool('Check the credential with the provider at once (default true); false leaves it pending.')
  validate?: boolean;
}

/** An organization's integration of one provider, as shown: never its secret. */
export class IntegrationDto {
  @ApiProperty({ example: 'openai' }) provider!: string;
  @ApiProperty({ example: 'OpenAI' }) label!: string;
  @ApiProperty({ enum: Object.values(IntegrationStatus) }) status!: IntegrationStatus;
  @ApiProperty({
    example: 'sk-…wxyz',
    description: 'A well-known prefix and the last four characters of the secret.',
  })
  fingerprint!: string;
  @ApiProperty({ type: String, nullable: true, description: 'Why the last validation failed.' })
  status_reason!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) validated_at!: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'The integration’s own base URL, if any.' })
  base_url!: string | null;
  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'string' },
    description: 'Non-secret settings (api_version, region).',
  })
  settings!: Record<string, string>;
  @ApiProperty({ format: 'date-time' }) created_at!: string;
  @ApiProperty({ format: 'date-time' }) updated_at!: string;
}

export class IntegrationListDto {
  @ApiProperty({ type: [IntegrationDto] }) items!: IntegrationDto[];
  @ApiProperty({ type: String, nullable: true, description: 'Always null: an org has few integrations.' })
  next_cursor!: null;
}

export class IntegrationProviderFieldDto {
  @ApiProperty({ example: 'api_key' }) name!: string;
  @ApiProperty({
    enum: ['secret', 'base_url', 'setting'],
    description: 'secret: encrypted, never shown; base_url and setting: kept and shown.',
  })
  kind!: 'secret' | 'base_url' | 'setting';
  @ApiProperty() required!: boolean;
  @ApiProperty() description!: string;
}

export class IntegrationProviderDto {
  @ApiProperty({ example: 'openai' }) provider!: string;
  @ApiProperty({ example: 'OpenAI' }) label!: string;
  @ApiProperty({ enum: ['llm', 'forge'] }) category!: 'llm' | 'forge';
  @ApiProperty({ type: [IntegrationProviderFieldDto] }) fields!: IntegrationProviderFieldDto[];
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'Where calls go unless the integration names its own; `{region}` is filled from settings.',
  })
  default_base_url!: string | null;
}

export class IntegrationProviderListDto {
  @ApiProperty({ type: [IntegrationProviderDto] }) items!: IntegrationProviderDto[];
}

/** Service-only: a valid integration's credential in the clear, for the agent-worker's calls. */
export class IntegrationCredentialDto {
  @ApiProperty() provider!: string;
  @ApiProperty({ description: 'Where to send calls: the integration’s own base URL, else the provider’s.' })
  base_url!: string;
  @ApiProperty({ type: 'object', additionalProperties: { type: 'string' } }) settings!: Record<
    string,
    string
  >;
  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'string' },
    description: 'The secret fields.',
  })
  secrets!: Record<string, string>;
  @ApiProperty() fingerprint!: string;
  @ApiProperty({ type: String, format: 'date-time' }) validated_at!: string;
}
