import '../shared/ui/theme.css';
import './popup.css';
import { render } from 'preact';
import { readItem, settingsItem, statsItem, timerItem } from '../shared/storage';
import { App } from './App';

// Read the stored state before the first render: the first frame already
// shows the real timer, numbers and settings, never an empty shell.
async function main(): Promise<void> {
  const root = document.getElementById('root');
  if (!root) return;
  const [settings, timer, stats] = await Promise.all([readItem(settingsItem), readItem(timerItem), readItem(statsItem)]);
  render(<App initial={{ settings, timer, stats }} />, root);
}

void main();
