import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';

/**
 * `npm run train` writes the model and its registry entry together (tools/train/write.ts); a model
 * committed without its registry says another model's hash, size and parameters. CI's retrain catches
 * it only where ../shared exists; this catches it in every clone.
 */
describe('src/model/registry.json describes the committed classifier.json', () => {
  it('has its sha256, bytes, gzipped bytes and version hash', () => {
    const bytes = readFileSync(new URL('../../../src/model/classifier.json', import.meta.url));
    const registry = JSON.parse(
      readFileSync(new URL('../../../src/model/registry.json', import.meta.url), 'utf8'),
    );
    const entry = registry.models.find((m: { file: string }) => m.file === 'classifier.json');
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    expect(entry.sha256).toBe(sha256);
    expect(entry.bytes).toBe(bytes.length);
    expect(entry.gzipBytes).toBe(gzipSync(bytes, { level: 9 }).length);
    expect(entry.version.endsWith(`+${sha256.slice(0, 12)}`)).toBe(true);
  });
});
