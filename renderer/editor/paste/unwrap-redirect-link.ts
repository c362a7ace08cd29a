/**
 * Links copied out of Google Docs or Google search results often point at Google's redirector
 * (`https://www.google.com/url?q=<real address>`): keep the real address, not the tracking hop.
 */
export function unwrapRedirectLink(href: string): string {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return href;
  }
  const isGoogle = /^(www\.)?google\.[a-z.]+$/i.test(url.hostname);
  if (!isGoogle || url.pathname !== '/url') return href;
  return url.searchParams.get('q') ?? url.searchParams.get('url') ?? href;
}
