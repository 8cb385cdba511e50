/**
 * Puts values into a line's {names} in one pass, so a value that itself holds
 * "{count}" (a reader's query, a clinic's name) reads as it was typed. Lines
 * with {names} are plain data, so a page can hand its script the words of
 * its own language only.
 */
export function fill(line: string, values: Record<string, string | number>): string {
  return line.replace(/\{(\w+)\}/g, (name, key: string) => (Object.hasOwn(values, key) ? String(values[key]) : name));
}
