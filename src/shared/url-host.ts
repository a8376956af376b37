/**
 * The host name of a URL as a browser serialises it (`document.URL`): what
 * `new URL(url).hostname` and `location.hostname` say. Pure.
 *
 * Why not `location.hostname`: the content script starts on every page, and
 * touching `location` makes the browser build a Location object for the
 * script's world; `document.URL` is a plain string. Serialised URLs are
 * already normalised (lower-case, punycode hosts), so reading the authority
 * is enough.
 */
export function hostOfUrl(url: string): string {
  const schemeEnd = url.indexOf('://');
  if (schemeEnd < 0) return '';
  const from = schemeEnd + 3;
  let to = from;
  while (to < url.length && url[to] !== '/' && url[to] !== '?' && url[to] !== '#') to++;
  const authority = url.slice(from, to);
  const host = authority.slice(authority.lastIndexOf('@') + 1);
  if (host.startsWith('[')) {
    const end = host.indexOf(']');
    return end < 0 ? host : host.slice(0, end + 1);
  }
  const colon = host.indexOf(':');
  return colon < 0 ? host : host.slice(0, colon);
}

/** Whether a URL is an ordinary web page (http or https). */
export function isWebUrl(url: string): boolean {
  return url.startsWith('http://') || url.startsWith('https://');
}
