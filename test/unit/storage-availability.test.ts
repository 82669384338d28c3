// IndexedDB refused (Firefox without history, some private windows): a clear message, not a crash.
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { errorMessage } from '../../lib/background/error-message';
import { isStorageUnavailable, STORAGE_UNAVAILABLE_MESSAGE, storageProblem } from '../../lib/storage-availability';

const named = (name: string, message: string, inner?: Error) => Object.assign(new Error(message), { name, inner });
// What Firefox raises when IndexedDB is read-only for the extension, as Dexie wraps it.
const firefoxRefusal = () =>
  named(
    'OpenFailedError',
    'InvalidStateError A mutation operation…',
    named('InvalidStateError', 'A mutation operation was attempted on a database that did not allow mutations.'),
  );

/** A factory whose every open fails the way Firefox's does without history. */
function refusingFactory(): IDBFactory {
  const factory = new IDBFactory();
  factory.open = () => {
    const request = {} as IDBOpenDBRequest & { error: DOMException };
    setTimeout(() => {
      Object.assign(request, {
        error: new DOMException('A mutation operation was attempted on a database that did not allow mutations.', 'InvalidStateError'),
      });
      request.onerror?.(new Event('error'));
    });
    return request;
  };
  return factory;
}

describe('storage availability', () => {
  it('finds nothing wrong when a database opens', async () => {
    expect(await storageProblem(() => new IDBFactory())).toBeNull();
  });

  it('explains what to change when IndexedDB is missing, refused, or fails to open', async () => {
    expect(await storageProblem(() => undefined)).toBe(STORAGE_UNAVAILABLE_MESSAGE);
    expect(
      await storageProblem(() => {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      }),
    ).toBe(STORAGE_UNAVAILABLE_MESSAGE);
    expect(await storageProblem(refusingFactory)).toBe(STORAGE_UNAVAILABLE_MESSAGE);
    expect(STORAGE_UNAVAILABLE_MESSAGE).toMatch(/Remember history/);
  });

  it('tells a refused database from other failures', () => {
    expect(isStorageUnavailable([firefoxRefusal(), firefoxRefusal().inner as Error])).toBe(true);
    expect(isStorageUnavailable([named('MissingAPIError', 'IndexedDB API missing')])).toBe(true);
    expect(isStorageUnavailable([named('InvalidStateError', 'The transaction has finished.')])).toBe(false);
    expect(isStorageUnavailable([named('ConstraintError', 'Key already exists')])).toBe(false);
  });

  it('gives the widget and the pages the same message for a failed request', () => {
    expect(errorMessage(firefoxRefusal())).toBe(STORAGE_UNAVAILABLE_MESSAGE);
    expect(errorMessage(named('ConstraintError', 'Key already exists'))).toMatch(/could not be updated/);
  });
});
