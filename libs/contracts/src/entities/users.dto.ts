import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { IsEmail, IsInt, IsOptional, Max, Min } from 'class-validator';
import { RecordDto } from '../common/base.dto';
import { Bool, Enum, Text } from '../common/fields';
import { ListQueryDto, QueryBool, QueryEnum, QuerySort, QueryText } from '../common/query';
import { UserRole } from './enums';

export class CreateUserDto {
  @ApiPropertyOptional({
    type: 'integer',
    nullable: true,
    example: 123456789,
    description: 'Telegram user id; unique where set. Absent or null: a user without Telegram.',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(Number.MAX_SAFE_INTEGER)
  telegram_id?: number | null;

  @Text(false, 64)
  username?: string;

  @ApiPropertyOptional({
    format: 'email',
    description: 'Unique among users whatever its case (A@x.org and a@x.org are one address).',
  })
  @IsOptional()
  @IsEmail()
  email?: string;

  @Enum(UserRole, false, 'Defaults to member.')
  role?: UserRole;

  @Bool(false, 'Defaults to true.')
  is_active?: boolean;
}

export class UpdateUserDto extends PartialType(CreateUserDto) {}

export class UserDto extends RecordDto {
  @ApiProperty({ type: 'integer', nullable: true }) telegram_id!: number | null;
  @ApiProperty({ type: String, nullable: true }) username!: string | null;
  @ApiProperty({ type: String, nullable: true }) email!: string | null;
  @ApiProperty({ enum: Object.values(UserRole) }) role!: UserRole;
  @ApiProperty() is_active!: boolean;
}

/** Not telegram_id: keyset cursors cannot page past the NULL of a user without one. */
export const USER_SORT = ['created_at', 'updated_at', 'role'] as const;

export class UserListQueryDto extends ListQueryDto {
  @QueryEnum(UserRole, 'Filter by role.') role?: UserRole[];
  @QueryBool('Filter by active flag.') is_active?: boolean;
  @QueryText('Exact username.') username?: string;
  @QueryText('Exact email address, whatever its case.') email?: string;
  @QuerySort(USER_SORT) sort?: string;
}
