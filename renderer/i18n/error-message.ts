import type { TFunction } from 'i18next';
import type { DeskErrorBody } from '../../shared/result';

/** A desk error in the reader's language; the desk's own sentence fills in details for bad input. */
export function errorMessage(t: TFunction, error: DeskErrorBody): string {
  const details = error.details?.length ? `${error.message} (${error.details.join('; ')})` : error.message;
  return t(`common:errors.${error.code}`, { message: details });
}
