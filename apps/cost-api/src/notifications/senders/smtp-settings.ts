import { Parses } from '../../integrations/integration-settings';

/** Where and as whom an email is sent: SMTP_URL, or an email channel's own server. */
export interface SmtpServer {
  host: string;
  port: number;
  /** TLS from the first byte (smtps, 465); otherwise STARTTLS when the server offers it. */
  secure: boolean;
  username: string | null;
  password: string | null;
}

const ADDRESS = /^[^\s@<>"]{1,64}@[^\s@<>"]{1,253}$/;
const NAMED = /^([^<>"\r\n]{0,200}?)\s*<([^\s@<>"]{1,64}@[^\s@<>"]{1,253})>$/;

/** An email address, bare or `Name <address>`; no CR or LF (a header cannot be smuggled in). */
export function isMailAddress(value: string): boolean {
  return ADDRESS.test(value) || NAMED.test(value.trim());
}

/** Reads `smtp://user:password@host:port` or `smtps://…`; errors never quote the URL (it holds the password). */
export function parseSmtpUrl(value: string): SmtpServer {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error('SMTP_URL must be smtp://[user:password@]host[:port] or smtps://…');
  }
  if (url.protocol !== 'smtp:' && url.protocol !== 'smtps:')
    throw new Error('SMTP_URL must start with smtp:// or smtps://');
  if (url.hostname === '') throw new Error('SMTP_URL needs a host');
  const secure = url.protocol === 'smtps:';
  return {
    host: url.hostname.replace(/^\[|\]$/g, ''),
    port: url.port === '' ? (secure ? 465 : 587) : Number(url.port),
    secure,
    username: url.username === '' ? null : decodeURIComponent(url.username),
    password: url.password === '' ? null : decodeURIComponent(url.password),
  };
}

/** SMTP_URL: `smtp://…` or `smtps://…`. */
export const SmtpUrl = () => Parses('smtpUrl', parseSmtpUrl);

/** SMTP_FROM: an address, bare or named. */
export const MailAddress = () =>
  Parses('mailAddress', (value) => {
    if (!isMailAddress(value)) throw new Error('SMTP_FROM must be an address or Name <address>');
  });
