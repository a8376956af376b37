import { describe, expect, it } from 'vitest';
import { hostOfUrl, isWebUrl } from '../../../src/shared/url-host';

const URLS = [
  'https://example.com/',
  'http://example.com',
  'https://www.Example.COM:8443/path?q=1#frag',
  'https://user:pa@ss@example.org/x',
  'https://user@sub.example.co.uk:80/',
  'http://127.0.0.1:5173/index.html',
  'http://[::1]:8080/',
  'http://[2001:db8::1]/a/b',
  'https://bücher.example/straße',
  'https://xn--bcher-kva.example/',
  'https://example.com?query=only',
  'https://example.com#hash-only',
  'https://example.com./trailing-dot',
  'http://localhost/',
  'https://a.b.c.d.e.example/',
];

describe('hostOfUrl', () => {
  it.each(URLS)('reads the host of %s as the URL parser does', (raw) => {
    // document.URL is the serialised form: parse once, as the browser does.
    const serialised = new URL(raw).href;
    expect(hostOfUrl(serialised)).toBe(new URL(raw).hostname);
  });

  it('gives no host for strings that are not URLs with an authority', () => {
    expect(hostOfUrl('about:blank')).toBe('');
    expect(hostOfUrl('')).toBe('');
    expect(hostOfUrl('data:text/html,hi')).toBe('');
  });
});

describe('isWebUrl', () => {
  it('accepts http and https pages only', () => {
    expect(isWebUrl('https://example.com/')).toBe(true);
    expect(isWebUrl('http://example.com/')).toBe(true);
    expect(isWebUrl('file:///tmp/a.html')).toBe(false);
    expect(isWebUrl('chrome-extension://abc/popup.html')).toBe(false);
    expect(isWebUrl('about:blank')).toBe(false);
    expect(isWebUrl('httpx://example.com/')).toBe(false);
  });
});
