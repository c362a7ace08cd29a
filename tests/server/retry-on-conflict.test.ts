import { describe, expect, it } from 'vitest';
import { retryOnConflict } from '../../server/db/retry-on-conflict';

function failing(code: string, times: number) {
  let calls = 0;
  const run = async () => {
    calls += 1;
    if (calls <= times) throw Object.assign(new Error(`failure ${calls}`), { code });
    return `done after ${calls}`;
  };
  return { run, calls: () => calls };
}

describe('retryOnConflict', () => {
  it('runs a transaction again after a deadlock, serialization failure or a concurrently taken key', async () => {
    for (const code of ['40P01', '40001', '23505', 'SQLITE_BUSY']) {
      const attempt = failing(code, 2);
      await expect(retryOnConflict(attempt.run)).resolves.toBe('done after 3');
    }
  });

  it('gives up after the last attempt and never retries other errors', async () => {
    const stubborn = failing('40P01', 5);
    await expect(retryOnConflict(stubborn.run)).rejects.toThrow('failure 3');
    expect(stubborn.calls()).toBe(3);
    const wrong = failing('23503', 1);
    await expect(retryOnConflict(wrong.run)).rejects.toThrow('failure 1');
    expect(wrong.calls()).toBe(1);
  });
});
