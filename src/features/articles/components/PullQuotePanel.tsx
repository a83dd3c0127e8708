import { memo } from 'react';
import { Link } from 'react-router';
import { elementIds } from '../../../lib/elementIds';
import { ShareLinkButton } from '../../../components/ShareLinkButton';
import { paths } from '../../../lib/paths';
import { openingWords } from '../../../lib/text';
import type { DataProblem } from '../../../lib/validation';
import type { Article } from '../model/articleSchema';
import { sectionName } from '../model/articleText';
import { displayName } from '../model/participants';
import { PanelProblemNotice } from './PanelProblemNotice';
import styles from './SidePanel.module.css';

type Props = {
  article: Article;
  /** Faults that left quotes out of the article file. */
  problems: DataProblem[];
  /** The quote a link landed on: its entry is marked too. */
  currentQuoteId?: string | undefined;
  onNavigate?: (() => void) | undefined;
};

/**
 * The article's quotes, repeated beside the text with who said them. The words stay in the body
 * where the article has them, so this is an aside a screen reader can skip.
 */
export const PullQuotePanel = memo(function PullQuotePanel({
  article,
  problems,
  currentQuoteId,
  onNavigate,
}: Props) {
  const people = new Map(article.participants.map((participant) => [participant.id, participant]));
  const sectionTitles = new Map(
    article.sections.map((section) => [section.id, sectionName(section)]),
  );
  return (
    <aside
      className={`${styles.panel} ${styles.quotes}`}
      aria-labelledby={elementIds.quotesHeading}
    >
      <h2 id={elementIds.quotesHeading} className={styles.title}>
        Quotes
      </h2>
      <PanelProblemNotice what="quotes" problems={problems} />
      <ul className={styles.list}>
        {article.quotes.map((quote) => {
          const speaker = people.get(quote.speakerId);
          return (
            <li key={quote.id}>
              <figure
                className={styles.quote}
                data-current={quote.id === currentQuoteId || undefined}
              >
                <blockquote className={styles.quoteText}>
                  <p dir="auto">“{quote.text}”</p>
                </blockquote>
                <figcaption className={styles.quoteCaption}>
                  <cite className={styles.speaker}>
                    {speaker ? displayName(speaker) : quote.speakerId}
                  </cite>
                  {speaker && (
                    <span className={styles.role}>
                      {speaker.name
                        ? `${speaker.role}, ${speaker.affiliation}`
                        : speaker.affiliation}
                    </span>
                  )}
                  <span className={styles.record}>
                    {speaker?.anonymous ? 'Anonymous source' : 'On the record'}
                  </span>
                  <Link
                    className={styles.context}
                    to={`${paths.section(article.slug, quote.sectionId)}#${elementIds.quote(quote.id)}`}
                    onClick={onNavigate}
                    // A full label: a visually hidden span would leave browsers a stray space.
                    aria-label={`Read in context: ${speaker ? displayName(speaker) : 'quote'} in ${sectionTitles.get(quote.sectionId) ?? 'the story'}`}
                  >
                    Read in context
                  </Link>
                  <ShareLinkButton
                    href={paths.quote(article.slug, quote.id)}
                    title={`“${quote.text}” — ${speaker ? displayName(speaker) : quote.speakerId}`}
                    label={`Share quote: “${openingWords(quote.text, 48)}”`}
                  />
                </figcaption>
              </figure>
            </li>
          );
        })}
      </ul>
    </aside>
  );
});
