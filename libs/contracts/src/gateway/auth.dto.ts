import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsString, Matches, MaxLength } from 'class-validator';
import { UserRole } from '../entities/enums';

/** What a key may do at the gateway: read (GET), write (changes), admin (admin registries). */
export const GATEWAY_SCOPES = ['read', 'write', 'admin'] as const;

export class LoginDto {
  @ApiProperty({
    example: 'slw_a1b2c3d4_…',
    description: 'An API key; the session acts with its owner and scopes.',
  })
  @IsString()
  @MaxLength(200)
  @Matches(/^slw_[A-Za-z0-9]+_[A-Za-z0-9]+$/, { message: 'api_key must look like slw_<prefix>_<secret>' })
  api_key!: string;
}

export class SessionUserDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ type: String, nullable: true }) email!: string | null;
  @ApiProperty({ enum: Object.values(UserRole) }) role!: UserRole;
}

export class MeDto {
  @ApiProperty({ type: SessionUserDto }) user!: SessionUserDto;
  @ApiProperty({ enum: GATEWAY_SCOPES, isArray: true }) scopes!: string[];
  @ApiProperty({ enum: ['api_key', 'session'], description: 'The credential of this request.' }) via!:
    'api_key' | 'session';
  @ApiPropertyOptional({
    description: 'Under a session: send it as X-CSRF-Token with every POST, PUT, PATCH and DELETE.',
  })
  csrf_token?: string;
}

export class AuthProvidersDto {
  @ApiProperty({ description: 'Log in with an API key (POST /auth/login).' }) api_key!: boolean;
  @ApiProperty({ description: 'Single sign-on at GET /auth/oidc/login.' }) oidc!: boolean;
}
