import type { TFunction } from 'i18next';
import type { DeskErrorBody } from '../../../shared/result';

const reasons = ['not_http', 'not_copydesk', 'unreachable', 'wrong_password', 'too_many_attempts', 'disabled', 'setup_done'] as const;

/** One sentence in the person's language: the desk names the reason in `details[0]` as `reason:<key>`. */
export function signInErrorText(t: TFunction<'newsroom'>, error: DeskErrorBody): string {
  const reason = error.details?.[0]?.replace(/^reason:/, '');
  const known = reasons.find((candidate) => candidate === reason);
  return known ? t(`errors.${known}`) : t('errors.other', { message: error.message });
}
