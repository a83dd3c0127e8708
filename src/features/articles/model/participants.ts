import type { Participant, Presence } from './articleSchema';

export type ParticipantGroupView = {
  id: string;
  title: string;
  /** Delegations are split by side; other groups have a single, untitled part. */
  parts: { title?: string | undefined; members: Participant[] }[];
};

const GROUPS = [
  { group: 'delegation', id: 'delegations', title: 'Delegations' },
  { group: 'mediator', id: 'mediators', title: 'Mediators' },
  { group: 'absent-leader', id: 'absent-leaders', title: 'Absent leaders' },
  { group: 'other', id: 'others', title: 'Also involved' },
] as const;

/** Sorts participants into the sidebar's groups, in the article's order; empty groups are left out. */
export function groupParticipants(participants: readonly Participant[]): ParticipantGroupView[] {
  return GROUPS.flatMap(({ group, id, title }): ParticipantGroupView[] => {
    const members = participants.filter((participant) => participant.group === group);
    if (members.length === 0) return [];
    if (group !== 'delegation') return [{ id, title, parts: [{ members }] }];
    const sides = [...new Set(members.map((member) => member.side ?? 'Unknown side'))];
    return [
      {
        id,
        title,
        parts: sides.map((side) => ({
          title: side,
          members: members.filter((member) => (member.side ?? 'Unknown side') === side),
        })),
      },
    ];
  });
}

/** What to call a participant: their name, or their role when the article does not name them. */
export function displayName(participant: Participant): string {
  return participant.name ?? `${participant.role} (${participant.affiliation})`;
}

export const PRESENCE_LABELS: Record<Presence, string> = {
  present: 'In the room',
  absent: 'Not at the talks',
  refused: 'Refused entry',
  'not-stated': 'Not said to be in the room',
};
