import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The renderer builds to static files loaded over the app:// protocol in Electron, and served
// as-is for the browser edition. base './' keeps asset URLs relative for both.
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    chunkSizeWarningLimit: 4000,
  },
  worker: { format: 'es' },
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
});
