import { t } from '../i18n';

/** The visible mark on advice that Limber added rather than took from the source article (article page and popup). */
export function GeneralBadge() {
  return <span class="general-badge">{t('generalGuidance')}</span>;
}
