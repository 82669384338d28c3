import { ClipperDB } from './schema';

/** The extension's one database. Only the background writes to it; extension pages read it live. */
export const db = new ClipperDB();
