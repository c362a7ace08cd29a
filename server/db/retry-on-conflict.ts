/**
 * Errors that mean "another transaction got there first", not "this request is wrong":
 * PostgreSQL's serialization failure, deadlock, and a unique key taken by a concurrent commit
 * (e.g. a publication hook numbering pages); SQLite's busy database when a second process holds
 * the write lock (e.g. the embedded server and `npm run server` on one data folder). The whole
 * transaction rolled back, so running it again from the start is safe and sees the other
 * transaction's result.
 */
const transientCodes = new Set(['40001', '40P01', '23505', 'SQLITE_BUSY', 'SQLITE_BUSY_SNAPSHOT']);

function isTransient(error: unknown): boolean {
  return typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string' && transientCodes.has(error.code);
}

export async function retryOnConflict<T>(run: () => Promise<T>, attempts = 3): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await run();
    } catch (error) {
      if (attempt >= attempts || !isTransient(error)) throw error;
      // A short random pause, so the two contenders do not collide again in lockstep.
      await new Promise((resolve) => setTimeout(resolve, 5 + Math.random() * 20 * attempt));
    }
  }
}
