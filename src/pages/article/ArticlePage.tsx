/** The whole article page: disclaimer first, contents, the sections, the glossary, the source. */
import { articleSections, articleSource, articleSubtitle, articleTitle, disclaimer, generalGuidanceNote } from '../../knowledge';
import { ArticleSectionView } from './ArticleSectionView';
import { GeneralBadge } from './GeneralBadge';
import { GlossaryList } from './GlossaryList';
import { StretchGuide } from './StretchGuide';

export function ArticlePage() {
  return (
    <>
      <a class="skip-link" href="#main">
        Skip to the article
      </a>
      <header class="page-header">
        <p class="brand">Limber</p>
        <h1>{articleTitle}</h1>
        <p class="subtitle">{articleSubtitle}</p>
        <div class="disclaimer" role="note" aria-label="Disclaimer">
          <p>{disclaimer}</p>
          <p class="legend">
            <GeneralBadge /> {generalGuidanceNote}
          </p>
        </div>
      </header>
      <nav class="toc" aria-labelledby="toc-title">
        <h2 id="toc-title">Contents</h2>
        <ol>
          {articleSections.map((section) => (
            <li key={section.id}>
              <a href={`#${section.id}`}>{section.title}</a>
            </li>
          ))}
          <li>
            <a href="#glossary">Glossary</a>
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
          Source: “{articleSource.title}”, {articleSource.publisher}. {articleSource.note}
        </p>
      </footer>
    </>
  );
}
