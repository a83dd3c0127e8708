import {
  Suspense,
  startTransition,
  lazy,
  useCallback,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
} from 'react';
import { useLocation, useParams } from 'react-router';
import { elementIds } from '../../../lib/elementIds';
import { useDocumentTitle } from '../../../lib/useDocumentTitle';
import { useHydrated } from '../../../lib/useHydrated';
import { useMediaQuery } from '../../../lib/useMediaQuery';
import { useMessages } from '../../../lib/i18n/useMessages';
import type { ArticleView } from '../api/getArticle';
import { articleTitle } from '../model/articlePlace';
import { correctionsBySection } from '../model/articleUpdates';
import { buildArticleText, resolveTarget } from '../model/articleText';
import { ArticleHeader } from './ArticleHeader';
import { ArticleSection } from './ArticleSection';
import { LeadImage } from './LeadImage';
import { MoreOfTheArticle } from './MoreOfTheArticle';
import type { PanelName } from './PanelSheet';
import { SectionControls } from './SectionControls';
import { useArticleTarget } from './useArticleTarget';
import { useChangesSinceLastVisit } from './useChangesSinceLastVisit';
import { useFindInPageFallback } from './useFindInPageFallback';
import { useSectionDisclosure } from './useSectionDisclosure';
import { useSectionsToRender } from './useSectionsToRender';
import styles from './ArticlePage.module.css';

type Props = ArticleView;

// The panels and the phone's sheet load beside the text rather than before it: the text is
// readable and its sections answer while they arrive (their prerendered HTML stays meanwhile).
const loadSidebar = () => import('./ParticipantSidebar');
const loadQuotes = () => import('./PullQuotePanel');
const ParticipantSidebar = lazy(() =>
  loadSidebar().then((module) => ({ default: module.ParticipantSidebar })),
);
const PullQuotePanel = lazy(() =>
  loadQuotes().then((module) => ({ default: module.PullQuotePanel })),
);
const PanelSheet = lazy(() =>
  import('./PanelSheet').then((module) => ({ default: module.PanelSheet })),
);

/** From this width the sidebar and quotes sit beside the text; below it they are one tap away. */
const SIDE_PANELS_QUERY = '(min-width: 64rem)';

/**
 * The article as a reader sees it: the text with foldable sections, and beside it (or one tap
 * away on a phone) who took part and what they said. A long article's prerendered page brings a
 * window of it, and the rest follows as soon as it has been fetched.
 */
export function ArticlePage({
  article,
  panelProblems,
  sectionWindow,
  restError,
  retryRest,
}: Props) {
  const { sectionId, quoteId } = useParams();
  const { hash } = useLocation();
  // A server never sees the fragment: hydrate as the prerendered page was, then go to it.
  const hydrated = useHydrated();
  // As soon as the page is up, so that a phone's sheet opens with its panel already there. The
  // prerendered panels stay where they were drawn until then: taking them out of the page while
  // React has yet to hydrate them costs a phone a long pause.
  const [panelsLoaded, setPanelsLoaded] = useState(false);
  useEffect(() => {
    void Promise.all([loadSidebar(), loadQuotes()]).then(() =>
      startTransition(() => setPanelsLoaded(true)),
    );
  }, []);
  const wide = useMediaQuery(SIDE_PANELS_QUERY) || !panelsLoaded;
  const text = useMemo(
    () => buildArticleText(article, { mentionsBefore: sectionWindow?.mentionsBefore }),
    [article, sectionWindow],
  );
  const target = useMemo(() => {
    const resolved = resolveTarget(article, text, sectionId, hydrated ? hash : '', quoteId);
    // Beyond a window, a link may name a section still on its way: not unknown, only not yet here.
    return sectionWindow && resolved.kind === 'unknown' ? { kind: 'none' as const } : resolved;
  }, [article, text, sectionId, hydrated, hash, sectionWindow, quoteId]);
  // Where a link landed, known from the path alone (a section's or a quote's own page): the
  // first section drawn of a long article, and the one section a phone shows open at once.
  const pathTarget = useMemo(
    () => resolveTarget(article, text, sectionId, '', quoteId),
    [article, text, sectionId, quoteId],
  );
  const pathSectionId = pathTarget.kind === 'place' ? pathTarget.sectionId : undefined;
  const sections = useSectionsToRender(
    article,
    sectionWindow,
    pathSectionId,
    target.kind === 'place' ? target.sectionId : undefined,
  );
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
  useFindInPageFallback(collapsibleIds, disclosure.reveal);
  const t = useMessages();
  const changes = useChangesSinceLastVisit(article);
  const corrections = useMemo(() => correctionsBySection(article), [article]);

  const [selectedParticipantId, setSelectedParticipantId] = useState<string>();
  // Only the sections that mention the chosen person redraw when the choice changes.
  const sectionsMentioningSelected = useMemo(
    () =>
      new Set(
        selectedParticipantId === undefined
          ? []
          : text.mentionsByParticipant.get(selectedParticipantId)?.map((place) => place.sectionId),
      ),
    [selectedParticipantId, text],
  );
  const [openPanel, setOpenPanel] = useState<PanelName>();
  const closePanel = useCallback(() => setOpenPanel(undefined), []);

  // Read when a mention is pressed, not a dependency: a callback that changed with the layout
  // would redraw every paragraph when the page first learns it is on a phone.
  const wideNow = useRef(wide);
  useLayoutEffect(() => {
    wideNow.current = wide;
  }, [wide]);
  const showParticipant = useCallback((participantId: string) => {
    setSelectedParticipantId(participantId);
    if (!wideNow.current) setOpenPanel('participants');
    // After the sidebar (or the phone's sheet) has rendered the person.
    requestAnimationFrame(() => {
      const person = document.getElementById(elementIds.participant(participantId));
      person?.scrollIntoView({ block: 'nearest' });
      person?.focus({ preventScroll: true });
    });
  }, []);

  // The tab names the section a link landed on, fragment links included.
  const titleSectionId = target.kind === 'place' ? target.sectionId : undefined;
  useDocumentTitle(
    useMemo(
      () => articleTitle(article, t, titleSectionId, quoteId),
      [article, t, titleSectionId, quoteId],
    ),
  );

  // Each in a boundary of its own: one loading never unmounts the other, or the phone's sheet,
  // which says so in the rare case a reader opens it before its panel has arrived.
  const loading = wide ? null : <p role="status">{t('common.loading')}</p>;
  const sidebar = (
    <Suspense fallback={loading}>
      <ParticipantSidebar
        article={article}
        mentionsByParticipant={text.mentionsByParticipant}
        problems={panelProblems.participants}
        selectedId={selectedParticipantId}
        onSelect={setSelectedParticipantId}
        onNavigate={closePanel}
      />
    </Suspense>
  );
  const quotes = (
    <Suspense fallback={loading}>
      <PullQuotePanel
        article={article}
        problems={panelProblems.quotes}
        currentQuoteId={target.kind === 'place' ? target.quoteId : undefined}
        onNavigate={closePanel}
      />
    </Suspense>
  );

  return (
    <div className={styles.layout}>
      <article className={styles.article}>
        <ArticleHeader
          article={article}
          changedSinceLastVisit={changes.size}
          sectionId={target.kind === 'place' ? target.sectionId : undefined}
        />
        {article.leadImage?.src !== undefined && (
          <LeadImage image={{ ...article.leadImage, src: article.leadImage.src }} />
        )}
        {target.kind === 'unknown' && (
          <p className={styles.note} role="status">
            {t('sections.unknown', { section: target.requested })}
          </p>
        )}
        <SectionControls
          allExpanded={disclosure.allExpanded}
          allCollapsed={disclosure.allCollapsed}
          onSetAll={disclosure.setAll}
        />
        <span id={elementIds.mentionHint} hidden>
          {t('participants.mentionHint')}
        </span>
        {sectionWindow && (
          <MoreOfTheArticle slug={article.slug} sectionWindow={sectionWindow} part="earlier" />
        )}
        <div className={styles.body}>
          {sections.map((section) => (
            <ArticleSection
              key={section.id}
              slug={article.slug}
              headline={article.headline}
              section={section}
              paragraphs={text.paragraphs.get(section.id) ?? []}
              expanded={disclosure.isExpanded(section.id)}
              foldsOnPhone={!hydrated && section.id !== pathSectionId}
              onToggle={disclosure.setExpanded}
              onRevealed={disclosure.reveal}
              corrections={corrections.get(section.id)}
              change={changes.get(section.id)}
              selectedParticipantId={
                sectionsMentioningSelected.has(section.id) ? selectedParticipantId : undefined
              }
              onShowParticipant={showParticipant}
            />
          ))}
        </div>
        {sectionWindow && (
          <MoreOfTheArticle slug={article.slug} sectionWindow={sectionWindow} part="later" />
        )}
        {restError && (
          <p className={styles.note} role="alert">
            {t('sections.restFailed')}{' '}
            <button type="button" className={styles.retry} onClick={retryRest}>
              {t('common.retry')}
            </button>
          </p>
        )}
      </article>
      {/* A sectionWindow brings only its own part of the cast: the panels wait for the whole article. */}
      {sectionWindow ? null : wide ? (
        <div className={styles.panels}>
          {/* The quotes first: the highlights of the talks, in view beside the text's top. */}
          {quotes}
          {sidebar}
        </div>
      ) : (
        <Suspense>
          <PanelSheet
            open={openPanel}
            onOpenChange={setOpenPanel}
            panels={{ participants: sidebar, quotes }}
          />
        </Suspense>
      )}
    </div>
  );
}
