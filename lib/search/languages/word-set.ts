/** A set of words from a list written with spaces and line breaks. */
export const wordSet = (text: string) => new Set(text.split(/\s+/).filter(Boolean));
