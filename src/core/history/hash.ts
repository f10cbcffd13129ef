import { hashString } from '../classify/hash';

const SECOND_SEED = 0x9747b28c;

/** A 64-bit content hash as 16 hex digits (two FNV-1a hashes with different seeds): compact, stable. */
export function contentHash(text: string): string {
  const hex = (n: number): string => n.toString(16).padStart(8, '0');
  return `${hex(hashString(text))}${hex(hashString(text, SECOND_SEED))}`;
}
