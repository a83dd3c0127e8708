import { memo } from 'react';
import { Link } from 'react-router';
import { elementIds } from '../../../lib/elementIds';
import { ShareLinkButton } from '../../../components/ShareLinkButton';
import { paths } from '../../../lib/paths';
import { openingWords } from '../../../lib/text';
import type { DataProblem } from '../../../lib/validation';
import type { Article } from '../model/articleSchema';
import { sectionName } from '../model/articleText';
import { useMessages } from '../../../lib/i18n/useMessages';
import { roleLine, speakerName } from '../model/participants';
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
  const t = useMessages();
  const people = new Map(article.participants.map((participant) => [participant.id, participant]));
  const sectionTitles = new Map(
    article.sections.map((section) => [section.id, sectionName(section, t)]),
  );
  return (
    <aside
      className={`${styles.panel} ${styles.quotes}`}
      aria-labelledby={elementIds.quotesHeading}
    >
      <h2 id={elementIds.quotesHeading} className={styles.title}>
        {t('panels.quotes')}
      </h2>
      <PanelProblemNotice what="quotes" problems={problems} />
      <ul className={styles.list}>
        {article.quotes.map((quote) => {
          const speaker = people.get(quote.speakerId);
          const name = speakerName(speaker, quote, t);
          return (
            <li key={quote.id}>
              <figure
                className={styles.quote}
                data-current={quote.id === currentQuoteId || undefined}
              >
                <blockquote className={styles.quoteText}>
                  <p dir="auto">{t('quotes.quoted', { quote: quote.text })}</p>
                </blockquote>
                <figcaption className={styles.quoteCaption}>
                  <cite className={styles.speaker} dir="auto">
                    {name}
                  </cite>
                  {speaker && <span className={styles.role}>{roleLine(speaker, t)}</span>}
                  <span className={styles.record}>
                    {speaker?.anonymous ? t('quotes.anonymous') : t('quotes.onRecord')}
                  </span>
                  <Link
                    className={styles.context}
                    to={`${paths.section(article.slug, quote.sectionId)}#${elementIds.quote(quote.id)}`}
                    onClick={onNavigate}
                    // A full label: a visually hidden span would leave browsers a stray space.
                    aria-label={t('quotes.readInContextLabel', {
                      speaker: name,
                      section: sectionTitles.get(quote.sectionId) ?? quote.sectionId,
                    })}
                  >
                    {t('quotes.readInContext')}
                  </Link>
                  <ShareLinkButton
                    href={paths.quote(article.slug, quote.id)}
                    title={t('quotes.said', { quote: quote.text, speaker: name })}
                    label={t('quotes.share', { quote: openingWords(quote.text, 48) })}
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
