import type { FastifyRequest } from 'fastify';

declare module 'fastify' {
  interface FastifyRequest {
    /** Whose request this is, for per-caller limits and keys (`user:<id>`, `service`); set by the identity guard. */
    subject?: string;
  }
}

/** The request's subject, or its client address where no identity was resolved. */
export const subjectOf = (request: FastifyRequest): string => request.subject ?? `ip:${request.ip}`;
