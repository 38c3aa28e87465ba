import "server-only";

// The last good answer of a few read-only queries that public forms need to render (the event, the lists of
// voivodeships and organisations). Every request still reads fresh data; only when the database fails is the last
// answer used, so a form sent during an outage comes back with its answers and a "try again" message instead of an
// error page that would lose them.
const lastGood = new Map<string, unknown>();
const MAX_ENTRIES = 1_000;

export async function staleIfError<T>(key: string, read: () => Promise<T>): Promise<T> {
  try {
    const value = await read();
    lastGood.delete(key); // re-inserted last: the oldest entries are dropped first
    lastGood.set(key, value);
    if (lastGood.size > MAX_ENTRIES) lastGood.delete(lastGood.keys().next().value!);
    return value;
  } catch (error) {
    if (lastGood.has(key)) return lastGood.get(key) as T;
    throw error;
  }
}
