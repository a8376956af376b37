/** The popup's "Highlight terms on <this site>" toggle as a pure list edit. */
import { normaliseHostname, siteListed } from '../shared/settings';

/**
 * The site list after turning highlighting on or off for `host`. Turning it
 * on removes every entry that covers the host (a parent domain included, as
 * the person asked for this site); turning it off adds the host itself.
 * Returns null when `host` is not a site name (nothing to toggle).
 */
export function sitesWithHighlighting(sites: readonly string[], host: string, on: boolean): string[] | null {
  const h = normaliseHostname(host);
  if (h === null) return null;
  if (on) return sites.filter((site) => !(h === site || h.endsWith(`.${site}`)));
  return siteListed(sites, h) ? [...sites] : [...sites, h];
}
