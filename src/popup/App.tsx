import { t } from '../shared/i18n';

export function App() {
  return (
    <main class="popup">
      <h1>{t('popupHeading')}</h1>
      <p class="disclaimer">{t('notMedicalAdvice')}</p>
    </main>
  );
}
