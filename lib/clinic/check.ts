/*
 * The check at the end of a version 2 link: CRC-32 (the one in zip files and
 * PNG images) written as six base64url characters. A link cut short, or with
 * a character changed by hand, almost never carries the check of what is left:
 * CRC-32 finds every change to one character, every run of changes up to 32
 * bits long, and all but one in four billion of the rest.
 */

const TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n += 1) {
    let c = n;
    for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

/** CRC-32 of a string of ASCII characters (a link's fragment is ASCII: everything else is percent-encoded). */
export function crc32(text: string): number {
  let crc = 0xffffffff;
  for (let i = 0; i < text.length; i += 1) crc = TABLE[(crc ^ text.charCodeAt(i)) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

const BASE64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** The length of a check, always. */
export const CHECK_LENGTH = 6;
export const CHECK_PATTERN = /^[A-Za-z0-9_-]{6}$/;

/** The check of a text: its CRC-32 as base64url without padding, as Buffer.from(4 bytes).toString('base64url') writes it. */
export function checkOf(text: string): string {
  let bits = crc32(text) * 16; // 32 bits, padded to 36 for six 6-bit characters
  let out = '';
  for (let i = 0; i < CHECK_LENGTH; i += 1) {
    out = BASE64URL[bits % 64] + out;
    bits = Math.floor(bits / 64);
  }
  return out;
}
