import { describe, expect, it } from 'vitest';
import { LOCAL_SITE_URL, siteUrlFromEnv } from './site-url.ts';

describe('the site URL', () => {
  it('is localhost for a local build, and the given address otherwise', () => {
    expect(siteUrlFromEnv({})).toBe(LOCAL_SITE_URL);
    expect(siteUrlFromEnv({ SITE_URL: 'https://de-an-06.example' })).toBe('https://de-an-06.example/');
    expect(siteUrlFromEnv({ SITE_URL: 'https://de-an-06.example/', PUBLISH: '1' })).toBe('https://de-an-06.example/');
  });

  it('must be given to a publishing build, which says how', () => {
    expect(() => siteUrlFromEnv({ PUBLISH: '1' })).toThrow(/SITE_URL=https:\/\/.* npm run build:publish/);
    expect(() => siteUrlFromEnv({ PUBLISH: '1', SITE_URL: ' ' })).toThrow(/SITE_URL=/);
  });

  it('is never localhost or plain http in a publishing build', () => {
    expect(() => siteUrlFromEnv({ PUBLISH: '1', SITE_URL: 'http://localhost:4321' })).toThrow(/https address/);
    expect(() => siteUrlFromEnv({ PUBLISH: '1', SITE_URL: 'http://de-an-06.example' })).toThrow(/https address/);
  });

  it('is the root of its host, since every link of the site starts at /', () => {
    expect(() => siteUrlFromEnv({ SITE_URL: 'https://owner.github.io/de-an-06/' })).toThrow(/has a path/);
    expect(() => siteUrlFromEnv({ SITE_URL: 'de-an-06.example' })).toThrow(/not an address/);
  });
});
