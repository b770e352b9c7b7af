import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { IsEmail, IsInt, IsOptional, Max, Min } from 'class-validator';
import { RecordDto } from '../common/base.dto';
import { Bool, Enum, Text } from '../common/fields';
import { ListQueryDto, QueryBool, QueryEnum, QuerySort, QueryText } from '../common/query';
import { UserRole } from './enums';

export class CreateUserDto {
  @ApiProperty({ type: 'integer', example: 123456789, description: 'Telegram user id; unique.' })
  @IsInt()
  @Min(1)
  @Max(Number.MAX_SAFE_INTEGER)
  telegram_id!: number;

  @Text(false, 64)
  username?: string;

  @ApiPropertyOptional({ format: 'email' })
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
  @ApiProperty({ type: 'integer' }) telegram_id!: number;
  @ApiProperty({ type: String, nullable: true }) username!: string | null;
  @ApiProperty({ type: String, nullable: true }) email!: string | null;
  @ApiProperty({ enum: Object.values(UserRole) }) role!: UserRole;
  @ApiProperty() is_active!: boolean;
}

export const USER_SORT = ['created_at', 'updated_at', 'telegram_id', 'role'] as const;

export class UserListQueryDto extends ListQueryDto {
  @QueryEnum(UserRole, 'Filter by role.') role?: UserRole[];
  @QueryBool('Filter by active flag.') is_active?: boolean;
  @QueryText('Exact username.') username?: string;
  @QuerySort(USER_SORT) sort?: string;
}
