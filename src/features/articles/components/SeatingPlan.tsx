import { memo, useId, useMemo } from 'react';
import type { Participant } from '../model/articleSchema';
import { useLanguage, useMessages } from '../../../lib/i18n/useMessages';
import { mirrorSeating, seatingPlan, type Seat as SeatLayout } from '../model/seating';
import styles from './SeatingPlan.module.css';

type Props = {
  participants: readonly Participant[];
  selectedId?: string | undefined;
  onSelect: (participantId: string | undefined) => void;
};

const CHAIR = 12;

type SeatProps = { seat: SeatLayout; selected: boolean };

/** A seat's chair, drawn; memoised, so choosing someone redraws only their chair and the last. */
const Chair = memo(function Chair({ seat, selected }: SeatProps) {
  return (
    <rect
      className={styles.chair}
      data-kind={seat.kind}
      data-selected={selected || undefined}
      x={seat.x - CHAIR / 2}
      y={seat.y - CHAIR / 2}
      width={CHAIR}
      height={CHAIR}
      rx={3}
    />
  );
});

/** The button on a seat, memoised like its chair. */
const SeatButton = memo(function SeatButton({
  seat,
  selected,
  onSelect,
}: SeatProps & Pick<Props, 'onSelect'>) {
  const t = useMessages();
  return (
    <foreignObject
      className={styles.frame}
      x={seat.card.x}
      y={seat.card.y}
      width={seat.card.width}
      height={seat.card.height}
    >
      <button
        type="button"
        className={styles.seat}
        data-kind={seat.kind}
        aria-pressed={selected}
        aria-label={t('seating.seat', { name: seat.name, place: seat.place })}
        onClick={() => onSelect(selected ? undefined : seat.participantId)}
      >
        {seat.lines.map((line, index) => (
          <span key={index} className={styles.line} dir="auto">
            {line}
          </span>
        ))}
        {seat.status && <span className={styles.status}>{seat.status}</span>}
      </button>
    </foreignObject>
  );
});

/**
 * "At the table": a drawing of who sat where at the talks, for the top of the participant
 * sidebar. The table, chairs and captions are decoration; each seat is a real button (in a
 * `foreignObject`, so it is placed by SVG attributes, not by inline styles the CSP would block)
 * that chooses the person exactly as the sidebar's own buttons do. The sidebar's list stays the
 * full text equivalent. Renders nothing when nobody is to be drawn.
 */
export function SeatingPlan({ participants, selectedId, onSelect }: Props) {
  const t = useMessages();
  const { dir } = useLanguage();
  const layout = useMemo(() => {
    const plan = seatingPlan(participants, t);
    // Mirrored for a right-to-left reader: the first side sits where their lines start.
    return plan && dir === 'rtl' ? mirrorSeating(plan) : plan;
  }, [participants, t, dir]);
  const titleId = useId();
  if (layout === undefined) return null;

  const { table, wall } = layout;
  return (
    <figure className={styles.figure} aria-labelledby={titleId}>
      <figcaption className={styles.caption}>
        <span id={titleId} className={styles.title}>
          {t('seating.title')}
        </span>{' '}
        <span className={styles.summary}>{layout.summary}</span>
      </figcaption>
      {/* presentation: the drawing itself says nothing; its buttons speak for themselves. */}
      <svg
        className={styles.drawing}
        viewBox={`0 0 ${layout.width} ${layout.height}`}
        role="presentation"
      >
        <g aria-hidden="true">
          <polygon
            className={styles.table}
            points={table.outline.map((point) => `${point.x},${point.y}`).join(' ')}
          />
          {layout.seats.map(
            (seat) =>
              seat.kind !== 'outside' && (
                <Chair
                  key={seat.participantId}
                  seat={seat}
                  selected={seat.participantId === selectedId}
                />
              ),
          )}
          {layout.captions.map((caption) => (
            <text
              key={`${caption.text}@${caption.x},${caption.y}`}
              className={styles.label}
              x={caption.x}
              y={caption.y}
              textAnchor={caption.anchor}
            >
              {caption.text}
            </text>
          ))}
          {wall && (
            <path
              className={styles.wall}
              d={[
                `M${wall.left},${wall.y}H${wall.doorFrom}`,
                `M${wall.doorTo},${wall.y}H${wall.right}`,
                // Door jambs, so the gap reads as a doorway.
                `M${wall.doorFrom},${wall.y - 5}v10`,
                `M${wall.doorTo},${wall.y - 5}v10`,
              ].join('')}
            />
          )}
        </g>
        {layout.seats.map((seat) => (
          <SeatButton
            key={seat.participantId}
            seat={seat}
            selected={seat.participantId === selectedId}
            onSelect={onSelect}
          />
        ))}
      </svg>
    </figure>
  );
}
