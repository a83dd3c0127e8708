import { memo, useEffect, useLayoutEffect, useRef } from 'react';
import { Link } from 'react-router';
import { Icon } from '../../../components/Icon';
import { ShareLinkButton } from '../../../components/ShareLinkButton';
import { elementIds } from '../../../lib/elementIds';
import { paths } from '../../../lib/paths';
import type { Section } from '../model/articleSchema';
import { sectionName, type Segment } from '../model/articleText';
import { ParagraphText } from './ParagraphText';
import styles from './ArticleSection.module.css';

type Props = {
  slug: string;
  headline: string;
  section: Section;
  paragraphs: Segment[][];
  expanded: boolean;
  onToggle: (sectionId: string, expanded: boolean) => void;
  /** Find-in-page or a fragment link opened the collapsed section. */
  onRevealed: (sectionId: string) => void;
  selectedParticipantId?: string | undefined;
  onShowParticipant: (participantId: string) => void;
};

/**
 * One part of the article, memoised so folding one section of a long article re-renders only that
 * one. A titled section is a disclosure: the button in its heading folds the
 * text, which stays `hidden="until-found"` so find-in-page and fragment links can still reach it.
 */
export const ArticleSection = memo(function ArticleSection({
  slug,
  headline,
  section,
  paragraphs,
  expanded,
  onToggle,
  onRevealed,
  selectedParticipantId,
  onShowParticipant,
}: Props) {
  const contentRef = useRef<HTMLDivElement>(null);
  const headingId = elementIds.sectionHeading(section.id);
  const contentId = elementIds.sectionContent(section.id);
  const collapsible = section.title !== undefined;

  // React only knows `hidden` as a boolean, so the until-found value is set on the element.
  useLayoutEffect(() => {
    const content = contentRef.current;
    if (!content || !collapsible) return;
    if (expanded) content.removeAttribute('hidden');
    else content.setAttribute('hidden', 'until-found');
  }, [collapsible, expanded]);

  useEffect(() => {
    const content = contentRef.current;
    if (!content || !collapsible) return;
    const revealed = () => onRevealed(section.id);
    content.addEventListener('beforematch', revealed);
    return () => content.removeEventListener('beforematch', revealed);
  }, [collapsible, onRevealed, section.id]);

  const body = (
    <div id={contentId} ref={contentRef} className={styles.content}>
      {paragraphs.map((segments, index) => (
        <ParagraphText
          key={index}
          segments={segments}
          selectedParticipantId={selectedParticipantId}
          onShowParticipant={onShowParticipant}
        />
      ))}
    </div>
  );

  if (!collapsible) {
    return (
      <section
        id={elementIds.section(section.id)}
        className={styles.section}
        aria-label={sectionName(section)}
        tabIndex={-1}
      >
        {body}
      </section>
    );
  }

  return (
    <section
      id={elementIds.section(section.id)}
      className={styles.section}
      aria-labelledby={headingId}
      tabIndex={-1}
    >
      <div className={styles.headingRow}>
        <h2 id={headingId} className={styles.heading}>
          <button
            type="button"
            className={styles.toggle}
            aria-expanded={expanded}
            aria-controls={contentId}
            onClick={() => onToggle(section.id, !expanded)}
          >
            <Icon name="chevron" className={styles.chevron} />
            <span dir="auto">{section.title}</span>
          </button>
        </h2>
        <div className={styles.tools}>
          <Link
            to={paths.section(slug, section.id)}
            className={styles.permalink}
            aria-label={`Link to section: ${section.title}`}
          >
            <Icon name="link" />
          </Link>
          <ShareLinkButton
            href={paths.section(slug, section.id)}
            title={`${section.title} · ${headline}`}
            label={`Share section: ${section.title}`}
          />
        </div>
      </div>
      {body}
    </section>
  );
});
