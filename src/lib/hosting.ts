// What the web server sends with the built site, written by the build into dist/nginx.conf from the
// pages it built: security headers (the same Content-Security-Policy the pages carry, as a header),
// caching, the media types nginx lacks, and the 404 page of each language. GitHub Pages sends no
// custom header; there the policy each page carries in a <meta> element is what protects it.
import { policy } from './csp.ts';

/** Files under /_astro/ are named after a hash of their content: a new version has a new name. */
export const HASHED_FILES = '/_astro/';
export const LONG_CACHE = 'public, max-age=31536000, immutable';
/** Pages and every other file (search index, open data) are checked for a newer version each time. */
export const NO_CACHE = 'no-cache';

/**
 * The headers of every response. The policy lets every inline script of any page run (each page's
 * own <meta> policy then allows only its own), and forbids framing the site, which only a header
 * can do. HSTS holds for a year once a browser has seen it over https.
 */
export function securityHeaders(scriptHashes: Iterable<string>): Record<string, string> {
  return {
    'Content-Security-Policy': `${policy(scriptHashes)}; frame-ancestors 'none'`,
    'Strict-Transport-Security': 'max-age=31536000',
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
  };
}

/** The nginx directives to include in the server block whose root is the built site. */
export function nginxConfig(scriptHashes: Iterable<string>): string {
  const headers = Object.entries(securityHeaders(scriptHashes));
  const addHeaders = (cache: string, indent = '') =>
    [...headers, ['Cache-Control', cache]]
      .map(([name, value]) => `${indent}add_header ${name} "${value}" always;`)
      .join('\n');
  return `# Written by the build (src/lib/hosting.ts) from the pages it built: rebuild rather than edit.
# Include it in the server block that serves the built site, and reload nginx after each deployment
# (the Content-Security-Policy lists the hashes of the pages' inline scripts):
#   server { listen 443 ssl; server_name example.gov.vn; root /srv/de-an-06; include /srv/de-an-06/nginx.conf; … }

${addHeaders(NO_CACHE)}

# A location that adds a header of its own drops the server's: each header is repeated here.
location ^~ ${HASHED_FILES} {
${addHeaders(LONG_CACHE, '  ')}
}

# Media types nginx does not know. Under nosniff a module sent as application/octet-stream does not run.
location ~ \\.mjs$ {
  types { text/javascript mjs; }
}
location ~ \\.csv$ {
  types { text/csv csv; }
}
charset utf-8;
charset_types text/css text/csv text/javascript application/javascript application/json text/xml image/svg+xml;

gzip on;
gzip_vary on;
gzip_types text/css text/csv text/javascript application/javascript application/json text/xml image/svg+xml;

# The page for an unknown address, in the language of the address.
error_page 404 /404.html;
location ^~ /en/ {
  error_page 404 /en/404/;
}
`;
}
