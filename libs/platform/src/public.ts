import { SetMetadata } from '@nestjs/common';

export const IS_PUBLIC = 'slipway:public';

/** Marks a route as open to callers without identity (health, metrics). */
export const Public = () => SetMetadata(IS_PUBLIC, true);
