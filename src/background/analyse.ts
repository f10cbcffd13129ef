/**
 * The analysis, run in the background (service worker / Firefox event page) rather than in the page:
 * a long analysis never blocks the page's main thread, and the model and the compiled lexicons stay warm
 * between pages while the worker lives. The model file is loaded from the extension's own files on first use.
 */
import { analyzePage } from '../core/analyze';
import { type Classifier, loadClassifier } from '../core/classify/classifier';
import { readSharedTerms } from '../core/extract/lexicon';
import type { Report } from '../core/report';
import type { PageText } from '../messages';
import modelUrl from '../model/classifier.json?url';

let classifier: Promise<Classifier> | null = null;

async function loadModel(): Promise<Classifier> {
  const response = await fetch(modelUrl);
  if (!response.ok) throw new Error(`model not readable (${response.status})`);
  return loadClassifier(await response.json());
}

function getClassifier(): Promise<Classifier> {
  classifier ??= loadModel().catch((error: unknown) => {
    classifier = null;
    throw error;
  });
  return classifier;
}

let termsRead = false;

/**
 * Starts loading the model while the content script still reads the page, and reads the lexicon terms
 * every language shares (the page's language is not known yet): the first page's index then only reads
 * its own language's terms.
 */
export function warmUp(): void {
  getClassifier().catch(() => undefined);
  if (termsRead) return;
  termsRead = true;
  readSharedTerms();
}

export async function analysePageText(page: PageText, url: string): Promise<Report> {
  return analyzePage(
    { segments: page.segments, elements: [], title: page.title },
    { url, classifier: await getClassifier() },
  );
}
