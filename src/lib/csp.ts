// The Content-Security-Policy of a built page. Scripts run only from this site or when their exact
// text is hashed here, never through 'unsafe-inline'; nothing loads from any other host.
//
// Only the inline scripts before <main> are hashed: the layout's own (Starlight's theme and
// sidebar scripts) all come before it, and everything after it is the page's content, whose
// components ship their scripts as files (astro.config.mjs: assetsInlineLimit 0). A script an
// editor's content managed to put in the page would so be blocked, not allowed; the validator
// refuses such content before any build (src/lib/validate/checks/safety.ts).
import { createHash } from 'node:crypto';

const INLINE_SCRIPT = /<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/gi;

/** The same few scripts (Starlight's theme and language ones) are on every page: hash them once. */
const known = new Map<string, string>();
function hashOf(body: string): string {
  let hash = known.get(body);
  if (!hash) {
    hash = `'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`;
    if (known.size < 1000) known.set(body, hash);
  }
  return hash;
}

/** sha256 sources for every inline script of the layout (before <main>), each once. */
export function inlineScriptHashes(html: string): string[] {
  const main = html.search(/<main[\s>]/i);
  const hashes = new Set<string>();
  for (const match of html.matchAll(INLINE_SCRIPT)) if (main < 0 || match.index < main) hashes.add(hashOf(match[1]));
  return [...hashes];
}

/** The policy that lets exactly these inline scripts run (sha256 sources, as inlineScriptHashes gives them). */
export function policy(scriptHashes: Iterable<string>): string {
  return [
    "default-src 'self'",
    // Pagefind's search runs WebAssembly, which needs its own permission (not 'unsafe-eval').
    `script-src 'self' 'wasm-unsafe-eval' ${[...scriptHashes].join(' ')}`.trim(),
    // Starlight and the search box set style attributes; styles cannot run code.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}

/** A page's policy: its own inline scripts and no other. */
export function policyFor(html: string): string {
  return policy(inlineScriptHashes(html));
}

/** The page with its policy as the first element of <head>, so it covers everything after it. */
export function withPolicy(html: string): string {
  const meta = `<meta http-equiv="content-security-policy" content="${policyFor(html)}">`;
  return html.replace(/<head([^>]*)>/i, (head) => `${head}${meta}`);
}
