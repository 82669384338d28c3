import { describe, expect, it } from 'vitest';
import {
  jobButtonLabel,
  jobTitle,
  pageButtonLabel,
  saveAllLabel,
  saveAllResult,
  savedDetail,
  statusDetail,
} from '../../../lib/content/labels';
import type { SaveState } from '../../../lib/content/save-state';
import type { Job } from '../../../lib/types';
import { summary } from '../helpers/content-fakes';

const NOV_12_2026 = new Date(2026, 10, 12, 15, 30).getTime();
const LATER_2026 = new Date(2026, 11, 1).getTime();
const IN_2027 = new Date(2027, 0, 5).getTime();

const ALL_PHASES: SaveState[] = [
  { phase: 'unsaved' },
  { phase: 'saving' },
  { phase: 'saved', summary: summary({ kind: 'job', status: 'interviewing', statusAt: NOV_12_2026 }) },
  { phase: 'saved', summary: summary({ kind: 'job', status: 'saved', statusAt: NOV_12_2026 }) },
  { phase: 'error', message: 'Storage is full' },
];

describe('statusDetail', () => {
  it('gives the status and the day it was set for a job that moved past "saved"', () => {
    expect(statusDetail(summary({ kind: 'job', status: 'applied', statusAt: NOV_12_2026 }), LATER_2026)).toBe('Applied · 12 Nov');
  });

  it('adds the year when the change was in another year', () => {
    expect(statusDetail(summary({ kind: 'job', status: 'offer', statusAt: NOV_12_2026 }), IN_2027)).toBe('Offer · 12 Nov 2026');
  });

  it('says nothing more for a job that is only saved, or for an article', () => {
    expect(statusDetail(summary({ kind: 'job', status: 'saved', statusAt: NOV_12_2026 }))).toBeNull();
    expect(statusDetail(summary({ kind: 'profile' }))).toBeNull();
  });

  it('gives the status alone when its date is unknown', () => {
    expect(statusDetail(summary({ kind: 'job', status: 'rejected', statusAt: null }))).toBe('Rejected');
  });
});

describe('savedDetail', () => {
  it('adds the pay after the status of a saved posting', () => {
    const job = summary({ kind: 'job', status: 'applied', statusAt: NOV_12_2026, pay: 'USD 149k–258k/yr' });
    expect(savedDetail(job, LATER_2026)).toBe('Applied · 12 Nov · USD 149k–258k/yr');
    expect(savedDetail({ ...job, status: 'saved' }, LATER_2026)).toBe('USD 149k–258k/yr');
    expect(savedDetail({ ...job, pay: null }, LATER_2026)).toBe('Applied · 12 Nov');
    expect(savedDetail(summary({ kind: 'article' }))).toBeNull();
  });
});

describe('pageButtonLabel', () => {
  it('names each phase of the widget button', () => {
    expect(ALL_PHASES.map(pageButtonLabel)).toEqual(['Save to Science Clipper', 'Saving…', 'Saved', 'Saved', 'Retry']);
  });
});

describe('jobButtonLabel', () => {
  it('names the button after its job, so each card has its own', () => {
    expect(jobButtonLabel({ phase: 'unsaved' }, 'Applied Scientist')).toEqual({
      label: 'Save job',
      name: 'Save job: Applied Scientist',
    });
  });

  it('shows a status other than "saved" as its chip, with the day it was set', () => {
    expect(jobButtonLabel(ALL_PHASES[2]!, 'Applied Scientist').label).toMatch(/^Interviewing · 12 Nov/);
    expect(jobButtonLabel(ALL_PHASES[3]!, 'Applied Scientist').label).toBe('Saved');
  });

  it('keeps the visible label inside the accessible name in every phase (WCAG label in name)', () => {
    for (const state of ALL_PHASES) {
      const { label, name } = jobButtonLabel(state, 'Data Scientist');
      expect(name.toLowerCase()).toContain(label.toLowerCase().replace('…', ''));
      expect(name).toContain('Data Scientist');
    }
  });
});

describe('jobTitle', () => {
  it('falls back to the job id for a card without a title', () => {
    const job = { jobId: '1324373', title: null } as Job;
    expect(jobTitle(job)).toBe('Job 1324373');
    expect(jobTitle({ ...job, title: 'Senior Applied Scientist' })).toBe('Senior Applied Scientist');
  });
});

describe('Save all', () => {
  it('counts the jobs on the button and what one run did', () => {
    expect(saveAllLabel(10, false)).toBe('Save all 10 jobs');
    expect(saveAllLabel(10, true)).toBe('Saving 10 jobs…');
    expect(saveAllResult(7, 3)).toBe('Added 7 jobs · 3 already saved');
    expect(saveAllResult(1, 0)).toBe('Added 1 job');
    expect(saveAllResult(0, 10)).toBe('No new jobs added · 10 already saved');
  });
});
