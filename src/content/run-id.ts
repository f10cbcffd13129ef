/** A random id for one run of the gate (crypto.randomUUID needs a secure context; pages may not be one). */
export function newRunId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(12));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
