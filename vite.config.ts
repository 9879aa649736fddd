import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const here = path.dirname(fileURLToPath(import.meta.url));

// The renderer builds to dist/renderer with relative URLs, so the same files load from file:// in
// Electron and from the loopback host in a browser.
export default defineConfig({
  root: path.join(here, 'renderer'),
  base: './',
  plugins: [react()],
  build: {
    outDir: path.join(here, 'dist/renderer'),
    emptyOutDir: true,
    target: 'es2023',
    sourcemap: false,
    // Inline assets would need data: URLs for scripts; keep every asset a file for a strict CSP.
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
  },
});
