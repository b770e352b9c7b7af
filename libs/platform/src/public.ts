import { applyDecorators, SetMetadata } from '@nestjs/common';
import { ApiExtension } from '@nestjs/swagger';
import { PUBLIC_EXTENSION } from './openapi-extensions';

export const IS_PUBLIC = 'slipway:public';

/** Marks a route as open to callers without identity (health, metrics, webhooks, login), and documents it so. */
export const Public = () =>
  applyDecorators(SetMetadata(IS_PUBLIC, true), ApiExtension(PUBLIC_EXTENSION, true));
