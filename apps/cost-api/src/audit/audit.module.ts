import { Module } from '@nestjs/common';
import { AuditController } from './audit.controller';
import { AuditReader } from './audit-reader';

@Module({ controllers: [AuditController], providers: [AuditReader] })
export class AuditModule {}
