import { memo, useMemo } from 'react';
import { Link } from 'react-router';
import { elementIds } from '../../../lib/elementIds';
import { paths } from '../../../lib/paths';
import type { DataProblem } from '../../../lib/validation';
import type { Article, Participant } from '../model/articleSchema';
import { sectionName, type MentionPlace } from '../model/articleText';
import { useMessages } from '../../../lib/i18n/useMessages';
import { displayName, groupParticipants, presenceLabel, roleLine } from '../model/participants';
import { PanelProblemNotice } from './PanelProblemNotice';
import { SeatingPlan } from './SeatingPlan';
import styles from './SidePanel.module.css';

type Props = {
  article: Article;
  mentionsByParticipant: ReadonlyMap<string, MentionPlace[]>;
  /** Faults that left participants out of the article file. */
  problems: DataProblem[];
  selectedId?: string | undefined;
  onSelect: (participantId: string | undefined) => void;
  /** Called when a link here takes the reader into the text (a phone closes its sheet). */
  onNavigate?: (() => void) | undefined;
};

type EntryProps = {
  person: Participant;
  slug: string;
  places: MentionPlace[];
  sectionTitles: ReadonlyMap<string, string>;
  selected: boolean;
  onSelect: Props['onSelect'];
  onNavigate: Props['onNavigate'];
};

/** One person; memoised, so choosing someone redraws only them and whoever was chosen before. */
const ParticipantEntry = memo(function ParticipantEntry({
  person,
  slug,
  places,
  sectionTitles,
  selected,
  onSelect,
  onNavigate,
}: EntryProps) {
  const t = useMessages();
  return (
    <li
      id={elementIds.participant(person.id)}
      className={styles.person}
      tabIndex={-1}
      data-selected={selected || undefined}
    >
      <button
        type="button"
        className={styles.personButton}
        aria-pressed={selected}
        onClick={() => onSelect(selected ? undefined : person.id)}
      >
        {displayName(person, t)}
      </button>
      <p className={styles.role}>
        {person.name ? roleLine(person, t) : t('participants.unnamed')}
        {person.anonymous && ` · ${t('participants.anonymous')}`}
      </p>
      <p className={styles.presence} data-presence={person.presence}>
        {presenceLabel(person.presence, t)}
      </p>
      {person.note && (
        <p className={styles.note} dir="auto">
          {person.note}
        </p>
      )}
      {selected && (
        <div className={styles.places}>
          <p className={styles.placesTitle}>{t('participants.mentionedIn')}</p>
          <ul className={styles.placeList}>
            {places.map((place) => (
              <li key={place.sectionId}>
                <Link
                  to={`${paths.section(slug, place.sectionId)}#${place.anchorIds[0]}`}
                  onClick={onNavigate}
                >
                  {sectionTitles.get(place.sectionId)}
                </Link>{' '}
                ({t('participants.mentions', { count: place.anchorIds.length })})
              </li>
            ))}
          </ul>
        </div>
      )}
    </li>
  );
});

const NO_PLACES: MentionPlace[] = [];

/**
 * Who took part: delegations by side, mediators, absent leaders and everyone else, each with
 * role, affiliation and whether they were in the room. Choosing someone marks their mentions in
 * the text and lists the sections that mention them.
 */
export const ParticipantSidebar = memo(function ParticipantSidebar({
  article,
  mentionsByParticipant,
  problems,
  selectedId,
  onSelect,
  onNavigate,
}: Props) {
  const t = useMessages();
  const sectionTitles = useMemo(
    () => new Map(article.sections.map((section) => [section.id, sectionName(section, t)])),
    [article, t],
  );
  const groups = useMemo(() => groupParticipants(article.participants, t), [article, t]);
  return (
    <aside className={styles.panel} aria-labelledby={elementIds.participantsHeading}>
      <h2 id={elementIds.participantsHeading} className={styles.title}>
        {t('panels.participants')}
      </h2>
      <PanelProblemNotice what="participants" problems={problems} />
      {article.participants.length > 0 && <p className={styles.hint}>{t('participants.hint')}</p>}
      <SeatingPlan
        participants={article.participants}
        selectedId={selectedId}
        onSelect={onSelect}
      />
      {groups.map((group) => (
        <section
          key={group.id}
          className={styles.group}
          aria-labelledby={elementIds.participantGroupHeading(group.id)}
        >
          <h3 id={elementIds.participantGroupHeading(group.id)} className={styles.groupTitle}>
            {group.title}
          </h3>
          {group.parts.map((part, partIndex) => (
            <div key={part.title ?? partIndex}>
              {part.title && <h4 className={styles.partTitle}>{part.title}</h4>}
              <ul className={styles.list}>
                {part.members.map((person) => (
                  <ParticipantEntry
                    key={person.id}
                    person={person}
                    slug={article.slug}
                    places={mentionsByParticipant.get(person.id) ?? NO_PLACES}
                    sectionTitles={sectionTitles}
                    selected={person.id === selectedId}
                    onSelect={onSelect}
                    onNavigate={onNavigate}
                  />
                ))}
              </ul>
            </div>
          ))}
        </section>
      ))}
    </aside>
  );
});
