import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/** Builds the renderer into dist/renderer, loaded by Electron through the app:// protocol. */
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    target: 'chrome130',
    sourcemap: true,
    // No inline scripts: the Content Security Policy allows scripts from the app only.
    modulePreload: { polyfill: false },
    assetsInlineLimit: 0,
  },
});
