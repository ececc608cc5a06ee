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
    // The map chunk (MapLibre and the Natural Earth basemap, about 0.55 MB compressed) is loaded on its own after
    // sign-in; it is large by nature, not by accident, so Vite's 500 kB warning is raised past it.
    chunkSizeWarningLimit: 2000,
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
