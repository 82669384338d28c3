import type { ImportMemo } from '../import/commit';

/** Which read model the card pages, summaries and newest row hold, and when they were last checked. */
export interface ReadModelMeta {
  key: 'read-model';
  version: number;
  /** epoch ms of the last check against the items; 0 when never checked. */
  checkedAt: number;
}

/** The rows of the `meta` table: one per key. */
export type MetaRow = ReadModelMeta | ImportMemo;

export const READ_MODEL_KEY = 'read-model';
