/**
 * Says plainly when Limber may not run on web pages, and offers the one button
 * that asks the browser for it. Renders nothing while access is granted.
 * Used by the popup and the welcome page.
 */
import { useEffect, useState } from 'preact/hooks';
import { hasPageAccess, requestPageAccess } from '../page-access';
import { t } from '../i18n';

type Status = 'checking' | 'granted' | 'missing' | 'just-granted' | 'declined';

export function PageAccessNotice({ showWhenGranted = false }: { showWhenGranted?: boolean }) {
  const [status, setStatus] = useState<Status>('checking');
  useEffect(() => {
    void hasPageAccess().then((ok) => setStatus(ok ? 'granted' : 'missing'));
  }, []);

  if (status === 'checking' || (status === 'granted' && !showWhenGranted)) return null;
  if (status === 'granted' || status === 'just-granted') {
    return (
      <p class="page-access page-access--ok" role="status">
        {t('pageAccessGranted')}
      </p>
    );
  }
  const ask = async (): Promise<void> => setStatus((await requestPageAccess()) ? 'just-granted' : 'declined');
  return (
    <div class="page-access" role="region" aria-label={t('pageAccessButton')}>
      <p>{t(status === 'declined' ? 'pageAccessDeclined' : 'pageAccessMissing')}</p>
      <button type="button" class="button button--primary" onClick={() => void ask()}>
        {t('pageAccessButton')}
      </button>
    </div>
  );
}
