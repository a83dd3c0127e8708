import { memo, useEffect, useLayoutEffect, useRef } from 'react';
import { Link } from 'react-router';
import { Icon } from '../../../components/Icon';
import { ShareLinkButton } from '../../../components/ShareLinkButton';
import { elementIds } from '../../../lib/elementIds';
import { useMessages } from '../../../lib/i18n/useMessages';
import { paths } from '../../../lib/paths';
import type { Section, Update } from '../model/articleSchema';
import type { Change } from '../model/changesSinceLastVisit';
import { sectionName, type Segment } from '../model/articleText';
import { CorrectionNotice } from './CorrectionNotice';
import { ParagraphText } from './ParagraphText';
import { ReaderTime } from './ReaderTime';
import styles from './ArticleSection.module.css';

type Props = {
  slug: string;
  headline: string;
  section: Section;
  paragraphs: Segment[][];
  expanded: boolean;
  /**
   * Rendered before the reader's device is known (prerendered, or hydrating): on a phone, where
   * sections start folded, CSS folds this one until the app takes over, so nothing moves then.
   */
  foldsOnPhone: boolean;
  onToggle: (sectionId: string, expanded: boolean) => void;
  /** Find-in-page or a fragment link opened the collapsed section. */
  onRevealed: (sectionId: string) => void;
  /** Corrections that concern this section, shown at the top of its text. */
  corrections?: readonly Update[] | undefined;
  /** Set when the section's words changed since the reader's last visit. */
  change?: Change | undefined;
  /** Whose mentions are marked here: set only where that person is mentioned. */
  selectedParticipantId?: string | undefined;
  onShowParticipant: (participantId: string) => void;
};

/** The section's permalink and share button: they never change, so they never re-render. */
const SectionTools = memo(function SectionTools({
  slug,
  headline,
  section,
}: Pick<Props, 'slug' | 'headline' | 'section'>) {
  const t = useMessages();
  const title = sectionName(section, t);
  return (
    <div className={styles.tools}>
      <Link
        to={paths.section(slug, section.id)}
        className={styles.permalink}
        aria-label={t('sections.link', { title })}
      >
        <Icon name="link" />
      </Link>
      <ShareLinkButton
        href={paths.section(slug, section.id)}
        title={t('meta.sectionTitle', { section: title, headline })}
        label={t('sections.share', { title })}
      />
    </div>
  );
});

/** The mark on a section whose words changed since the reader last read the story. */
function ChangedSinceLastVisit({ change }: { change: Change }) {
  const t = useMessages();
  return (
    <p className={styles.changed}>
      {t('updates.sectionChanged')}
      {change.update && (
        <>
          {' · '}
          <ReaderTime iso={change.update.at} />
        </>
      )}
    </p>
  );
}

/**
 * One part of the article, memoised so folding one section of a long article re-renders only that
 * one, and only its heading. A titled section is a disclosure: the button in its heading folds
 * the text, which stays `hidden="until-found"` so find-in-page and fragment links still reach it.
 */
export const ArticleSection = memo(function ArticleSection({
  slug,
  headline,
  section,
  paragraphs,
  expanded,
  foldsOnPhone,
  onToggle,
  onRevealed,
  corrections,
  change,
  selectedParticipantId,
  onShowParticipant,
}: Props) {
  const t = useMessages();
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
      {corrections?.map((correction) => (
        <CorrectionNotice key={`${correction.at}-${correction.text}`} correction={correction} />
      ))}
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
        aria-label={sectionName(section, t)}
        tabIndex={-1}
      >
        {change && <ChangedSinceLastVisit change={change} />}
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
      data-folds-on-phone={foldsOnPhone || undefined}
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
        <SectionTools slug={slug} headline={headline} section={section} />
      </div>
      {change && <ChangedSinceLastVisit change={change} />}
      {body}
    </section>
  );
});
