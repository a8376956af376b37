import { t } from '../shared/i18n';

export function OptionsApp() {
  return (
    <main class="options">
      <h1>{t('optionsTitle')}</h1>
    </main>
  );
}
