// Where the test build lives, and helpers to read its pages as parsed HTML.
import { readFileSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
/** Where the test build goes; TEST_SITE_DIR lets parallel work trees keep their builds apart. */
export const SITE_DIR = process.env.TEST_SITE_DIR ?? join(ROOT, 'test-results', 'site');
export const SITE_AS_OF = '2026-11-27';
/** The test build is a publishing build (`--publish`), as if served from this address. */
export const SITE_URL = 'https://de-an-06.example/';

export function pagePath(url: string): string {
  return join(SITE_DIR, url.replace(/^\//, ''), url.endsWith('.html') ? '' : 'index.html');
}

export function hasPage(url: string): boolean {
  return existsSync(pagePath(url));
}

export function page(url: string): HTMLElement {
  return parse(readFileSync(pagePath(url), 'utf8'));
}

export function text(el: HTMLElement | null | undefined): string {
  return (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
}
