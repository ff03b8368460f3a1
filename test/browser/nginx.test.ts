// The built site served by a real nginx with the nginx.conf the build wrote, as a host would serve
// it: the headers on pages, hashed files and everything else, the 404 pages, and pages that run,
// search included, under the header policy and nosniff. Needs nginx (`apt-get install nginx`;
// `.ci/run` installs it).
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from './harness.ts';
import { inlineScriptHashes } from '../../src/lib/csp.ts';
import { LONG_CACHE, NO_CACHE, securityHeaders } from '../../src/lib/hosting.ts';
import { SITE_DIR } from '../site.ts';

const NGINX = process.env.NGINX_PATH ?? '/usr/sbin/nginx';
const MIME_TYPES = '/etc/nginx/mime.types';

let origin = '';
let nginx: ChildProcess;
let prefix = '';
let browser: Browser;

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

beforeAll(async () => {
  if (!existsSync(NGINX))
    throw new Error(`nginx not found at ${NGINX}. Install Debian's package: apt-get install nginx`);
  prefix = mkdtempSync(join(tmpdir(), 'de-an-06-nginx-'));
  const port = await freePort();
  // One process as the current user, everything it writes in a temporary folder.
  writeFileSync(
    join(prefix, 'nginx.conf'),
    `daemon off; master_process off; pid ${prefix}/nginx.pid; error_log stderr error;
events {}
http {
  include ${MIME_TYPES};
  default_type application/octet-stream;
  access_log off;
  client_body_temp_path ${prefix}/body; proxy_temp_path ${prefix}/proxy; fastcgi_temp_path ${prefix}/fastcgi;
  uwsgi_temp_path ${prefix}/uwsgi; scgi_temp_path ${prefix}/scgi;
  server {
    listen 127.0.0.1:${port};
    root ${SITE_DIR};
    include ${SITE_DIR}/nginx.conf;
  }
}
`,
  );
  nginx = spawn(NGINX, ['-p', prefix, '-c', join(prefix, 'nginx.conf')], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  nginx.stderr!.on('data', (chunk) => (stderr += chunk));
  origin = `http://127.0.0.1:${port}`;
  for (let i = 0; ; i++) {
    if (nginx.exitCode !== null) throw new Error(`nginx stopped: ${stderr}`);
    if (
      await fetch(origin).then(
        () => true,
        () => false,
      )
    )
      break;
    if (i > 100) throw new Error(`nginx did not answer: ${stderr}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  nginx?.kill();
  if (prefix) rmSync(prefix, { recursive: true, force: true });
});

const sitePolicyHeaders = () => {
  const hashes = new Set<string>();
  for (const file of readdirSync(SITE_DIR, { recursive: true }) as string[]) {
    if (file.endsWith('.html'))
      inlineScriptHashes(readFileSync(join(SITE_DIR, file), 'utf8')).forEach((h) => hashes.add(h));
  }
  return securityHeaders([...hashes].sort());
};

describe('the built site behind nginx with its nginx.conf', () => {
  it('sends the security headers with every response, pages checked each time and hashed files kept a year', async () => {
    const expected = sitePolicyHeaders();
    const script = readdirSync(join(SITE_DIR, '_astro')).find((f) => f.endsWith('.js'))!;
    const responses = {
      page: await fetch(`${origin}/van-ban/`),
      hashed: await fetch(`${origin}/_astro/${script}`),
      data: await fetch(`${origin}/data/documents.json`),
      missing: await fetch(`${origin}/khong-co-trang-nay/`),
    };
    for (const [what, response] of Object.entries(responses)) {
      for (const [name, value] of Object.entries(expected))
        expect(response.headers.get(name), `${what}: ${name}`).toBe(value);
    }
    expect(responses.page.headers.get('cache-control')).toBe(NO_CACHE);
    expect(responses.data.headers.get('cache-control')).toBe(NO_CACHE);
    expect(responses.hashed.headers.get('cache-control')).toBe(LONG_CACHE);
    expect(responses.hashed.headers.get('content-type')).toMatch(/javascript/);
  });

  it('sends JavaScript modules, CSV and pages with their media type, compressed where it helps', async () => {
    const module = readdirSync(join(SITE_DIR, 'pagefind')).find((f) => f.endsWith('.mjs'));
    if (module)
      expect((await fetch(`${origin}/pagefind/${module}`)).headers.get('content-type')).toMatch(/^text\/javascript/);
    expect((await fetch(`${origin}/data/documents.csv`)).headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const page = await fetch(`${origin}/van-ban/`, { headers: { 'accept-encoding': 'gzip' } });
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('content-encoding')).toBe('gzip');
  });

  it('answers an unknown address with status 404 and the page of its language', async () => {
    for (const [path, lang] of [
      ['/van-ban/khong-co/', 'vi'],
      ['/en/van-ban/no-such/', 'en'],
      ['/_astro/gone.js', 'vi'],
    ]) {
      const response = await fetch(`${origin}${path}`);
      expect(response.status, path).toBe(404);
      expect(await response.text(), path).toContain(`<html lang="${lang}"`);
    }
  });

  it('runs the pages, their search included, under the header policy and nosniff', async () => {
    const context = await browser.newContext({ baseURL: origin });
    const page = await context.newPage();
    const blocked: string[] = [];
    page.on('console', (msg) => {
      if (/Content Security Policy|MIME type/i.test(msg.text())) blocked.push(msg.text().slice(0, 200));
    });
    page.on('pageerror', (error) => blocked.push(error.message));
    for (const path of ['/', '/van-ban/', '/en/quyen-loi/toi-dung-duoc-gi/', '/nhiem-vu/ma-tran/'])
      await page.goto(path, { waitUntil: 'networkidle' });
    await page.locator('site-search [data-open-modal]').click();
    await page.getByRole('dialog').getByRole('searchbox').fill('can cuoc');
    const result = page.getByRole('dialog').getByRole('link').first();
    await expect.poll(() => result.getAttribute('href').catch(() => null), { timeout: 10_000 }).toMatch(/^\//);
    expect(blocked).toEqual([]);
    await context.close();
  });
});
