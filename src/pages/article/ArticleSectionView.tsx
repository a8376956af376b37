/** One article section: its heading, paragraphs and lists, with general guidance marked. */
import type { ComponentChildren } from 'preact';
import type { ArticleBlock, ArticleSection } from '../../knowledge';
import { GeneralBadge } from '../../shared/ui/GeneralBadge';

interface Props {
  readonly section: ArticleSection;
  /** Extra content after the section's own blocks (the stretch guide). */
  readonly children?: ComponentChildren;
}

export function ArticleSectionView({ section, children }: Props) {
  const titleId = `${section.id}-title`;
  return (
    <section id={section.id} class={`article-section article-section--${section.id}`} aria-labelledby={titleId}>
      <h2 id={titleId}>{section.title}</h2>
      {section.blocks.map((block, i) => (
        <Block key={i} block={block} />
      ))}
      {children}
    </section>
  );
}

function Block({ block }: { readonly block: ArticleBlock }) {
  if (block.kind === 'paragraph') return <p>{block.text}</p>;
  // A wholly general list carries one mark above it; a mixed list marks its items.
  const wholeList = block.general === true;
  return (
    <div class={wholeList ? 'general-list' : undefined}>
      {wholeList ? <GeneralBadge /> : null}
      <ul>
        {block.items.map((item) => (
          <li key={item.text}>
            {item.text}
            {!wholeList && item.general ? (
              <>
                {' '}
                <GeneralBadge />
              </>
            ) : null}
          </li>
        ))}
      </ul>
    </div>
  );
}
