/**
 * Adds what was typed to a chip list: commas (ASCII or Chinese) separate several entries,
 * whitespace is trimmed, and an entry already present in any letter case is ignored.
 */
export function addChips(current: readonly string[], typed: string, options: { max: number; maxLength: number }): string[] {
  const next = [...current];
  for (const part of typed.split(/[,，、]/)) {
    const chip = part.trim().replace(/\s+/g, ' ').slice(0, options.maxLength);
    if (chip === '' || next.length >= options.max) continue;
    if (next.some((existing) => existing.toLocaleLowerCase() === chip.toLocaleLowerCase())) continue;
    next.push(chip);
  }
  return next;
}
