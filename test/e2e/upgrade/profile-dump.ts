// A database of the extension as JSON: each store's definition (key path, indexes) and rows, with
// bytes and Blobs written as base64. Dumped from, and restored into, an extension page with
// IndexedDB alone, so a restored profile is the very database an older build wrote.
import type { Page } from 'playwright-core';

export const DUMPED_DATABASE = 'science-clipper';

export interface StoreDump {
  name: string;
  keyPath: string | string[] | null;
  autoIncrement: boolean;
  indexes: Array<{ name: string; keyPath: string | string[]; unique: boolean; multiEntry: boolean }>;
  /** Values with bytes as `{ $bytes: base64 }` and Blobs as `{ $blob: base64, type }`. */
  rows: unknown[];
}

export interface DatabaseDump {
  /** IndexedDB's version number (Dexie's version × 10). */
  version: number;
  stores: StoreDump[];
}

/**
 * Every store of the database `name`, read with IndexedDB alone. Self-contained (it refers to
 * nothing outside itself), so that it runs in an extension page through page.evaluate as well as
 * in Node over fake-indexeddb.
 */
export async function dumpFrom(name: string): Promise<DatabaseDump> {
  const base64 = (bytes: Uint8Array) => {
    let text = '';
    for (let i = 0; i < bytes.length; i += 0x8000) text += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
    return btoa(text);
  };
  const encode = async (value: unknown): Promise<unknown> => {
    if (value instanceof Blob) return { $blob: base64(new Uint8Array(await value.arrayBuffer())), type: value.type };
    if (value instanceof Uint8Array) return { $bytes: base64(value) };
    if (Array.isArray(value)) return Promise.all(value.map(encode));
    if (value && typeof value === 'object') {
      const entries = await Promise.all(Object.entries(value).map(async ([k, v]) => [k, await encode(v)] as const));
      return Object.fromEntries(entries);
    }
    return value;
  };
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const open = indexedDB.open(name);
    open.onsuccess = () => resolve(open.result);
    open.onerror = () => reject(open.error);
  });
  const stores = [];
  for (const storeName of [...db.objectStoreNames]) {
    const store = db.transaction(storeName).objectStore(storeName);
    const indexes = [...store.indexNames].map((indexName) => {
      const index = store.index(indexName);
      return { name: index.name, keyPath: index.keyPath, unique: index.unique, multiEntry: index.multiEntry };
    });
    const rows = await new Promise<unknown[]>((resolve, reject) => {
      const all = store.getAll();
      all.onsuccess = () => resolve(all.result);
      all.onerror = () => reject(all.error);
    });
    stores.push({
      name: storeName,
      keyPath: store.keyPath,
      autoIncrement: store.autoIncrement,
      indexes,
      rows: (await encode(rows)) as unknown[],
    });
  }
  const version = db.version;
  db.close();
  return { version, stores };
}

/** Creates the database `name` exactly as dumped (it must not exist yet). Self-contained, as dumpFrom. */
export async function restoreInto({ name, dump }: { name: string; dump: DatabaseDump }): Promise<void> {
  const bytes = (text: string) => Uint8Array.from(atob(text), (c) => c.charCodeAt(0));
  const decode = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(decode);
    if (value && typeof value === 'object') {
      const record = value as Record<string, unknown>;
      if (typeof record.$bytes === 'string') return bytes(record.$bytes);
      if (typeof record.$blob === 'string') return new Blob([bytes(record.$blob)], { type: String(record.type) });
      return Object.fromEntries(Object.entries(record).map(([k, v]) => [k, decode(v)]));
    }
    return value;
  };
  await new Promise<void>((resolve, reject) => {
    const open = indexedDB.open(name, dump.version);
    open.onupgradeneeded = () => {
      for (const store of dump.stores) {
        const created = open.result.createObjectStore(store.name, { keyPath: store.keyPath, autoIncrement: store.autoIncrement });
        for (const index of store.indexes)
          created.createIndex(index.name, index.keyPath, { unique: index.unique, multiEntry: index.multiEntry });
        for (const row of store.rows) created.put(decode(row));
      }
    };
    open.onsuccess = () => {
      open.result.close();
      resolve();
    };
    open.onerror = () => reject(open.error);
  });
}

/** Every store of the extension's database, read in `page` (an extension page). */
export function dumpDatabase(page: Page): Promise<DatabaseDump> {
  return page.evaluate(dumpFrom, DUMPED_DATABASE);
}

/** Creates the extension's database in `page` exactly as dumped (the database must not exist yet). */
export async function restoreDatabase(page: Page, dump: DatabaseDump): Promise<void> {
  await page.evaluate(restoreInto, { name: DUMPED_DATABASE, dump });
}

/** The dump of a store, by name. */
export function storeOf(dump: DatabaseDump, name: string): StoreDump {
  const store = dump.stores.find((s) => s.name === name);
  if (!store) throw new Error(`the dump has no store ${name}`);
  return store;
}
