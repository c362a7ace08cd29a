import { safePublicUrl } from './sync-state-text';

/** A published article's public page, opened outside the desk; nothing at all unless the address is http(s). */
export function PublicPageLink({ url, label }: { url: string | null; label: string }) {
  const safe = safePublicUrl(url);
  if (!safe) return null;
  return (
    <a className="button" href={safe} target="_blank" rel="noopener noreferrer">
      {label}
    </a>
  );
}
