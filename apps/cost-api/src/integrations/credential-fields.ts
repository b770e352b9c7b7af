import type { FieldErrorDto } from '@slipway/contracts';
import type { CredentialField, ProviderSpec } from './providers';

/** A provider's credential as the setup body gave it, sorted by where each part is kept. */
export interface CredentialParts {
  /** Encrypted; never shown again. */
  secrets: Record<string, string>;
  /** Stored in the clear and shown back (api_version, region). */
  settings: Record<string, string>;
  /** The integration's own base URL (azure endpoint, gitea, GitHub Enterprise), normalized. */
  baseUrl: string | null;
}

const MAX_SECRET = 4096;
/** Printable ASCII without spaces: no key has others, and a pasted newline is caught. */
const SECRET_TEXT = /^[\x21-\x7e]+$/;

/**
 * An http(s) URL without credentials, query or fragment, normalized without a trailing slash;
 * or why not. The key is sent to it, so nothing else is accepted.
 */
export function normalizeBaseUrl(text: string): { url: string } | { problem: string } {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return { problem: 'must be an absolute http(s) URL' };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    return { problem: 'must be an http or https URL' };
  if (url.username !== '' || url.password !== '') return { problem: 'must not carry a user or password' };
  if (url.search !== '' || url.hash !== '' || text.includes('?') || text.includes('#'))
    return { problem: 'must not carry a query or fragment' };
  return { url: url.href.replace(/\/+$/, '') };
}

/**
 * Splits and checks a setup body against a provider's fields: each required one present, none
 * unknown, each well-formed. Messages name fields, never their values.
 */
export function readCredentialFields(
  spec: ProviderSpec,
  body: Record<string, unknown>,
): { parts: CredentialParts } | { errors: FieldErrorDto[] } {
  const errors: FieldErrorDto[] = [];
  const parts: CredentialParts = { secrets: {}, settings: {}, baseUrl: null };
  const known = new Set(spec.fields.map((field) => field.name));
  for (const name of Object.keys(body).filter((key) => body[key] !== undefined && !known.has(key)))
    errors.push({ field: name, message: `${name} is not a credential field of ${spec.label}` });
  for (const field of spec.fields) {
    const value = body[field.name];
    if (value === undefined || value === null) {
      if (field.required) errors.push({ field: field.name, message: `${field.name} is required` });
      continue;
    }
    if (typeof value !== 'string' || value === '') {
      errors.push({ field: field.name, message: `${field.name} must be a non-empty string` });
      continue;
    }
    const checked = checkField(field, value);
    if ('problem' in checked) errors.push({ field: field.name, message: `${field.name} ${checked.problem}` });
    else if (field.kind === 'secret') parts.secrets[field.name] = checked.value;
    else if (field.kind === 'setting') parts.settings[field.name] = checked.value;
    else parts.baseUrl = checked.value;
  }
  return errors.length > 0 ? { errors } : { parts };
}

/** The value to keep (a base URL normalized), or what is wrong with it. */
function checkField(field: CredentialField, value: string): { value: string } | { problem: string } {
  switch (field.kind) {
    case 'secret':
      if (value.length > MAX_SECRET) return { problem: `must be at most ${MAX_SECRET} characters` };
      return SECRET_TEXT.test(value) ? { value } : { problem: 'must be printable ASCII without spaces' };
    case 'setting':
      if (value.length > 100) return { problem: 'must be at most 100 characters' };
      return field.pattern === undefined || field.pattern.test(value)
        ? { value }
        : { problem: `is not in the expected form (${field.description})` };
    case 'base_url': {
      if (value.length > 2000) return { problem: 'must be at most 2000 characters' };
      const result = normalizeBaseUrl(value);
      return 'problem' in result ? result : { value: result.url };
    }
  }
}

/**
 * A masked form that tells two credentials apart without revealing one: a well-known prefix
 * (`sk-`, `gsk_`, `ghp_`) and the last four characters, as `sk-…wxyz`. Short secrets show no tail.
 */
export function fingerprintOf(secret: string): string {
  const prefix = /^[A-Za-z]{2,4}[-_]/.exec(secret)?.[0] ?? '';
  const tail = secret.length >= 12 ? secret.slice(-4) : '';
  return `${prefix}…${tail}`;
}
