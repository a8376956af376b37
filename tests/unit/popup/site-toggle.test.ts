import { describe, expect, it } from 'vitest';
import { sitesWithHighlighting } from '../../../src/popup/site-toggle';
import { siteListed } from '../../../src/shared/settings';
import { DEFAULT_SETTINGS, highlightingOnFor } from '../../../src/shared/settings';

describe('sitesWithHighlighting', () => {
  it('adds the host when turning off, once', () => {
    expect(sitesWithHighlighting([], 'news.example.com', false)).toEqual(['news.example.com']);
    expect(sitesWithHighlighting(['news.example.com'], 'news.example.com', false)).toEqual(['news.example.com']);
    expect(sitesWithHighlighting(['example.com'], 'news.example.com', false)).toEqual(['example.com']);
  });

  it('removes the host and any parent entry when turning on, keeping others', () => {
    expect(sitesWithHighlighting(['a.org', 'example.com', 'news.example.com'], 'news.example.com', true)).toEqual(['a.org']);
    expect(sitesWithHighlighting(['a.org'], 'b.org', true)).toEqual(['a.org']);
  });

  it('normalises the host and refuses non-hosts', () => {
    expect(sitesWithHighlighting([], 'News.Example.COM', false)).toEqual(['news.example.com']);
    expect(sitesWithHighlighting([], '', false)).toBeNull();
    expect(sitesWithHighlighting([], 'not a host', true)).toBeNull();
  });

  it('agrees with highlightingOnFor after each edit', () => {
    const host = 'www.example.com';
    let sites: string[] = ['example.com', 'other.net'];
    expect(highlightingOnFor({ ...DEFAULT_SETTINGS, disabledSites: sites }, host)).toBe(false);
    sites = sitesWithHighlighting(sites, host, true) ?? [];
    expect(highlightingOnFor({ ...DEFAULT_SETTINGS, disabledSites: sites }, host)).toBe(true);
    expect(sites).toEqual(['other.net']);
    sites = sitesWithHighlighting(sites, host, false) ?? [];
    expect(highlightingOnFor({ ...DEFAULT_SETTINGS, disabledSites: sites }, host)).toBe(false);
  });
});

describe('siteListed', () => {
  it('matches the site and its subdomains only', () => {
    expect(siteListed(['example.com'], 'example.com')).toBe(true);
    expect(siteListed(['example.com'], 'a.example.com')).toBe(true);
    expect(siteListed(['example.com'], 'notexample.com')).toBe(false);
    expect(siteListed([], 'example.com')).toBe(false);
  });

  it('takes an address ending in a dot for the same site, both ways', () => {
    expect(siteListed(['example.com'], 'www.example.com.')).toBe(true);
    const off = sitesWithHighlighting([], 'localhost.', false) ?? [];
    expect(off).toEqual(['localhost']);
    expect(siteListed(off, 'localhost.')).toBe(true);
    expect(sitesWithHighlighting(off, 'localhost.', true)).toEqual([]);
  });
});
