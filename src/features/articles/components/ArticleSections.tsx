import { memo, useMemo } from 'react';
import type { Article, Section, Update } from '../model/articleSchema';
import type { Segment } from '../model/articleText';
import type { Change } from '../model/changesSinceLastVisit';
import { ArticleSection } from './ArticleSection';

/**
 * Sections are drawn in runs of this many, by their place in the whole article. A change to one
 * section (a fold, a person chosen) then redraws the runs it touches, not the page's every
 * section: on a 500-section story, React comparing each section's props on each toggle took
 * about 3 ms at full speed. A run is no element of its own, so the page's layout is the same.
 */
const RUN = 25;

type Shared = {
  slug: string;
  headline: string;
  paragraphs: ReadonlyMap<string, Segment[][]>;
  corrections: ReadonlyMap<string, Update[]>;
  changes: ReadonlyMap<string, Change>;
  /** Before the reader's device is known, sections fold by CSS on a phone, but this one. */
  foldingByCss: boolean;
  pathSectionId: string | undefined;
  onToggle: (sectionId: string, expanded: boolean) => void;
  onRevealed: (sectionId: string) => void;
  onShowParticipant: (participantId: string) => void;
};

type Props = Shared & {
  article: Article;
  /**
   * Where the article's first section stands in the whole story: a window's start. A section
   * stays in its run when the rest of the story arrives, so it is not drawn afresh (losing the
   * reader's place and focus).
   */
  firstIndex: number;
  /** The sections drawn now, in the article's order. */
  sections: readonly Section[];
  isExpanded: (sectionId: string) => boolean;
  selectedParticipantId: string | undefined;
  /** The sections that mention the chosen person. */
  sectionsMentioningSelected: ReadonlySet<string>;
};

type RunProps = Shared & {
  sections: readonly Section[];
  /** Two characters a section: open (`1`) or folded, and mentions the chosen person (`s`) or not. */
  states: string;
  /** Set only for a run where the chosen person is mentioned. */
  selectedParticipantId: string | undefined;
};

/** The article's sections, as the reader reads them. */
export function ArticleSections({
  article,
  firstIndex,
  sections,
  isExpanded,
  selectedParticipantId,
  sectionsMentioningSelected,
  ...shared
}: Props) {
  const runs = useMemo(() => {
    const place = new Map(
      article.sections.map((section, index) => [section.id, firstIndex + index]),
    );
    const byRun = new Map<number, Section[]>();
    for (const section of sections) {
      const run = Math.floor((place.get(section.id) ?? 0) / RUN);
      byRun.set(run, [...(byRun.get(run) ?? []), section]);
    }
    return [...byRun];
  }, [article, firstIndex, sections]);

  return runs.map(([run, runSections]) => {
    const states = runSections
      .map(
        (section) =>
          `${isExpanded(section.id) ? '1' : '0'}${sectionsMentioningSelected.has(section.id) ? 's' : '-'}`,
      )
      .join('');
    return (
      <SectionRun
        key={run}
        {...shared}
        sections={runSections}
        states={states}
        selectedParticipantId={states.includes('s') ? selectedParticipantId : undefined}
      />
    );
  });
}

const SectionRun = memo(function SectionRun({
  sections,
  states,
  selectedParticipantId,
  slug,
  headline,
  paragraphs,
  corrections,
  changes,
  foldingByCss,
  pathSectionId,
  onToggle,
  onRevealed,
  onShowParticipant,
}: RunProps) {
  return sections.map((section, index) => (
    <ArticleSection
      key={section.id}
      slug={slug}
      headline={headline}
      section={section}
      paragraphs={paragraphs.get(section.id) ?? []}
      expanded={states[index * 2] === '1'}
      foldsOnPhone={foldingByCss && section.id !== pathSectionId}
      onToggle={onToggle}
      onRevealed={onRevealed}
      corrections={corrections.get(section.id)}
      change={changes.get(section.id)}
      selectedParticipantId={states[index * 2 + 1] === 's' ? selectedParticipantId : undefined}
      onShowParticipant={onShowParticipant}
    />
  ));
});
