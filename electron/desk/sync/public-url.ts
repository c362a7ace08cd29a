/** The public page of a published article: `<site>/articles/<slug>`, as the public site serves it. */
export function publicUrlOf(siteUrl: string | undefined, slug: string): string | null {
  if (!siteUrl || slug === '') return null;
  try {
    const site = new URL(siteUrl);
    if (site.protocol !== 'http:' && site.protocol !== 'https:') return null;
    const segment = encodeURIComponent(slug).replace(/[!'()*]/g, (character) => `%${character.charCodeAt(0).toString(16).toUpperCase()}`);
    return new URL(`articles/${segment}`, site.href.endsWith('/') ? site.href : `${site.href}/`).href;
  } catch {
    return null;
  }
}
