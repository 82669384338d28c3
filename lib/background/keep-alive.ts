import { browser } from 'wxt/browser';

/**
 * Chrome stops an extension's service worker after 30 seconds without events or extension API
 * calls, even while it works: an upgrade or an import of 100,000 items takes longer. Calling an
 * extension API every 20 seconds while `work` runs counts as activity.
 */
export async function keepAlive<T>(work: Promise<T>, intervalMs = 20_000): Promise<T> {
  const timer = setInterval(() => void browser.runtime.getPlatformInfo().catch(() => undefined), intervalMs);
  try {
    return await work;
  } finally {
    clearInterval(timer);
  }
}
