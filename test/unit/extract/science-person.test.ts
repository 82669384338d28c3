import { describe, expect, it } from 'vitest';
import { readPerson } from '../../../lib/extract/amazon-science/person';

describe('readPerson', () => {
  it.each([
    [
      'X is a ROLE in TEAM at ORGANIZATION',
      'Rustan Leino is a senior principal applied scientist in the Automated Reasoning Group at Amazon Web Services.',
      {
        name: 'Rustan Leino',
        role: 'senior principal applied scientist',
        team: 'Automated Reasoning Group',
        organization: 'Amazon Web Services',
      },
    ],
    [
      'X, ROLE for ORGANIZATION',
      'Rajeev Rastogi, vice president of machine learning for Amazon India, and his team work on hard problems.',
      { name: 'Rajeev Rastogi', role: 'vice president of machine learning', team: null, organization: 'Amazon India' },
    ],
    [
      'X, a ROLE on the TEAM team at ORGANIZATION',
      'Ada Example, a senior applied scientist on the Alexa Shopping team at Amazon, led the study.',
      { name: 'Ada Example', role: 'senior applied scientist', team: 'Alexa Shopping', organization: 'Amazon' },
    ],
    [
      'As ROLE at ORGANIZATION, X …',
      'As director of applied science at Amazon Robotics, Grace Hopper oversees the lab.',
      { name: 'Grace Hopper', role: 'director of applied science', team: null, organization: 'Amazon Robotics' },
    ],
    [
      'ROLE X',
      'Amazon Scholar Alan Turing spoke at the conference.',
      { name: 'Alan Turing', role: 'Amazon Scholar', team: null, organization: null },
    ],
  ])('%s', (_shape, text, person) => {
    expect(readPerson([text], null)).toEqual(person);
  });

  it('takes the caption first and fills only what it lacks from later texts about the same person', () => {
    const person = readPerson(
      [
        'Rajeev Rastogi, vice president of machine learning for Amazon India, and his team.',
        'As a vice president at Amazon, Rastogi leads scientists.',
        'Rastogi joined the International Machine Learning team in 2012.',
      ],
      null,
    );
    expect(person).toEqual({
      name: 'Rajeev Rastogi',
      role: 'vice president of machine learning',
      team: 'International Machine Learning',
      organization: 'Amazon India',
    });
  });

  it('ignores later introductions of someone else', () => {
    const person = readPerson(
      [
        'Rustan Leino is a senior principal applied scientist at Amazon Web Services.',
        'Gaurav Parthasarathy, a PhD student in the programming methodology group at ETH Zurich, interned with him.',
      ],
      null,
    );
    expect(person).toEqual({
      name: 'Rustan Leino',
      role: 'senior principal applied scientist',
      team: null,
      organization: 'Amazon Web Services',
    });
  });

  it('does not read a capitalised word before a comma as a name', () => {
    expect(readPerson(['Today, senior scientists at Amazon publish more than ever.'], null)).toBeNull();
  });

  it('a surname-only introduction counts once the subject is known, under the full name', () => {
    expect(
      readPerson(['As a senior principal applied scientist at Amazon Web Services, Leino is continuing his career.'], 'Rustan Leino'),
    ).toEqual({
      name: 'Rustan Leino',
      role: 'senior principal applied scientist',
      team: null,
      organization: 'Amazon Web Services',
    });
  });

  it('without any introduction, the known subject is the person with nothing else stated', () => {
    expect(readPerson(['The weather was fine.'], 'Rustan Leino')).toEqual({
      name: 'Rustan Leino',
      role: null,
      team: null,
      organization: null,
    });
    expect(readPerson(['The weather was fine.'], null)).toBeNull();
  });
});

describe('readPerson with a known subject', () => {
  it('skips introductions of other people quoted before the subject', () => {
    const person = readPerson(
      ['Grace Hopper, a professor at Yale, praised the work.', 'Ada Example is a principal scientist at Amazon Robotics.'],
      'Ada Example',
    );
    expect(person).toEqual({ name: 'Ada Example', role: 'principal scientist', team: null, organization: 'Amazon Robotics' });
  });
});
