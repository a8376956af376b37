/**
 * International site names for people: Limber stores a host as the browser
 * reports it (`xn--bcher-kva.de`) and shows it as written (`bücher.de`).
 * Punycode decoding after RFC 3492, section 6.2. Pure.
 */

const BASE = 36;
const T_MIN = 1;
const T_MAX = 26;
const SKEW = 38;
const DAMP = 700;
const INITIAL_BIAS = 72;
const INITIAL_N = 0x80;
const MAX_INT = 0x7fffffff;

/** RFC 3492, 6.1. */
function adapt(delta: number, points: number, first: boolean): number {
  let d = first ? Math.floor(delta / DAMP) : Math.floor(delta / 2);
  d += Math.floor(d / points);
  let k = 0;
  while (d > ((BASE - T_MIN) * T_MAX) >> 1) {
    d = Math.floor(d / (BASE - T_MIN));
    k += BASE;
  }
  return k + Math.floor(((BASE - T_MIN + 1) * d) / (d + SKEW));
}

/** The value of a base-36 digit (a–z are 0–25, 0–9 are 26–35), or -1. */
function digitValue(code: number): number {
  if (code >= 0x30 && code <= 0x39) return code - 22;
  if (code >= 0x41 && code <= 0x5a) return code - 0x41;
  if (code >= 0x61 && code <= 0x7a) return code - 0x61;
  return -1;
}

/** Decodes a Punycode string (a label without its `xn--`), or null when it is not valid Punycode. */
export function decodePunycode(input: string): string | null {
  const delimiter = input.lastIndexOf('-');
  const output: number[] = [];
  for (let j = 0; j < Math.max(delimiter, 0); j++) {
    const code = input.charCodeAt(j);
    if (code >= 0x80) return null;
    output.push(code);
  }
  let n = INITIAL_N;
  let bias = INITIAL_BIAS;
  let i = 0;
  for (let at = delimiter > 0 ? delimiter + 1 : 0; at < input.length; ) {
    const oldI = i;
    let w = 1;
    for (let k = BASE; ; k += BASE) {
      if (at >= input.length) return null;
      const digit = digitValue(input.charCodeAt(at++));
      if (digit < 0 || digit > Math.floor((MAX_INT - i) / w)) return null;
      i += digit * w;
      const threshold = k <= bias ? T_MIN : k >= bias + T_MAX ? T_MAX : k - bias;
      if (digit < threshold) break;
      if (w > Math.floor(MAX_INT / (BASE - threshold))) return null;
      w *= BASE - threshold;
    }
    const length = output.length + 1;
    bias = adapt(i - oldI, length, oldI === 0);
    if (Math.floor(i / length) > MAX_INT - n) return null;
    n += Math.floor(i / length);
    i %= length;
    if (n > 0x10ffff || (n >= 0xd800 && n <= 0xdfff)) return null;
    output.splice(i, 0, n);
    i++;
  }
  return String.fromCodePoint(...output);
}

/**
 * A stored host as a person would write it: each `xn--` label in Unicode.
 * Anything that does not decode, or whose Unicode form is not exactly what a
 * browser would turn back into this host, is shown as it is.
 */
export function displayHostname(host: string): string {
  if (!/(^|\.)xn--/i.test(host)) return host;
  const labels: string[] = [];
  for (const label of host.split('.')) {
    if (!/^xn--/i.test(label)) {
      labels.push(label);
      continue;
    }
    const decoded = decodePunycode(label.slice(4));
    // An all-ASCII result is not an international name; a dot, slash or space would change what the name says.
    if (decoded === null || decoded === '' || !/[^\x00-\x7f]/.test(decoded) || /[\s./:@?#\\%]/.test(decoded)) return host;
    labels.push(decoded);
  }
  const unicode = labels.join('.');
  try {
    return new URL(`http://${unicode}/`).hostname === host.toLowerCase() ? unicode : host;
  } catch {
    return host;
  }
}
