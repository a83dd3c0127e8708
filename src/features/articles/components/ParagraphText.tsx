import { memo } from 'react';
import { elementIds } from '../../../lib/elementIds';
import type { InlineSegment, Segment } from '../model/articleText';
import styles from './ParagraphText.module.css';

type Props = {
  segments: Segment[];
  /** Whose mentions are marked, if anyone's. */
  selectedParticipantId?: string | undefined;
  onShowParticipant: (participantId: string) => void;
};

function Inline({
  segment,
  selectedParticipantId,
  onShowParticipant,
}: Omit<Props, 'segments'> & { segment: InlineSegment }) {
  if (segment.kind === 'text') return segment.text;
  if (segment.participantId !== selectedParticipantId) {
    return (
      <span id={segment.anchorId} className={styles.anchor}>
        {segment.text}
      </span>
    );
  }
  return (
    <mark id={segment.anchorId} className={`${styles.anchor} ${styles.mention}`}>
      <button
        type="button"
        className={styles.mentionButton}
        onClick={() => onShowParticipant(segment.participantId)}
        aria-describedby={elementIds.mentionHint}
      >
        {segment.text}
      </button>
    </mark>
  );
}

/**
 * A paragraph's text with its quotes and mentions as anchors that links and the sidebar reach;
 * memoised, as its segments never change and folding its section must not redraw it.
 */
export const ParagraphText = memo(function ParagraphText({ segments, ...rest }: Props) {
  return (
    // Each paragraph finds its own direction, so a right-to-left one reads right to left.
    <p className={styles.paragraph} dir="auto">
      {segments.map((segment, index) =>
        segment.kind === 'quote' ? (
          <span key={index} id={segment.anchorId} className={`${styles.anchor} ${styles.quote}`}>
            {segment.children.map((child, childIndex) => (
              <Inline key={childIndex} segment={child} {...rest} />
            ))}
          </span>
        ) : (
          <Inline key={index} segment={segment} {...rest} />
        ),
      )}
    </p>
  );
});
