// Builds the web app into web/dist, which the server serves at `/`. In development `npx vite --config
// web/vite.config.ts` serves it with the API proxied to a running `teardown serve`.
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    // The map's country shapes and the chart library are large; they load with their page only.
    chunkSizeWarningLimit: 600,
  },
  server: { proxy: { '/api': `http://localhost:${process.env.PORT ?? 8080}` } },
});
