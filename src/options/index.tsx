import '../shared/ui/theme.css';
import './options.css';
import { render } from 'preact';
import { readItem, settingsItem, statsItem } from '../shared/storage';
import { OptionsApp } from './OptionsApp';

// Read what is stored before the first render, so the page never shows defaults first.
async function main(): Promise<void> {
  const root = document.getElementById('root');
  if (!root) return;
  const [initialSettings, initialStats] = await Promise.all([readItem(settingsItem), readItem(statsItem)]);
  render(<OptionsApp initialSettings={initialSettings} initialStats={initialStats} />, root);
}

void main();
