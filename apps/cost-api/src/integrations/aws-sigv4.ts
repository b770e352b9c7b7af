import { createHash, createHmac } from 'node:crypto';

/** What AWS Signature Version 4 signs: the request as sent, and who signs it for which service. */
export interface SigV4Request {
  method: string;
  url: URL;
  /** Every header to sign; `host` and `x-amz-date` among them. */
  headers: Record<string, string>;
  /** Hex SHA-256 of the body (of '' when there is none). */
  payloadHash: string;
  region: string;
  service: string;
  accessKeyId: string;
  secretAccessKey: string;
  /** `YYYYMMDDTHHMMSSZ`, as in x-amz-date. */
  amzDate: string;
}

const ALGORITHM = 'AWS4-HMAC-SHA256';

export const sha256Hex = (data: string): string => createHash('sha256').update(data).digest('hex');
const hmac = (key: Buffer | string, data: string): Buffer => createHmac('sha256', key).update(data).digest();

/** RFC 3986 percent-encoding: everything but unreserved characters. */
const encode = (text: string): string =>
  encodeURIComponent(text).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

/** `2015-08-30T12:36:00.000Z` → `20150830T123600Z`. */
export const amzDateOf = (date: Date): string => date.toISOString().replace(/[-:]|\.\d{3}/g, '');

function canonicalPath(url: URL): string {
  const segments = url.pathname.split('/').map((segment) => encode(decodeURIComponent(segment)));
  return segments.join('/') || '/';
}

function canonicalQuery(url: URL): string {
  return [...url.searchParams]
    .map(([name, value]) => [encode(name), encode(value)] as const)
    .sort(([a, x], [b, y]) => (a < b ? -1 : a > b ? 1 : x < y ? -1 : x > y ? 1 : 0))
    .map(([name, value]) => `${name}=${value}`)
    .join('&');
}

function canonicalHeaders(headers: Record<string, string>): { block: string; signed: string } {
  const entries = Object.entries(headers)
    .map(([name, value]) => [name.toLowerCase(), value.trim().replace(/\s+/g, ' ')] as const)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return {
    block: entries.map(([name, value]) => `${name}:${value}\n`).join(''),
    signed: entries.map(([name]) => name).join(';'),
  };
}

/** The hex signature of a request and the header names it covers. */
export function sigV4Signature(request: SigV4Request): {
  signature: string;
  signedHeaders: string;
  scope: string;
} {
  const { block, signed } = canonicalHeaders(request.headers);
  const canonical = [
    request.method.toUpperCase(),
    canonicalPath(request.url),
    canonicalQuery(request.url),
    block,
    signed,
    request.payloadHash,
  ].join('\n');
  const day = request.amzDate.slice(0, 8);
  const scope = `${day}/${request.region}/${request.service}/aws4_request`;
  const stringToSign = [ALGORITHM, request.amzDate, scope, sha256Hex(canonical)].join('\n');
  const key = [day, request.region, request.service, 'aws4_request'].reduce<Buffer | string>(
    (previous, part) => hmac(previous, part),
    `AWS4${request.secretAccessKey}`,
  );
  return { signature: hmac(key, stringToSign).toString('hex'), signedHeaders: signed, scope };
}

/** The Authorization header value of a SigV4-signed request. */
export function sigV4Authorization(request: SigV4Request): string {
  const { signature, signedHeaders, scope } = sigV4Signature(request);
  return `${ALGORITHM} Credential=${request.accessKeyId}/${scope}, SignedHeaders=${signedHeaders}, Signature=${signature}`;
}

/** The parts of a SigV4 Authorization header, or undefined when it is not one. */
export function parseSigV4Authorization(
  value: string,
): { accessKeyId: string; scope: string[]; signedHeaders: string[]; signature: string } | undefined {
  const match =
    /^AWS4-HMAC-SHA256 Credential=([^/,\s]+)\/([^,\s]+), ?SignedHeaders=([^,\s]+), ?Signature=([0-9a-f]{64})$/.exec(
      value,
    );
  if (!match) return undefined;
  const [, accessKeyId, scope, signedHeaders, signature] = match;
  return { accessKeyId, scope: scope.split('/'), signedHeaders: signedHeaders.split(';'), signature };
}
