import { describe, expect, it } from 'vitest';
import { decodePunycode, displayHostname } from '../../../src/shared/idn';
import { normaliseHostname } from '../../../src/shared/settings';

describe('decodePunycode', () => {
  it.each([
    // Samples of RFC 3492, section 7.1.
    ['egbpdaj6bu4bxfgehfvwxn', 'ليهمابتكلموشعربي؟'],
    ['ihqwcrb4cv8a8dqg056pqjye', '他们为什么不说中文'],
    ['b1abfaaepdrnnbgefbadotcwatmq2g4l', 'почемужеонинеговорятпорусски'],
    ['3B-ww4c5e180e575a65lsy2b', '3年B組金八先生'],
    ['bcher-kva', 'bücher'],
  ])('%s → %s', (input, expected) => {
    expect(decodePunycode(input)).toBe(expected);
  });

  it.each(['bcher-kv', 'zz', '-abc', 'ab!c', `${'9'.repeat(40)}`])('refuses %j', (input) => {
    expect(decodePunycode(input)).toBeNull();
  });
});

describe('displayHostname', () => {
  it.each([
    ['xn--bcher-kva.de', 'bücher.de'],
    ['www.xn--bcher-kva.de', 'www.bücher.de'],
    ['xn--mnchen-3ya.de', 'münchen.de'],
    ['xn--fiqs8s.cn', '中国.cn'],
    ['xn--80akhbyknj4f.xn--p1ai', 'испытание.рф'],
    ['xn--wgbh1c', 'مصر'],
    ['xn--ls8h.la', '💩.la'],
  ])('shows %s as %s', (host, shown) => {
    expect(displayHostname(host)).toBe(shown);
  });

  it('is the inverse of what storing a typed name does', () => {
    for (const typed of ['bücher.de', 'straße.example', 'ελληνικά.gr', '日本語.jp', 'δοκιμή.example.com']) {
      const stored = normaliseHostname(typed);
      expect(stored).toMatch(/^[\x00-\x7f]+$/);
      expect(displayHostname(stored ?? '')).toBe(typed);
    }
  });

  it.each(['example.com', 'localhost', '127.0.0.1', 'sub.example.co.uk'])('leaves the plain name %s alone', (host) => {
    expect(displayHostname(host)).toBe(host);
  });

  it.each([
    ['invalid Punycode', 'xn--bcher-kv.de'],
    ['an empty label', 'xn--.de'],
    ['Punycode that decodes to plain ASCII', 'xn--abc-.com'],
    ['a label that is not Punycode at all', 'xn--zz.com'],
  ])('falls back to the ASCII form for %s', (_label, host) => {
    expect(displayHostname(host)).toBe(host);
  });
});
