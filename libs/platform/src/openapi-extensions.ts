import { ApiResponse } from '@nestjs/swagger';

/**
 * OpenAPI extensions saying who may call an operation, read when the gateway's merged document is
 * made: `Public()` marks routes that need no identity, `ServiceOnly()` (libs/identity) routes that
 * only a service may call.
 */
export const PUBLIC_EXTENSION = 'x-slipway-public';
export const SERVICE_ONLY_EXTENSION = 'x-slipway-service-only';

/** Documents an error answer of an operation: its status, what it means, and its problem+json body. */
export const ProblemResponse = (status: number, description: string) =>
  ApiResponse({
    status,
    description,
    content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/ProblemDto' } } },
  });
