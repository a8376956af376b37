/**
 * Sites where highlighting is off: the list with a Remove button each, and
 * an entry that takes a site name or a pasted address (keeping its host).
 * Sites are stored in their ASCII form and shown as people write them.
 */
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { normaliseHostname, validateSetting } from '../shared/settings';
import { displayHostname } from '../shared/idn';
import { t } from '../shared/i18n';
import { FieldError, Hint } from './fields';
import { listReasonText } from './labels';

export function SiteList({
  sites,
  disabled,
  onSave,
}: {
  sites: readonly string[];
  disabled?: boolean;
  onSave: (sites: string[]) => boolean;
}) {
  const [entry, setEntry] = useState('');
  const [error, setError] = useState<string | null>(null);
  const listBox = useRef<HTMLDivElement>(null);
  /**
   * After a Remove, where focus goes (its button is gone, and focus would fall
   * to the page): the next site's Remove button, else the previous one's, else
   * the entry field.
   */
  const focusAfterRemove = useRef<string | null>(null);
  useLayoutEffect(() => {
    const target = focusAfterRemove.current;
    if (target === null) return;
    focusAfterRemove.current = null;
    const box = listBox.current;
    const button = target === '' ? null : box?.querySelector<HTMLElement>(`button[data-site="${CSS.escape(target)}"]`);
    (button ?? box?.querySelector<HTMLElement>('#site-entry'))?.focus();
  }, [sites]);
  const remove = (site: string): void => {
    const at = sites.indexOf(site);
    focusAfterRemove.current = sites[at + 1] ?? sites[at - 1] ?? '';
    if (!onSave(sites.filter((s) => s !== site))) focusAfterRemove.current = null;
  };

  const add = (event: Event): void => {
    event.preventDefault();
    const text = entry.trim();
    if (text === '') {
      setError(t('optionsSiteEmpty'));
      return;
    }
    const host = normaliseHostname(text);
    if (host === null) {
      setError(t('optionsSiteInvalid', text.slice(0, 80)));
      return;
    }
    if (sites.includes(host)) {
      setError(t('optionsSiteAlready', displayHostname(host)));
      return;
    }
    // The list can still be refused as a whole (it is full): say why.
    const next = validateSetting('disabledSites', [...sites, host]);
    if (!next.ok || !onSave(next.value as string[])) {
      setError(!next.ok && next.reason ? listReasonText('disabledSites', next.reason) : t('optionsErrorSites'));
      return;
    }
    setEntry('');
    setError(null);
  };

  return (
    <div class="field field--sites" ref={listBox}>
      <h3 id="sites-title">{t('optionsDisabledSites')}</h3>
      <Hint id="sites-hint" text={t('optionsDisabledSitesHint')} />
      {sites.length === 0 ? (
        <p class="sites-empty">{t('optionsSitesNone')}</p>
      ) : (
        <ul class="sites" aria-labelledby="sites-title">
          {sites.map((site) => (
            <li key={site}>
              <span class="site-name">{displayHostname(site)}</span>
              <button
                type="button"
                class="button button--small"
                disabled={disabled}
                aria-label={t('optionsSiteRemoveLabel', displayHostname(site))}
                data-site={site}
                onClick={() => remove(site)}
              >
                {t('optionsSiteRemove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form class="field-row" onSubmit={add}>
        <label for="site-entry" class="visually-hidden">
          {t('optionsSiteEntryLabel')}
        </label>
        <input
          id="site-entry"
          type="text"
          inputMode="url"
          autocomplete="off"
          spellcheck={false}
          placeholder={t('optionsSitePlaceholder')}
          value={entry}
          disabled={disabled}
          aria-invalid={error !== null}
          aria-describedby="sites-hint site-entry-error"
          onInput={(event) => {
            setEntry(event.currentTarget.value);
            if (error !== null) setError(null);
          }}
        />
        <button type="submit" class="button" disabled={disabled}>
          {t('optionsSiteAdd')}
        </button>
      </form>
      <FieldError id="site-entry-error" message={error} />
    </div>
  );
}
