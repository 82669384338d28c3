// Kept apart from lib/db/schema.ts so that code running in web pages can name statuses without
// importing Dexie: Dexie holds a '\uffff' string, and Chrome refuses to load a content script
// containing that character ("It isn't UTF-8 encoded"), which disables the whole extension.
export const JOB_STATUSES = ['saved', 'applied', 'interviewing', 'offer', 'rejected', 'withdrawn'] as const;
export type JobStatus = (typeof JOB_STATUSES)[number];
