import type { DeskHandlers } from '../../../shared/desk-api';
import { DeskError } from '../../../shared/result';
import type { MediaIntake } from './media-intake';

/** The `media:*` DeskApi channels, backed by the photo intake on the data folder. */
export function mediaHandlers(intake: MediaIntake): Pick<DeskHandlers, 'media:import'> {
  return {
    'media:import': async ({ fileName, dataBase64 }) => {
      if (!/^[A-Za-z0-9+/]*={0,2}$/.test(dataBase64)) {
        throw new DeskError('bad_request', 'The image did not arrive intact. Try adding it again.');
      }
      const bytes = Buffer.from(dataBase64, 'base64');
      return intake.importImage(fileName, new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength));
    },
  };
}
