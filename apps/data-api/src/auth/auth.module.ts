import { Module } from '@nestjs/common';
import { RegistryUserStrategy } from './registry-user.strategy';
import { UserDirectory } from './user-directory';

/** The registry's users as the identity guard and the users router see them. */
@Module({
  providers: [UserDirectory, RegistryUserStrategy],
  exports: [UserDirectory, RegistryUserStrategy],
})
export class AuthModule {}
