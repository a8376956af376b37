import { t } from '../../shared/i18n';

/** The visible mark on advice that Limber added rather than took from the source article. */
export function GeneralBadge() {
  return <span class="general-badge">{t('articleGeneralGuidance')}</span>;
}
