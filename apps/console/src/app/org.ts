import { useState } from 'react';

const KEY = 'slipway.org';

/** The organization (cost-api slug) the person looked at last: the home page's and the costs page's default. */
export function rememberedOrg(): string | undefined {
  return globalThis.localStorage?.getItem(KEY) ?? undefined;
}

export function rememberOrg(slug: string): void {
  globalThis.localStorage?.setItem(KEY, slug);
}

/** The remembered organization and a setter that remembers the next one. */
export function useRememberedOrg(): [string | undefined, (slug: string) => void] {
  const [org, setOrg] = useState(rememberedOrg);
  return [
    org,
    (slug: string) => {
      rememberOrg(slug);
      setOrg(slug);
    },
  ];
}
