/**
 * Tags and topics merge as sets: their order carries no meaning on the page, and one person adding
 * "transport" while another removes "ferries" are independent — so they never conflict. Mine's
 * order first, then what only the other side added.
 */
export function mergeSet(base: readonly string[], mine: readonly string[], theirs: readonly string[]): string[] {
  const kept = mine.filter((item) => theirs.includes(item) || !base.includes(item));
  const added = theirs.filter((item) => !base.includes(item) && !mine.includes(item));
  return [...new Set([...kept, ...added])];
}
