/**
 * A small cache of search results per database client, keyed by the canonical query and the
 * listings' revision (listingsRevision in ./queries.ts), which every search reads from the shared database
 * first. Any write to listings on any instance changes the revision, so no instance serves stale
 * results; the cache only saves repeating the same search between writes.
 */
const MAX_ENTRIES = 500;
type Entries = Map<string, { revision: string; value: unknown }>;
const caches = new WeakMap<object, Entries>();

export function readCache<T>(scope: object, key: string, revision: string): T | undefined {
  const entries = caches.get(scope);
  const entry = entries?.get(key);
  if (!entries || !entry || entry.revision !== revision) return undefined;
  // Re-insert so the Map's order is least recently used first.
  entries.delete(key);
  entries.set(key, entry);
  return entry.value as T;
}

export function writeCache(scope: object, key: string, revision: string, value: unknown): void {
  let entries = caches.get(scope);
  if (!entries) caches.set(scope, (entries = new Map()));
  entries.delete(key);
  entries.set(key, { revision, value });
  while (entries.size > MAX_ENTRIES) entries.delete(entries.keys().next().value!);
}
