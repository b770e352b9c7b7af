import { CreateUserDto, UpdateUserDto, USER_SORT, UserDto, UserListQueryDto } from '@slipway/contracts';
import type { UserRow } from '../database/entities';
import { eq, eqIgnoringCase, oneOf, type ResourceDefinition, withRecord } from '../resources/definition';

export const usersResource: ResourceDefinition<UserRow, UserDto> = {
  path: 'users',
  label: 'User',
  table: 'users',
  dto: { create: CreateUserDto, update: UpdateUserDto, response: UserDto, list: UserListQueryDto },
  access: 'self',
  softDelete: false,
  sortable: USER_SORT,
  filters: {
    role: oneOf('role'),
    is_active: eq('is_active'),
    username: eq('username'),
    email: eqIgnoringCase('email'),
  },
  toResponse: (row) =>
    withRecord(row, {
      telegram_id: row.telegram_id === null ? null : Number(row.telegram_id),
      username: row.username,
      email: row.email,
      role: row.role,
      is_active: row.is_active,
    }),
};
