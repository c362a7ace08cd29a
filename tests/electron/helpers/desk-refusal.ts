import { DeskError } from '../../../shared/result';

/** What a desk service refused with (code, words, details); fails the test when it did not refuse. */
export async function refusal(promise: Promise<unknown>): Promise<{ code: string; message: string; details: string[] | undefined }> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof DeskError) return { code: error.code, message: error.message, details: error.details };
    throw error;
  }
  throw new Error('expected a refusal');
}
