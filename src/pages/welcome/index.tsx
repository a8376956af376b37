/**
 * Opened after install only when the browser has not given Limber access to
 * web pages (Firefox asks the person), to say so and offer the button.
 */
import '../../shared/ui/theme.css';
import './welcome.css';
import { render } from 'preact';
import { t } from '../../shared/i18n';
import { PageAccessNotice } from '../../shared/ui/PageAccessNotice';

function Welcome() {
  return (
    <main class="welcome">
      <h1>{t('welcomeTitle')}</h1>
      <p>{t('welcomeIntro')}</p>
      <PageAccessNotice showWhenGranted />
      <p class="welcome__disclaimer">{t('notMedicalAdvice')}</p>
    </main>
  );
}

document.title = t('welcomeTitle');
const root = document.getElementById('root');
if (root) render(<Welcome />, root);
