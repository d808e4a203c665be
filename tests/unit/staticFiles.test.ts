import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '../../electron/core/contentSecurityPolicy';
import { readStaticFile } from '../../electron/core/staticFiles';
import { temporaryFolder } from '../support/temporaryFolder';

const folder = temporaryFolder();
const root = path.join(folder.path, 'renderer');
fs.mkdirSync(path.join(root, 'assets'), { recursive: true });
fs.writeFileSync(path.join(root, 'index.html'), '<!doctype html>');
fs.writeFileSync(path.join(root, 'assets', 'app.js'), 'console.log(1)');
fs.writeFileSync(path.join(folder.path, 'secret.txt'), 'private');
afterAll(() => folder.remove());

describe('serving the built renderer', () => {
  it('serves index.html for the root, with the Content Security Policy', async () => {
    const file = await readStaticFile(root, '/');
    expect(file.status).toBe(200);
    expect(file.headers['Content-Type']).toBe('text/html; charset=utf-8');
    expect(file.headers['Content-Security-Policy']).toBe(contentSecurityPolicy);
  });

  it('serves a script with its type', async () => {
    const file = await readStaticFile(root, '/assets/app.js?v=1');
    expect(file.status).toBe(200);
    expect(file.headers['Content-Type']).toBe('text/javascript; charset=utf-8');
    expect(String(file.body)).toBe('console.log(1)');
  });

  it('never serves a file outside its folder', async () => {
    for (const attempt of ['/../secret.txt', '/assets/../../secret.txt', '/%2e%2e/secret.txt', '/..%2fsecret.txt']) {
      const file = await readStaticFile(root, attempt);
      expect(file.status, attempt).not.toBe(200);
      expect(String(file.body)).not.toContain('private');
    }
  });

  it('answers 404 for a file that is not there', async () => {
    expect((await readStaticFile(root, '/missing.js')).status).toBe(404);
  });

  it('allows no inline script, no remote content and no plugins', () => {
    expect(contentSecurityPolicy).toContain("default-src 'none'");
    expect(contentSecurityPolicy).toContain("script-src 'self'");
    expect(contentSecurityPolicy).not.toMatch(/unsafe-inline|unsafe-eval|https?:/);
    expect(contentSecurityPolicy).toContain("object-src 'none'");
  });
});
