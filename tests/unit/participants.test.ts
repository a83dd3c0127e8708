import { en } from '../messages';
import { describe, expect, it } from 'vitest';
import { ArticleSchema } from '../../src/features/articles/model/articleSchema';
import { displayName, groupParticipants } from '../../src/features/articles/model/participants';
import { articleJson } from '../fakeServer';

const article = ArticleSchema.parse(articleJson());

describe('groupParticipants', () => {
  it('orders the groups and splits delegations by side', () => {
    const groups = groupParticipants(article.participants, en);
    expect(groups.map((group) => group.title)).toEqual([
      'Delegations',
      'Mediators',
      'Absent leaders',
      'Also involved',
    ]);
    expect(
      groups[0]?.parts.map((part) => [
        part.title,
        part.members.map((member) => displayName(member, en)),
      ]),
    ).toEqual([
      ['Russia', ['Vladimir Medinsky']],
      ['Ukraine', ['Deputy foreign minister (Ukraine)']],
    ]);
  });

  it('leaves out empty groups', () => {
    const mediators = article.participants.filter((person) => person.group === 'mediator');
    expect(groupParticipants(mediators, en).map((group) => group.id)).toEqual(['mediators']);
  });
});
