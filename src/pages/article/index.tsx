/** Entry of article.html: renders the article, then shows the part the URL points at. */
import '../../shared/ui/theme.css';
import './article.css';
import { render } from 'preact';
import { ArticlePage } from './ArticlePage';
import { revealHashTarget } from './reveal-target';

const root = document.getElementById('root');
if (root) {
  render(<ArticlePage />, root);
  // The content is built by script, so the browser's own jump to #anchor
  // happened before the target existed: do it now, and on later hash changes.
  revealHashTarget(document, window, false);
  window.addEventListener('hashchange', () => revealHashTarget(document, window, true));
}
