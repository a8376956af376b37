/** Entry of break.html: plans the routine from the URL (or the break length), then plays it. */
import '../../shared/ui/theme.css';
import './break.css';
import { render } from 'preact';
import { routines, stretches } from '../../knowledge';
import { t } from '../../shared/i18n';
import { readItem, settingsItem } from '../../shared/storage';
import { routineForLength } from '../../shared/timer';
import { BreakApp } from './BreakApp';
import { planFrom } from './player';

async function main(): Promise<void> {
  const root = document.getElementById('root');
  if (!root) return;
  document.title = `${t('breakPageTitle')} · Limber`;
  const { settings } = await readItem(settingsItem);
  const plan = planFrom(new URLSearchParams(location.search), routines, stretches, routineForLength(settings.breakLengthMin));
  render(<BreakApp plan={plan} startedAt={Date.now()} />, root);
}

void main();
