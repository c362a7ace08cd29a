import { open } from 'node:fs/promises';
import { basename } from 'node:path';
import { randomBytes } from 'node:crypto';
import type { UploadProgress } from '../outbox/outbox-transport';

const chunkBytes = 256 * 1024;

function quoted(value: string): string {
  return value.replace(/["\r\n\\]/g, '_');
}

/**
 * A multipart/form-data body streamed from the file on disk (a 12 MP JPEG is not held twice in
 * memory), counting the file's bytes as the connection takes them, for the upload progress bar.
 */
export async function multipartUpload(
  file: string,
  fields: Record<string, string>,
  contentType: string,
  onProgress?: UploadProgress,
): Promise<{ body: ReadableStream<Uint8Array>; contentType: string; length: number }> {
  const boundary = `copydesk-${randomBytes(12).toString('hex')}`;
  const parts = Object.entries(fields).map(([name, value]) => `--${boundary}\r\ncontent-disposition: form-data; name="${quoted(name)}"\r\n\r\n${value}\r\n`);
  const head = Buffer.from(`${parts.join('')}--${boundary}\r\ncontent-disposition: form-data; name="file"; filename="${quoted(basename(file))}"\r\ncontent-type: ${contentType}\r\n\r\n`);
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  const handle = await open(file, 'r');
  const size = (await handle.stat()).size;
  let sent = 0;
  let stage: 'head' | 'file' | 'tail' | 'done' = 'head';
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (stage === 'head') {
        stage = 'file';
        controller.enqueue(head);
        return;
      }
      if (stage === 'file') {
        const buffer = Buffer.alloc(Math.min(chunkBytes, size - sent));
        const { bytesRead } = buffer.length > 0 ? await handle.read(buffer, 0, buffer.length, sent) : { bytesRead: 0 };
        if (bytesRead > 0) {
          sent += bytesRead;
          controller.enqueue(buffer.subarray(0, bytesRead));
          onProgress?.(sent, size);
        }
        if (bytesRead === 0 || sent >= size) stage = 'tail';
        return;
      }
      if (stage === 'tail') {
        stage = 'done';
        controller.enqueue(tail);
        await handle.close();
        controller.close();
      }
    },
    async cancel() {
      await handle.close();
    },
  });
  return { body, contentType: `multipart/form-data; boundary=${boundary}`, length: head.length + size + tail.length };
}
