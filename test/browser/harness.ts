// Serves the test build on loopback and drives Debian's Chromium through playwright-core.
// Nothing here downloads a browser; a missing /usr/bin/chromium is a clear failure.
import { createServer, type Server, type ServerResponse } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import sirv from 'sirv';
import compression from 'compression';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { SITE_DIR } from '../site.ts';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface Harness {
  origin: string;
  browser: Browser;
  newPage: (options?: Parameters<Browser['newContext']>[0]) => Promise<{ page: Page; context: BrowserContext }>;
  close: () => Promise<void>;
}

/**
 * Serves `dir` on loopback. With `compress`, text is sent gzipped as any web host sends it: for
 * Lighthouse, whose simulated slow network otherwise counts every byte of uncompressed HTML.
 */
export async function startServer(
  dir = SITE_DIR,
  { compress = false } = {},
): Promise<{ server: Server; origin: string }> {
  const serve = sirv(dir, { dev: false, etag: true, gzip: false, brotli: false });
  const gzip = compress ? compression() : undefined;
  // As a static host (GitHub Pages) does: the site's 404.html for every unknown address.
  const notFound = (res: ServerResponse) => {
    res.statusCode = 404;
    const page = join(dir, '404.html');
    if (existsSync(page)) res.setHeader('content-type', 'text/html; charset=utf-8');
    res.end(existsSync(page) ? readFileSync(page) : 'Not found');
  };
  const server = createServer((req, res) => {
    if (!gzip) return serve(req, res, () => notFound(res));
    gzip(req as never, res as never, () => serve(req, res, () => notFound(res)));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { server, origin: `http://127.0.0.1:${port}` };
}

export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Chromium not found at ${CHROMIUM}. Install Debian's package: apt-get install chromium`);
  }
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

export async function startHarness(): Promise<Harness> {
  const [{ server, origin }, browser] = await Promise.all([startServer(), launchBrowser()]);
  return {
    origin,
    browser,
    newPage: async (options) => {
      const context = await browser.newContext({ baseURL: origin, ...options });
      const page = await context.newPage();
      return { page, context };
    },
    close: async () => {
      await browser.close();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/**
 * Puts axe-core into the page through the browser's debugging protocol. The site's
 * Content-Security-Policy rightly refuses an injected <script>, so tests must not add one.
 */
export async function injectAxe(page: Page): Promise<void> {
  const { default: axe } = await import('axe-core');
  await page.evaluate(axe.source);
}

/** The same for every page a context opens, before the page's own scripts run. */
export async function withAxe(context: BrowserContext): Promise<void> {
  const { default: axe } = await import('axe-core');
  await context.addInitScript(axe.source);
}
