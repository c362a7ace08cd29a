const hongKongOffsetMs = 8 * 60 * 60 * 1000;

/**
 * "2026-11-28 17:30": a publish time as Hong Kong readers read it (UTC+8, no daylight saving).
 * Fixed arithmetic rather than Intl so the server's stored page never depends on its locale data.
 */
export function formatHongKongTime(iso: string): string | null {
  const time = Date.parse(iso);
  if (Number.isNaN(time)) return null;
  const local = new Date(time + hongKongOffsetMs).toISOString();
  return `${local.slice(0, 10)} ${local.slice(11, 16)}`;
}
