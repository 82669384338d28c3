import { z } from 'zod';

// The tasks a page may ask of the background (task-protocol.ts), as the background checks them.

const blobUrl = z.string().max(2_000);

export const taskSchema = z.discriminatedUnion('type', [
  /** Opens the library in the background, which upgrades it if it is of an older version. */
  z.object({ type: z.literal('open-library') }),
  /** Reads and checks the chosen file (a blob: address of the page) and says what importing it would do; writes nothing. */
  z.object({ type: z.literal('preview-import'), url: blobUrl }),
  /** Reads that file again and imports it, in one transaction. */
  z.object({ type: z.literal('import'), url: blobUrl }),
  /** Compares every card of the read model with its item and rebuilds what differs. */
  z.object({ type: z.literal('repair-library') }),
]);
