/**
 * Text reduced to what identifies a sentence: letters and digits, lower case. Quotes, dashes,
 * spacing and punctuation differ between a clip's fields and its html; the words do not.
 */
export function fingerprint(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');
}
