export type Theme = 'light' | 'dark';

const KEY = 'slipway.theme';

/** The theme chosen before, else the system's. */
export function initialTheme(): Theme {
  const stored = globalThis.localStorage?.getItem(KEY);
  if (stored === 'light' || stored === 'dark') return stored;
  return globalThis.matchMedia?.('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

export function applyTheme(theme: Theme): void {
  document.documentElement.dataset.theme = theme;
}

/** A theme the person chose: kept for the next visits (until then the system's is followed). */
export function chooseTheme(theme: Theme): void {
  applyTheme(theme);
  globalThis.localStorage?.setItem(KEY, theme);
}
