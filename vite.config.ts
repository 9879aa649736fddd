import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const here = path.dirname(fileURLToPath(import.meta.url));

// The renderer builds to dist/renderer with relative URLs, so the same files load from app://quire/ in
// Electron and from the loopback host in a browser. QUIRE_DIST_DIR builds elsewhere (the desktop shell
// test builds from a clean state into a temp folder while other tests use dist/).
const distDir = process.env.QUIRE_DIST_DIR ? path.resolve(process.env.QUIRE_DIST_DIR) : path.join(here, 'dist');
export default defineConfig({
  root: path.join(here, 'renderer'),
  base: './',
  plugins: [react()],
  build: {
    outDir: path.join(distDir, 'renderer'),
    emptyOutDir: true,
    target: 'es2023',
    sourcemap: false,
    // Inline assets would need data: URLs for scripts; keep every asset a file for a strict CSP.
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
  },
});
