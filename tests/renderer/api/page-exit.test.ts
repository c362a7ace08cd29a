import { describe, expect, it } from 'vitest';
import { httpPageExit, ipcPageExit, keepaliveBody, keepaliveBodyLimitBytes } from '../../../renderer/api/page-exit';

const requestWith = (text: string) => ({ id: 'd1', content: { text } });
// The JSON around the text: {"id":"d1","content":{"text":""}}
const framing = 33;

describe('keepaliveBody', () => {
  it('measures the body in UTF-8 bytes, as the browser does: Chinese text takes three bytes a character', () => {
    const english = 'a'.repeat(30_000);
    const chinese = '港'.repeat(30_000);
    expect(keepaliveBody(requestWith(english))).toBe(JSON.stringify(requestWith(english)));
    expect(keepaliveBody(requestWith(chinese))).toBeNull();
  });

  it('keeps every body within 60 KiB, under the browser’s 64 KiB keepalive budget', () => {
    expect(keepaliveBodyLimitBytes).toBe(61_440);
    expect(keepaliveBody(requestWith('a'.repeat(61_440 - framing)))).not.toBeNull();
    expect(keepaliveBody(requestWith('a'.repeat(61_440 - framing + 1)))).toBeNull();
  });

  it('web mode asks before leaving only for drafts too large to outlive the page; Electron never asks', () => {
    expect(httpPageExit.mayAsk).toBe(true);
    expect(httpPageExit.outlives(requestWith('短稿'))).toBe(true);
    expect(httpPageExit.outlives(requestWith('長'.repeat(25_000)))).toBe(false);
    expect(ipcPageExit.mayAsk).toBe(false);
    expect(ipcPageExit.outlives(requestWith('長'.repeat(25_000)))).toBe(true);
  });
});
