import { defineConfig } from 'vitest/config';

// The app is served by the Concert host from src/Concert/wwwroot; `npm run dev` proxies the API to a host started
// with `dotnet run --project src/Concert -- serve` on its default address.
export default defineConfig({
  base: './',
  build: {
    outDir: '../src/Concert/wwwroot',
    emptyOutDir: true,
    // Closed networks run current Chromium, Edge and Firefox; no legacy bundle is needed.
    target: 'es2022',
  },
  server: {
    proxy: {
      '/api': 'http://127.0.0.1:5080',
      '/health': 'http://127.0.0.1:5080',
    },
  },
  test: {
    include: ['test/**/*.test.ts'],
    environment: 'node',
  },
});
