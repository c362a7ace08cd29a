/**
 * Adds what was typed to a chip list: commas (ASCII or Chinese) separate several entries,
 * whitespace is trimmed, and an entry already present in any letter case is ignored. Nothing
 * typed is lost: an over-long entry is kept whole (the checklist asks to shorten it), and the
 * entries beyond the maximum count come back as `leftover`, to stay in the input.
 */
export function addChips(current: readonly string[], typed: string, options: { max: number }): { values: string[]; leftover: string } {
  const values = [...current];
  const leftover: string[] = [];
  for (const part of typed.split(/[,，、]/)) {
    const chip = part.trim().replace(/\s+/g, ' ');
    if (chip === '') continue;
    if (values.some((existing) => existing.toLocaleLowerCase() === chip.toLocaleLowerCase())) continue;
    if (values.length >= options.max) leftover.push(chip);
    else values.push(chip);
  }
  return { values, leftover: leftover.join(', ') };
}
