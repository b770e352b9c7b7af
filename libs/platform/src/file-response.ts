import type { FastifyReply, FastifyRequest } from 'fastify';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';

/** Media types of the files Slipway hands out, by extension; anything else is a download of bytes. */
const MEDIA_TYPES: Record<string, string> = {
  md: 'text/markdown; charset=utf-8',
  json: 'application/json',
  yaml: 'application/yaml',
  yml: 'application/yaml',
  py: 'text/x-python; charset=utf-8',
  ts: 'text/plain; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
  txt: 'text/plain; charset=utf-8',
  log: 'text/plain; charset=utf-8',
  html: 'text/plain; charset=utf-8',
};

export interface FileToSend {
  /** Where it is on disk (already confined to where it may be read from). */
  path: string;
  /** The name the client saves it under; only its last segment is used. */
  name: string;
  /** Its content hash, answered as the strong ETag. */
  sha256: string;
}

export const mediaTypeOf = (name: string): string =>
  MEDIA_TYPES[name.split('.').pop()?.toLowerCase() ?? ''] ?? 'application/octet-stream';

/** RFC 6266: an ASCII fallback name and the exact name as UTF-8 (`filename*`). */
export function contentDisposition(name: string): string {
  const base = name.split('/').pop() || 'download';
  const fallback = base.replace(/[^\w.-]/g, '_');
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encodeURIComponent(base)}`;
}

/**
 * Streams a file as a download: its media type, its length as it is on disk, a strong ETag from its
 * hash (a matching If-None-Match is answered 304 without a body), and a safe Content-Disposition. HTML is sent as
 * text, and nothing is sniffed, so an artifact can never run as a page of ours.
 */
export async function sendFile(
  request: FastifyRequest,
  reply: FastifyReply,
  file: FileToSend,
): Promise<void> {
  const etag = `"${file.sha256}"`;
  void reply.header('etag', etag).header('x-content-type-options', 'nosniff');
  const match = request.headers['if-none-match'];
  if (typeof match === 'string' && match.split(',').some((tag) => tag.trim() === etag)) {
    await reply.status(304).send();
    return;
  }
  await reply
    .header('content-type', mediaTypeOf(file.name))
    .header('content-length', String((await stat(file.path)).size))
    .header('content-disposition', contentDisposition(file.name))
    .send(createReadStream(file.path));
}
