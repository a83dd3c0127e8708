import { useCallback, useMemo, useState } from 'react';
import { useLocation, useParams } from 'react-router';
import { elementIds } from '../../../lib/elementIds';
import { useDocumentTitle } from '../../../lib/useDocumentTitle';
import { useHydrated } from '../../../lib/useHydrated';
import { useMediaQuery } from '../../../lib/useMediaQuery';
import { useArticlePanelProblems } from '../api/getArticle';
import type { Article } from '../model/articleSchema';
import { articleMeta } from '../model/articleMeta';
import { buildArticleText, resolveTarget } from '../model/articleText';
import { ArticleHeader } from './ArticleHeader';
import { ArticleSection } from './ArticleSection';
import { LeadImageCaption } from './LeadImageCaption';
import { ParticipantSidebar } from './ParticipantSidebar';
import { PanelSheet, type PanelName } from './PanelSheet';
import { PullQuotePanel } from './PullQuotePanel';
import { SectionControls } from './SectionControls';
import { useArticleTarget } from './useArticleTarget';
import { useSectionDisclosure } from './useSectionDisclosure';
import styles from './ArticlePage.module.css';

type Props = { article: Article };

/** From this width the sidebar and quotes sit beside the text; below it they are one tap away. */
const SIDE_PANELS_QUERY = '(min-width: 64rem)';

/**
 * The whole article as a reader sees it: the text with foldable sections, and beside it (or one
 * tap away on a phone) who took part and what they said.
 */
export function ArticlePage({ article }: Props) {
  const { sectionId } = useParams();
  const { hash } = useLocation();
  // A server never sees the fragment: hydrate as the prerendered page was, then go to it.
  const hydrated = useHydrated();
  const wide = useMediaQuery(SIDE_PANELS_QUERY);
  const panelProblems = useArticlePanelProblems(article.slug);
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
        const person = document.getElementById(elementIds.participant(participantId));
        person?.scrollIntoView({ block: 'nearest' });
        person?.focus({ preventScroll: true });
      });
    },
    [wide],
  );

  // The tab names the section a link landed on, fragment links included.
  useDocumentTitle(
    articleMeta(article, target.kind === 'place' ? target.sectionId : undefined).title,
  );

  const sidebar = (
    <ParticipantSidebar
      article={article}
      mentionsByParticipant={text.mentionsByParticipant}
      problems={panelProblems.participants}
      selectedId={selectedParticipantId}
      onSelect={setSelectedParticipantId}
      onNavigate={() => setOpenPanel(undefined)}
    />
  );
  const quotes = (
    <PullQuotePanel
      article={article}
      problems={panelProblems.quotes}
      onNavigate={() => setOpenPanel(undefined)}
    />
  );

  return (
    <div className={styles.layout}>
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
        <span id={elementIds.mentionHint} hidden>
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
        <div className={styles.panels}>
          {sidebar}
          {quotes}
        </div>
      ) : (
        <PanelSheet
          open={openPanel}
          onOpenChange={setOpenPanel}
          panels={{ participants: sidebar, quotes }}
        />
      )}
    </div>
  );
}
