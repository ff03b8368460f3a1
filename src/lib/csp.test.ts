import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { inlineScriptHashes, policyFor, withPolicy } from './csp.ts';

const sha = (s: string) => `'sha256-${createHash('sha256').update(s).digest('base64')}'`;

describe('content security policy', () => {
  const page =
    '<html><head><title>x</title><script>a()</script><script type="module" src="/m.js"></script></head><body><script>\n b()\n</script></body></html>';

  it('hashes every inline script exactly as written, and no script with a src', () => {
    expect(inlineScriptHashes(page)).toEqual([sha('a()'), sha('\n b()\n')]);
  });

  it('hashes no inline script inside <main>, where content goes: a script from content stays blocked', () => {
    const withContent = page.replace('<body>', '<body><main><p>x</p><script>alert(1)</script></main>');
    expect(inlineScriptHashes(withContent)).not.toContain(sha('alert(1)'));
    expect(policyFor(withContent)).not.toContain(sha('alert(1)'));
  });

  it('never allows inline scripts wholesale, and allows no other host', () => {
    const policy = policyFor(page);
    const scriptSrc = policy.split('; ').find((d) => d.startsWith('script-src'))!;
    expect(scriptSrc).not.toContain("'unsafe-inline'");
    expect(scriptSrc).toContain(sha('a()'));
    expect(policy).toContain("default-src 'self'");
    expect(policy).not.toMatch(/https?:/);
  });

  it('puts the policy first in <head>', () => {
    expect(withPolicy(page)).toMatch(
      /^<html><head><meta http-equiv="content-security-policy" content="default-src 'self'; script-src /,
    );
  });
});
