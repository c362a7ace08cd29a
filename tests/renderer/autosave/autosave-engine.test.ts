import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createAutosaveEngine, type SaveOptions, type SaveStatus } from '../../../renderer/autosave/autosave-engine';
import type { Result } from '../../../shared/result';

/** A desk whose writes the test answers one by one, in any order. */
function controlledDesk() {
  const writes: { content: string; options: SaveOptions; answer: (result: Result<unknown>) => void }[] = [];
  const save = (content: string, options: SaveOptions) =>
    new Promise<Result<unknown>>((resolve) => writes.push({ content, options, answer: resolve }));
  return { writes, save };
}

const written: Result<unknown> = { ok: true, value: {} };
const diskFull: Result<unknown> = { ok: false, error: { code: 'disk_full', message: 'The disk is full' } };

describe('createAutosaveEngine', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('writes one at a time: a change during a write waits for it, then the newest text goes', async () => {
    const desk = controlledDesk();
    const engine = createAutosaveEngine({ save: desk.save, onStatus: () => {}, quietMs: 700, maxWaitMs: 2000 });
    engine.schedule('One');
    await vi.advanceTimersByTimeAsync(700);
    engine.schedule('One two');
    engine.schedule('One two three');
    await vi.advanceTimersByTimeAsync(2000);
    expect(desk.writes.map((write) => write.content)).toEqual(['One']);
    desk.writes[0]?.answer(written);
    await vi.advanceTimersByTimeAsync(0);
    expect(desk.writes.map((write) => write.content)).toEqual(['One', 'One two three']);
  });

  it('a failed older write never brings its older text back over a newer write', async () => {
    const desk = controlledDesk();
    const statuses: SaveStatus['state'][] = [];
    const engine = createAutosaveEngine({ save: desk.save, onStatus: (status) => statuses.push(status.state), quietMs: 700, maxWaitMs: 2000 });
    engine.schedule('Old');
    void engine.flush();
    engine.schedule('New');
    // The page goes while "Old" is in flight: "New" is sent at once.
    expect(engine.leave()).toBe(true);
    expect(desk.writes.map((write) => [write.content, write.options.leaving])).toEqual([
      ['Old', false],
      ['New', true],
    ]);
    desk.writes[1]?.answer(written);
    desk.writes[0]?.answer(diskFull);
    await vi.advanceTimersByTimeAsync(10_000);
    // No retry of "Old": nothing newer than "New" is pending.
    expect(desk.writes.map((write) => write.content)).toEqual(['Old', 'New']);
  });

  it('when the page goes with only a normal write in flight, its text is sent again to outlive the page', () => {
    const desk = controlledDesk();
    const engine = createAutosaveEngine({ save: desk.save, onStatus: () => {}, quietMs: 700, maxWaitMs: 2000 });
    engine.schedule('Almost written');
    void engine.flush();
    expect(engine.leave()).toBe(true);
    expect(desk.writes.map((write) => [write.content, write.options.leaving])).toEqual([
      ['Almost written', false],
      ['Almost written', true],
    ]);
  });

  it('says leaving is not safe when the last write cannot outlive the page', () => {
    const desk = controlledDesk();
    const engine = createAutosaveEngine({ save: desk.save, onStatus: () => {}, quietMs: 700, maxWaitMs: 2000, outlives: (content: string) => content.length < 10 });
    engine.schedule('Short');
    expect(engine.leave()).toBe(true);
    desk.writes[0]?.answer(written);
    engine.schedule('Much longer than the limit');
    expect(engine.leave()).toBe(false);
  });

  it('a failed save keeps Ctrl+S explicit when it is retried with newer text', async () => {
    const desk = controlledDesk();
    const engine = createAutosaveEngine({ save: desk.save, onStatus: () => {}, quietMs: 700, maxWaitMs: 2000 });
    engine.schedule('Draft');
    void engine.saveNow();
    await vi.advanceTimersByTimeAsync(0);
    engine.schedule('Draft, edited');
    desk.writes[0]?.answer(diskFull);
    await vi.advanceTimersByTimeAsync(0);
    await vi.advanceTimersByTimeAsync(5000);
    expect(desk.writes.map((write) => [write.content, write.options.explicit])).toEqual([
      ['Draft', true],
      ['Draft, edited', true],
    ]);
  });
});

describe('createAutosaveEngine with an editor that marks changes', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('does not stay "unsaved" when the editor had nothing to hand over after all', async () => {
    const desk = controlledDesk();
    const statuses: SaveStatus['state'][] = [];
    const engine = createAutosaveEngine({ save: desk.save, onStatus: (status) => statuses.push(status.state), quietMs: 700, maxWaitMs: 2000, handOver: () => {} });
    engine.markChanged();
    expect(statuses.at(-1)).toBe('unsaved');
    await vi.advanceTimersByTimeAsync(700);
    expect(desk.writes).toEqual([]);
    expect(statuses.at(-1)).toBe('saved');
  });
});
