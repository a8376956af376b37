/** The whole article page: disclaimer first, contents, the sections, the glossary, the source. */
import { t } from '../../shared/i18n';
import { articleSections, articleSource, articleSubtitle, articleTitle, disclaimer, generalGuidanceNote } from '../../knowledge';
import { ArticleSectionView } from './ArticleSectionView';
import { GeneralBadge } from '../../shared/ui/GeneralBadge';
import { GlossaryList } from './GlossaryList';
import { StretchGuide } from './StretchGuide';

export function ArticlePage() {
  return (
    <>
      <a class="skip-link" href="#main">
        {t('articleSkipLink')}
      </a>
      <header class="page-header">
        <p class="brand">Limber</p>
        <h1>{articleTitle}</h1>
        <p class="subtitle">{articleSubtitle}</p>
        <div class="disclaimer" role="note" aria-label={t('articleDisclaimerLabel')}>
          <p>{disclaimer}</p>
          <p class="legend">
            <GeneralBadge /> {generalGuidanceNote}
          </p>
        </div>
      </header>
      <nav class="toc" aria-labelledby="toc-title">
        <h2 id="toc-title">{t('articleContents')}</h2>
        <ol>
          {articleSections.map((section) => (
            <li key={section.id}>
              <a href={`#${section.id}`}>{section.title}</a>
            </li>
          ))}
          <li>
            <a href="#glossary">{t('articleGlossary')}</a>
          </li>
        </ol>
      </nav>
      <main id="main" tabIndex={-1}>
        {articleSections.map((section) => (
          <ArticleSectionView key={section.id} section={section}>
            {section.id === 'exercises' ? <StretchGuide /> : null}
          </ArticleSectionView>
        ))}
        <GlossaryList />
      </main>
      <footer class="page-footer">
        <p>
          {t('articleSource', [articleSource.title, articleSource.publisher])} {articleSource.note}
        </p>
      </footer>
    </>
  );
}
