import { DeskError } from '../../../shared/result';

/** A refusal the sign-in screen words in the person's language: `details[0]` is `reason:<key>`. */
export function signInRefusal(code: ConstructorParameters<typeof DeskError>[0], reason: string, message: string): DeskError {
  return new DeskError(code, message, [`reason:${reason}`]);
}

/** The newsroom's address as typed: http(s) only, without credentials; `news.example.hk` means https. */
export function parseNewsroomAddress(typed: string): string {
  const text = typed.trim();
  const withScheme = /^[a-z][a-z0-9+.-]*:/i.test(text) ? text : `https://${text}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    throw signInRefusal('bad_request', 'not_http', `“${text}” is not a web address. Type the newsroom's address, such as https://newsroom.example.hk.`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw signInRefusal('bad_request', 'not_http', `The newsroom's address must start with http:// or https://, not ${url.protocol}.`);
  }
  if (url.username || url.password) throw signInRefusal('bad_request', 'not_http', 'Type the address without a user name or password in it.');
  url.hash = '';
  url.search = '';
  return url.href;
}
