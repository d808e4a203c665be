// Builds everything the app and the CLI run: the renderer with Vite, and the Node-side
// bundles (Electron main, preload, CLI) with esbuild. Output goes to dist/.
import { build as esbuild } from 'esbuild';
import { chmodSync, readFileSync } from 'node:fs';
import { build as viteBuild } from 'vite';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const only = process.argv.slice(2);
const wanted = (part) => only.length === 0 || only.includes(part);

const node = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node22',
  sourcemap: true,
  logLevel: 'warning',
  // Native and Electron modules load at run time; better-sqlite3 ships one N-API binary for Node and Electron.
  external: ['electron', 'better-sqlite3'],
  define: { __APP_VERSION__: JSON.stringify(pkg.version) },
};

const started = Date.now();
const jobs = [];
if (wanted('main')) {
  jobs.push(esbuild({ ...node, entryPoints: ['electron/main/main.ts'], outfile: 'dist/electron/main.cjs' }));
  // Sandboxed preloads run as CommonJS and may require only 'electron'.
  jobs.push(
    esbuild({
      ...node,
      platform: 'browser',
      entryPoints: ['electron/preload/preload.ts'],
      outfile: 'dist/electron/preload.cjs',
      external: ['electron'],
    }),
  );
}
if (wanted('cli')) {
  jobs.push(
    esbuild({ ...node, entryPoints: ['electron/cli/cts.ts'], outfile: 'dist/cli/cts.cjs', banner: { js: '#!/usr/bin/env node' } }).then(
      () => chmodSync('dist/cli/cts.cjs', 0o755),
    ),
  );
}
if (wanted('renderer')) jobs.push(viteBuild({ configFile: 'vite.config.ts', logLevel: 'warn' }));
await Promise.all(jobs);
console.log(`built ${only.length ? only.join(', ') : 'main, preload, cli, renderer'} in ${Date.now() - started} ms`);
