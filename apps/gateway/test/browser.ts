/** What a browser keeps of a Set-Cookie header: the value and the attributes a test checks. */
export interface StoredCookie {
  value: string;
  attributes: string[];
}

/**
 * A browser as far as a login needs one: cookies per origin (paths aside), redirects followed by
 * hand. `aliases` maps an origin the gateway names in its redirects (PUBLIC_URL) to where it listens.
 */
export class Browser {
  private readonly jars = new Map<string, Map<string, StoredCookie>>();

  constructor(private readonly aliases: Record<string, string> = {}) {}

  /** One request, no redirect followed; its Set-Cookie headers stored. */
  async request(url: string, init: RequestInit = {}): Promise<Response> {
    const target = this.resolve(url);
    const jar = this.jarOf(target.origin);
    const cookie = [...jar].map(([name, { value }]) => `${name}=${value}`).join('; ');
    const headers = new Headers(init.headers);
    if (cookie) headers.set('cookie', cookie);
    const response = await fetch(target, { ...init, headers, redirect: 'manual' });
    for (const line of response.headers.getSetCookie()) this.store(jar, line);
    return response;
  }

  /**
   * Follows redirects from `url` until one points to `origin` (or a response is no redirect):
   * answers that URL, not yet requested, or the last response.
   */
  async followUntil(origin: string, url: string): Promise<string | Response> {
    let next = url;
    for (let hop = 0; hop < 20; hop++) {
      if (new URL(next).origin === origin) return next;
      const response = await this.request(next);
      const location = response.headers.get('location');
      if (response.status < 300 || response.status >= 400 || location === null) return response;
      next = new URL(location, next).href;
    }
    throw new Error(`more than 20 redirects from ${url}`);
  }

  cookie(url: string, name: string): StoredCookie | undefined {
    return this.jarOf(this.resolve(url).origin).get(name);
  }

  private resolve(url: string): URL {
    const target = new URL(url);
    const alias = this.aliases[target.origin];
    return alias ? new URL(`${target.pathname}${target.search}`, alias) : target;
  }

  private jarOf(origin: string): Map<string, StoredCookie> {
    let jar = this.jars.get(origin);
    if (!jar) {
      jar = new Map();
      this.jars.set(origin, jar);
    }
    return jar;
  }

  private store(jar: Map<string, StoredCookie>, line: string): void {
    const [pair, ...attributes] = line.split(';').map((part) => part.trim());
    const at = pair.indexOf('=');
    const name = pair.slice(0, at);
    const value = pair.slice(at + 1);
    const expires = attributes.find((attribute) => /^expires=/i.test(attribute));
    const gone =
      value === '' ||
      attributes.some((attribute) => /^max-age=(0|-)/i.test(attribute)) ||
      (expires !== undefined && Date.parse(expires.slice('expires='.length)) <= Date.now());
    if (gone) jar.delete(name);
    else jar.set(name, { value, attributes });
  }
}
