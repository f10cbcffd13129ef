/** Writes src/model/classifier.json and src/model/registry.json (no dates: reproducible bytes). */
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { ClassifierModel } from '../../src/core/classify/model-format';
import { CORPORA, corpusFile } from '../lib/policy-data';
import type { Params } from './params';

export interface Written {
  readonly bytes: number;
  readonly gzipBytes: number;
  readonly sha256: string;
}

export function sha256Of(data: Uint8Array | string): string {
  return createHash('sha256').update(data).digest('hex');
}

function modelBytes(model: ClassifierModel): Buffer {
  return Buffer.from(`${JSON.stringify(model)}\n`, 'utf8');
}

export function gzipSize(model: ClassifierModel): number {
  return gzipSync(modelBytes(model), { level: 9 }).length;
}

export function writeArtifacts(
  root: string,
  dataDir: string,
  model: ClassifierModel,
  params: Params,
  write: boolean,
): Written {
  const bytes = modelBytes(model);
  const gzipBytes = gzipSync(bytes, { level: 9 }).length;
  const sha256 = sha256Of(bytes);
  if (!write) return { bytes: bytes.length, gzipBytes, sha256 };
  const data = CORPORA.map((corpus) => {
    const file = corpusFile(dataDir, corpus, 'train');
    return { corpus, split: 'train', file: relative(dataDir, file) };
  });
  const registry = {
    models: [
      {
        name: 'segment-classifier',
        file: 'classifier.json',
        format: model.format,
        version: `${model.version}.0.0+${sha256.slice(0, 12)}`,
        bytes: bytes.length,
        gzipBytes,
        sha256,
        kind: 'one-vs-rest logistic regression over hashed words and multilingual concepts, int8 weights, blended for English with a one-hidden-layer network over the same features (and, for the languages without training data, with one over the concept features where the model has `hiddenConcepts`); scoreAll adds a neighbour-context second stage',
        labels: model.labels,
        pooling: model.pooling,
        trainedLangs: model.trainedLangs,
        rows: model.rows,
        training: { data, trainer: 'tools/train.ts', params },
      },
    ],
  };
  writeFileSync(join(root, 'src/model/classifier.json'), bytes);
  writeFileSync(join(root, 'src/model/registry.json'), `${JSON.stringify(registry, null, 2)}\n`);
  return { bytes: bytes.length, gzipBytes, sha256 };
}
