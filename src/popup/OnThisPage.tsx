/**
 * "On this page" (container): the back-pain terms the content script found
 * in the active tab, each explained here on click, and the switches for
 * highlighting on this site and everywhere (written to settings; content
 * scripts follow storage).
 */
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { t } from '../shared/i18n';
import { send } from '../shared/messenger';
import { displayHostname } from '../shared/idn';
import { highlightingOnFor, siteListed, validateSetting, type Settings } from '../shared/settings';
import { hasPageAccess } from '../shared/page-access';
import { conceptById, termAnchor } from '../knowledge';
import { sitesWithHighlighting } from './site-toggle';
import { usePageTerms } from './use-page-terms';
import { TermList, type FoundTerm } from './TermList';
import { TermDetail } from './TermDetail';

/** Chips shown before "All …": about two rows at 360 px, so the main view needs no scrolling. */
const FIRST_TERMS = 6;

export function OnThisPage({ settings, onSave }: { settings: Settings; onSave: (change: (current: Settings) => Settings) => void }) {
  const refreshKey = `${settings.highlightEnabled}|${settings.disabledSites.join(',')}|${settings.highlightCategories.join(',')}|${settings.highlightAll}`;
  const page = usePageTerms(refreshKey, (host) => highlightingOnFor(settings, host));
  const [openId, setOpenId] = useState<string | null>(null);
  const [showAll, setShowAll] = useState(false);
  const listTop = useRef<HTMLElement>(null);
  const returnTo = useRef<string | null>(null);
  /** Without access to web pages (Firefox lets people withhold it), the notice above says why nothing answers. */
  const [pageAccess, setPageAccess] = useState<boolean | null>(null);
  useEffect(() => {
    void hasPageAccess().then(setPageAccess, () => setPageAccess(null));
  }, []);

  // Opening a term moves focus to its title; going back returns it to the term's button.
  useLayoutEffect(() => {
    if (openId !== null) {
      listTop.current?.querySelector<HTMLElement>('#term-detail-title')?.focus();
    } else if (returnTo.current !== null) {
      listTop.current?.querySelector<HTMLElement>(`[data-term="${CSS.escape(returnTo.current)}"]`)?.focus();
      returnTo.current = null;
    }
  }, [openId]);

  const setHighlightEverywhere = (on: boolean): void => onSave((current) => ({ ...current, highlightEnabled: on }));
  const setHighlightHere = (host: string, on: boolean): void => {
    if (sitesWithHighlighting(settings.disabledSites, host, on) === null) return;
    onSave((current) => {
      const sites = sitesWithHighlighting(current.disabledSites, host, on);
      const checked = sites === null ? null : validateSetting('disabledSites', sites);
      return checked?.ok ? { ...current, disabledSites: checked.value } : current;
    });
  };

  const globalToggle = (
    <div class="switch">
      <input
        id="highlight-everywhere"
        type="checkbox"
        checked={settings.highlightEnabled}
        onChange={(event) => setHighlightEverywhere(event.currentTarget.checked)}
      />
      <label for="highlight-everywhere">{t('popupHighlightEverywhere')}</label>
    </div>
  );

  let body;
  if (page.status === 'loading') {
    body = <p class="muted">{t('popupTermsLoading')}</p>;
  } else if (page.status === 'unavailable') {
    body = (
      <p class="muted" data-testid="terms-unavailable">
        {t(pageAccess === false ? 'popupTermsNeedAccess' : 'popupTermsUnavailable')}
      </p>
    );
  } else {
    const found: FoundTerm[] = page.terms.flatMap(({ id, count }) => {
      const concept = conceptById(id);
      return concept ? [{ concept, count }] : [];
    });
    const open = openId === null ? undefined : found.find((f) => f.concept.id === openId);
    const hostValid = page.host !== '' && sitesWithHighlighting([], page.host, false) !== null;
    const offHere = siteListed(settings.disabledSites, page.host);
    let summary: string;
    if (!settings.highlightEnabled) summary = t('popupTermsOffEverywhere');
    else if (offHere || !page.highlightingOn) summary = t('popupTermsOffHere', displayHostname(page.host));
    else if (found.length === 0) summary = page.complete ? t('popupTermsNone') : t('popupTermsLoading');
    else summary = page.total === 1 ? t('popupTermsCountOne') : t('popupTermsCount', [String(page.total), String(found.length)]);
    const shown = showAll ? found : found.slice(0, FIRST_TERMS);
    body = (
      <>
        {open ? (
          <TermDetail
            concept={open.concept}
            count={open.count}
            onBack={() => {
              returnTo.current = open.concept.id;
              setOpenId(null);
            }}
            onReadMore={() => void send('page/open-article', { anchor: termAnchor(open.concept.id) })}
            onTryIt={open.concept.stretchId ? () => void send('page/open-break', { stretchId: open.concept.stretchId }) : null}
          />
        ) : (
          <>
            <p class="terms-summary" data-testid="terms-summary">
              {summary}
            </p>
            {settings.highlightEnabled && page.highlightingOn && found.length > 0 ? (
              <>
                <TermList
                  terms={shown}
                  onOpen={setOpenId}
                  more={
                    found.length > FIRST_TERMS ? (
                      <button type="button" class="link-button" aria-expanded={showAll} onClick={() => setShowAll(!showAll)}>
                        {showAll ? t('popupTermsShowFewer') : t('popupTermsShowAll', String(found.length))}
                      </button>
                    ) : null
                  }
                />
              </>
            ) : null}
          </>
        )}
        {hostValid && settings.highlightEnabled ? (
          <div class="switch">
            <input
              id="highlight-here"
              type="checkbox"
              checked={!offHere}
              onChange={(event) => setHighlightHere(page.host, event.currentTarget.checked)}
            />
            <label for="highlight-here">{t('popupHighlightHere', displayHostname(page.host))}</label>
          </div>
        ) : null}
      </>
    );
  }

  return (
    <section class="card page" aria-labelledby="page-title" ref={listTop}>
      <h2 id="page-title">{t('popupPageTitle')}</h2>
      {body}
      {globalToggle}
    </section>
  );
}
