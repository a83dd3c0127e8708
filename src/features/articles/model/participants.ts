import type { Messages } from '../../../lib/i18n/messages';
import type { Article, Participant, Presence, Quote } from './articleSchema';

export type ParticipantGroupView = {
  id: string;
  title: string;
  /** Delegations are split by side; other groups have a single, untitled part. */
  parts: { title?: string | undefined; members: Participant[] }[];
};

const GROUPS = [
  { group: 'delegation', id: 'delegations', title: 'participants.delegations' },
  { group: 'mediator', id: 'mediators', title: 'participants.mediators' },
  { group: 'absent-leader', id: 'absent-leaders', title: 'participants.absentLeaders' },
  { group: 'other', id: 'others', title: 'participants.others' },
] as const;

/** Sorts participants into the sidebar's groups, in the article's order; empty groups are left out. */
export function groupParticipants(
  participants: readonly Participant[],
  t: Messages,
): ParticipantGroupView[] {
  const unknownSide = t('participants.unknownSide');
  return GROUPS.flatMap(({ group, id, title }): ParticipantGroupView[] => {
    const members = participants.filter((participant) => participant.group === group);
    if (members.length === 0) return [];
    if (group !== 'delegation') return [{ id, title: t(title), parts: [{ members }] }];
    const sides = [...new Set(members.map((member) => member.side ?? unknownSide))];
    return [
      {
        id,
        title: t(title),
        parts: sides.map((side) => ({
          title: side,
          members: members.filter((member) => (member.side ?? unknownSide) === side),
        })),
      },
    ];
  });
}

/** What to call a participant: their name, or their role when the article does not name them. */
export function displayName(participant: Participant, t: Messages): string {
  return (
    participant.name ??
    t('participants.unnamedName', { role: participant.role, affiliation: participant.affiliation })
  );
}

/** The participant who said a quote, if the story lists them. */
export const quoteSpeaker = (article: Article, quote: Quote): Participant | undefined =>
  article.participants.find((participant) => participant.id === quote.speakerId);

/** Who said a quote, by name or description (or the speaker's id, should the story not list them). */
export function speakerName(speaker: Participant | undefined, quote: Quote, t: Messages): string {
  return speaker ? displayName(speaker, t) : quote.speakerId;
}

/** A participant's role and where they belong, as one line. */
export function roleLine(participant: Participant, t: Messages): string {
  return participant.name
    ? t('participants.roleAt', { role: participant.role, affiliation: participant.affiliation })
    : participant.affiliation;
}

const PRESENCE = {
  present: 'participants.present',
  absent: 'participants.absent',
  refused: 'participants.refused',
  'not-stated': 'participants.notStated',
} as const;

/** Whether they were in the room, in words. */
export const presenceLabel = (presence: Presence, t: Messages): string => t(PRESENCE[presence]);
