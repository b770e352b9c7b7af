import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const root = fileURLToPath(new URL('.', import.meta.url));

/**
 * The console: built into dist/apps/console, which the gateway serves at `/`. `npx nx serve console`
 * runs Vite's dev server in front of a gateway at GATEWAY_URL (default http://127.0.0.1:3000).
 */
export default defineConfig({
  root,
  base: '/',
  plugins: [react()],
  build: {
    outDir: fileURLToPath(new URL('../../dist/apps/console', import.meta.url)),
    emptyOutDir: true,
    sourcemap: true,
    // Every route's page is its own chunk; the entry stays small.
    chunkSizeWarningLimit: 600,
  },
  server: {
    proxy: Object.fromEntries(
      ['/api', '/runs', '/jobs', '/auth', '/openapi.json'].map((path) => [
        path,
        { target: process.env.GATEWAY_URL ?? 'http://127.0.0.1:3000', changeOrigin: false },
      ]),
    ),
  },
  test: {
    root,
    environment: 'happy-dom',
    include: ['src/**/*.test.{ts,tsx}'],
    restoreMocks: true,
  },
});
