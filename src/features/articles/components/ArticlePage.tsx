import { useCallback, useMemo, useState } from 'react';
import { useLocation, useParams } from 'react-router';
import { useHydrated } from '../../../lib/useHydrated';
import { useMediaQuery } from '../../../lib/useMediaQuery';
import { useArticleRegionProblems } from '../api/getArticle';
import type { Article } from '../model/articleSchema';
import { buildArticleText, resolveTarget } from '../model/articleText';
import { ArticleHeader } from './ArticleHeader';
import { ArticleSection } from './ArticleSection';
import { LeadImageCaption } from './LeadImageCaption';
import { ParticipantSidebar, participantElementId } from './ParticipantSidebar';
import { PhoneDock, type PanelName } from './PhoneDock';
import { PullQuotePanel } from './PullQuotePanel';
import { SectionControls } from './SectionControls';
import { useArticleTarget } from './useArticleTarget';
import { useSectionDisclosure } from './useSectionDisclosure';
import styles from './ArticlePage.module.css';

type Props = { article: Article };

/** From this width the sidebar and quotes sit beside the text; below it they are one tap away. */
const SIDE_RAIL_QUERY = '(min-width: 64rem)';

/**
 * The whole story as a reader sees it: the text with foldable sections, and beside it (or one
 * tap away on a phone) who took part and what they said.
 */
export function ArticlePage({ article }: Props) {
  const { sectionId } = useParams();
  const { hash } = useLocation();
  // A server never sees the fragment: hydrate as the prerendered page was, then go to it.
  const hydrated = useHydrated();
  const wide = useMediaQuery(SIDE_RAIL_QUERY);
  const regionProblems = useArticleRegionProblems(article.slug);
  const text = useMemo(() => buildArticleText(article), [article]);
  const target = resolveTarget(article, text, sectionId, hydrated ? hash : '');
  const collapsibleIds = useMemo(
    () =>
      article.sections
        .filter((section) => section.title !== undefined)
        .map((section) => section.id),
    [article],
  );
  const disclosure = useSectionDisclosure(
    article.slug,
    collapsibleIds,
    target.kind === 'place' ? target.sectionId : undefined,
  );
  useArticleTarget(target, disclosure.reveal, disclosure.isExpanded);

  const [selectedParticipantId, setSelectedParticipantId] = useState<string>();
  const [openPanel, setOpenPanel] = useState<PanelName>();

  const showParticipant = useCallback(
    (participantId: string) => {
      setSelectedParticipantId(participantId);
      if (!wide) setOpenPanel('participants');
      // After the sidebar (or the phone's sheet) has rendered the person.
      requestAnimationFrame(() => {
        const person = document.getElementById(participantElementId(participantId));
        person?.scrollIntoView({ block: 'nearest' });
        person?.focus({ preventScroll: true });
      });
    },
    [wide],
  );

  const targetSection =
    target.kind === 'place'
      ? article.sections.find((section) => section.id === target.sectionId)
      : undefined;
  const title = targetSection?.title
    ? `${targetSection.title} · ${article.headline}`
    : article.headline;

  const sidebar = (
    <ParticipantSidebar
      article={article}
      mentionsByParticipant={text.mentionsByParticipant}
      problems={regionProblems.participants}
      selectedId={selectedParticipantId}
      onSelect={setSelectedParticipantId}
      onNavigate={() => setOpenPanel(undefined)}
    />
  );
  const quotes = (
    <PullQuotePanel
      article={article}
      problems={regionProblems.quotes}
      onNavigate={() => setOpenPanel(undefined)}
    />
  );

  return (
    <div className={styles.layout}>
      <title>{`${title} · The Reader`}</title>
      <article className={styles.article}>
        <ArticleHeader article={article} />
        {article.leadImage && <LeadImageCaption image={article.leadImage} />}
        {target.kind === 'unknown' && (
          <p className={styles.note} role="status">
            This story has no section “{target.requested}”. Here is the whole story.
          </p>
        )}
        <SectionControls
          allExpanded={disclosure.allExpanded}
          allCollapsed={disclosure.allCollapsed}
          onSetAll={disclosure.setAll}
        />
        <span id="mention-hint" hidden>
          Shows this person in Participants
        </span>
        <div className={styles.body}>
          {article.sections.map((section) => (
            <ArticleSection
              key={section.id}
              slug={article.slug}
              headline={article.headline}
              section={section}
              paragraphs={text.paragraphs.get(section.id) ?? []}
              expanded={disclosure.isExpanded(section.id)}
              onToggle={disclosure.setExpanded}
              onRevealed={disclosure.reveal}
              selectedParticipantId={selectedParticipantId}
              onShowParticipant={showParticipant}
            />
          ))}
        </div>
      </article>
      {wide ? (
        <div className={styles.rail}>
          {sidebar}
          {quotes}
        </div>
      ) : (
        <PhoneDock
          open={openPanel}
          onOpenChange={setOpenPanel}
          panels={{ participants: sidebar, quotes }}
        />
      )}
    </div>
  );
}
