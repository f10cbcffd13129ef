import type { ConceptCounts } from '../classify/classifier';
import type { Lexicon } from '../classify/concepts';
import type { Segment } from '../page/segment';
import { type Detection, flaggedPractices, type PageKind, type Practice, type Practices } from '../report';
import type { LabelScores, Lang, SegmentLabel } from '../vocabulary';
import { type ConceptProfile, conceptProfile } from './concept-profile';
import { fold } from './fold';
import { foldedSearch } from './folded-search';
import { namedSections } from './policy-section';
import { namesPolicy, namesPrivacyPage, otherTitleKind, speaksOfPrivacy } from './title-names';
import terms from './verdict-terms.json';
import model from './verdict-weights.json';

export interface VerdictInput {
  title: string;
  segments: readonly Segment[];
  scores: readonly LabelScores[];
  /** What extraction read: its lexicons cover all eleven languages, so it backs the classifier up. */
  practices: Practices;
  /** The classifier's concept lexicon and the page's language: the verdict weighs what the body talks about. */
  lexicon: Lexicon;
  lang: Lang;
  /** The concepts the classifier counted in the segments as it read them, if it did (the same counts, unscanned). */
  concepts?: ConceptCounts;
}

/** The evidence the verdict weighs, each in [0, 1]. */
export interface VerdictFeatures {
  /** The title or first heading names a policy document ("Privacy Policy", "Datenschutzerklärung"). */
  titlePolicy: number;
  /** The title or first heading only speaks of privacy ("Privacy", "Personvern", "E-Privacy 2009"). */
  titlePrivacy: number;
  /**
   * A short part of the title or of a document heading is the privacy word itself, not a law's name:
   * a site's privacy page ("Personvern - Synkope", "Your Privacy", "Datenschutz"), not "GDPR is alive!".
   */
  titlePrivacyPage: number;
  /** The title names another kind of page: terms, cookies only, imprint, security, news. */
  titleOther: number;
  /** Share of body passages that describe a data practice. */
  practiceShare: number;
  /** The same, weighted by words: long practice passages count more than short menu items. */
  practiceWordShare: number;
  /** How many practice passages there are, saturating (a policy within a larger page still has many). */
  practiceCount: number;
  /**
   * Word-weighted mean of each body passage's highest practice probability: the classifier's belief
   * without a threshold, which holds up where it is unsure (long passages, languages it was not trained on).
   */
  practiceMass: number;
  /** Share of the report's practice fields (data types, recipients, retention, rights...) extraction found. */
  reportCoverage: number;
  /** Share of the main practice kinds (collection, sharing, ...) that the page speaks of. */
  coverage: number;
  cookieShare: number;
  /** Share of body passages in the language of terms of service (liability, governing law, withdrawal). */
  termsShare: number;
  shortPage: number;
}

export interface VerdictWeights {
  bias: number;
  weights: Record<keyof VerdictFeatures, number>;
  /** Per concept of the profile; concepts without a weight count for nothing. */
  conceptWeights: Readonly<Record<string, number>>;
}

interface PracticeStats {
  body: number;
  practice: number;
  cookie: number;
  /** Practice passages that do not mention cookies. */
  otherPractice: number;
  /** Practice fields extraction found in passages that do not mention cookies ("changes" aside). */
  otherFields: number;
  terms: number;
  labels: number;
  words: number;
  bodyWords: number;
  practiceWords: number;
  practiceMass: number;
}

interface PageDescription {
  features: VerdictFeatures;
  /** The title or heading that named the page as a privacy page, if one did (the reason quotes it). */
  namedBy: string | undefined;
  concepts: ConceptProfile;
  otherKind: PageKind | undefined;
  stats: PracticeStats;
}

export const FEATURE_NAMES = Object.keys(model.weights) as (keyof VerdictFeatures)[];
/** The terms-of-service vocabulary as one search (folded, literal; any of them anywhere in the text). */
const TERMS_WORDS = foldedSearch(terms.termsWords);
const PRACTICE_LABELS = model.practiceLabels as SegmentLabel[];
const NO_PRACTICE_CAP = 0.05;
const COOKIE_WORDS = /cookie|informasjonskapsl|kakor/i;

/**
 * Is this page a privacy policy? A logistic verdict over the title, what the classifier read, what
 * extraction found and what the body talks about. A legal page that is not a policy as a whole may hold
 * one as a section under its own heading ("Privacy policy" between "Terms of sale" and "Imprint"): that
 * section is judged on its own.
 */
export function judgePage(input: VerdictInput, weights: VerdictWeights = model): Detection {
  const whole = judgeWhole(input, weights);
  if (whole.isPolicy) return whole;
  const sections = namedSections(input.segments, namesPolicy, isBodyPassage, model.minSectionPassages);
  for (const { heading, start, end } of sections) {
    const segments = input.segments.slice(start, end);
    const part = judgeWhole(
      { ...input, title: heading, segments, scores: input.scores.slice(start, end) },
      weights,
      true,
    );
    // A heading is weaker evidence than a page's title ("Privacy policy: what the GDPR asks of you" in a
    // blog post): the section must be a policy beyond doubt.
    if (part.isPolicy && part.score >= model.sectionThreshold) {
      return part;
    }
  }
  return whole;
}

/**
 * The verdict on a page, or on one section of it (`section`: the title is the section's heading).
 * `weights` are the committed ones, or those of a cross-validation fold (tools/train-detect.ts).
 */
function judgeWhole(input: VerdictInput, weights: VerdictWeights, section = false): Detection {
  const { features, namedBy, concepts, otherKind, stats } = describePage(input);
  // A page that describes no data practice is not a privacy policy, whatever its title says: neither
  // the classifier nor extraction finds one (a long passage the classifier is unsure of still fills fields),
  // and it hardly speaks of personal data ("we collect no personal data" is a policy's sentence).
  const p = logistic(features, concepts, weights);
  const describesNothing =
    stats.practice === 0 &&
    features.reportCoverage < model.minReportCoverage &&
    dataTalk(concepts) < model.minDataTalk;
  const score = describesNothing ? Math.min(p, NO_PRACTICE_CAP) : p;
  const kind = pageKind(score, features, otherKind, describesMoreThanCookies(stats));
  return {
    isPolicy: kind === 'privacy-policy',
    score: round(score),
    kind,
    reason: explain(input.title, namedBy, stats, section),
  };
}

/** The verdict's evidence; tools/train-detect.ts fits the weights on these features. */
export function describePage(input: VerdictInput): PageDescription {
  const headline = headlineOf(input);
  const titles = [input.title, ...documentHeadings(input.segments)];
  const titlePolicy = titles.some(namesPolicy);
  const titleKind = otherTitleKind(headline);
  // "Privacy and cookie policy" is a privacy policy; "Terms and privacy" stays ambiguous.
  const otherKind = titlePolicy && titleKind === 'cookie-policy' ? undefined : titleKind;
  const stats = practiceStats(input.segments, input.scores, input.practices);
  const features: VerdictFeatures = {
    titlePolicy: titlePolicy ? 1 : 0,
    titlePrivacy: !titlePolicy && speaksOfPrivacy(headline) ? 1 : 0,
    titlePrivacyPage: !titlePolicy && titles.some(namesPrivacyPage) ? 1 : 0,
    titleOther: otherKind ? 1 : 0,
    practiceShare: stats.body > 0 ? stats.practice / stats.body : 0,
    practiceWordShare: stats.bodyWords > 0 ? stats.practiceWords / stats.bodyWords : 0,
    practiceCount: Math.min(1, stats.practice / model.practiceCountSaturation),
    practiceMass: stats.bodyWords > 0 ? stats.practiceMass / stats.bodyWords : 0,
    reportCoverage:
      fieldsFound(input.practices, new Set(input.segments.map((seg) => seg.id))) /
      flaggedPractices(input.practices).length,
    coverage: stats.labels / PRACTICE_LABELS.length,
    cookieShare: stats.body > 0 ? stats.cookie / stats.body : 0,
    termsShare: stats.body > 0 ? stats.terms / stats.body : 0,
    shortPage: stats.words < model.shortPageWords ? 1 : 0,
  };
  const concepts = conceptProfile(input.segments, isBodyPassage, input.lexicon, input.lang, input.concepts);
  return { features, namedBy: namedByOf(input, titles, features), concepts, otherKind, stats };
}

function logistic(features: VerdictFeatures, concepts: ConceptProfile, weights: VerdictWeights): number {
  let z = weights.bias;
  for (const name of FEATURE_NAMES) z += weights.weights[name] * features[name];
  for (const [concept, w] of Object.entries(weights.conceptWeights)) z += w * (concepts[concept] ?? 0);
  return 1 / (1 + Math.exp(-z));
}

/** Body passages: what the verdict weighs (not headings, not menu items of a few words). */
function isBodyPassage(segment: Segment): boolean {
  return segment.kind !== 'heading' && wordCount(segment.text, model.minWords) >= model.minWords;
}

function firstHeading(input: VerdictInput): string {
  return input.segments.find((s) => s.kind === 'heading')?.text ?? '';
}

/**
 * The headings that name the document: the first one, those above its first body passage ("Casulo",
 * then "Política de privacidade"), and its first top-level heading when it leads the body (it follows
 * the site's menu headings and a teaser or two on many pages).
 */
function documentHeadings(segments: readonly Segment[]): string[] {
  const firstBody = segments.findIndex(isBodyPassage);
  const top = firstBody < 0 ? segments : segments.slice(0, firstBody);
  const headings = top.filter((s) => s.kind === 'heading').map((s) => s.text);
  const first = segments.find((s) => s.kind === 'heading');
  return [first, leadingTopHeading(segments)].flatMap((h) => (h ? [h.text] : [])).concat(headings);
}

/**
 * The first level-1 heading, when no more than a share of the body comes before it
 * (`maxBodyBeforeTopHeading`): further down, an h1 heads a section of the page ("Terms of Service" ...
 * "# Privacy Policy" over a last paragraph), not the document; the section rule judges such sections.
 */
function leadingTopHeading(segments: readonly Segment[]): Segment | undefined {
  let before = 0;
  let body = 0;
  let found: Segment | undefined;
  for (const segment of segments) {
    if (isBodyPassage(segment)) {
      body++;
      if (!found) before++;
    } else if (!found && segment.kind === 'heading' && segment.level === 1) found = segment;
  }
  return found && before <= model.maxBodyBeforeTopHeading * body ? found : undefined;
}

/** Which title or heading named the page, for the reason: the one the title features matched. */
function namedByOf(input: VerdictInput, titles: readonly string[], f: VerdictFeatures): string | undefined {
  if (f.titlePolicy) return titles.find(namesPolicy);
  if (f.titlePrivacyPage) return titles.find(namesPrivacyPage);
  if (f.titlePrivacy) {
    return speaksOfPrivacy(fold(input.title)) ? input.title : firstHeading(input);
  }
  return undefined;
}

/**
 * How much the body speaks of personal data and of collecting it (the concept profile's values added
 * up): a short policy that says it collects nothing ("we collect no personal data") still does.
 */
function dataTalk(concepts: ConceptProfile): number {
  return model.dataTalkConcepts.reduce((sum, concept) => sum + (concepts[concept] ?? 0), 0);
}

/**
 * A page mostly about cookies is still a privacy policy when its other passages describe other practices:
 * at least one is a practice passage, and they fill report fields besides cookies ("Contact form: your
 * name and e-mail...", "Your rights").
 */
function describesMoreThanCookies(stats: PracticeStats): boolean {
  return stats.otherPractice > 0 && stats.otherFields >= model.cookiePageOtherFields;
}

function headlineOf(input: VerdictInput): string {
  return fold(`${input.title} | ${firstHeading(input)}`);
}

function practiceStats(
  segments: readonly Segment[],
  scores: readonly LabelScores[],
  practices: Practices,
): PracticeStats {
  const seen = new Set<SegmentLabel>();
  /** Segments (any kind) that do not mention cookies: where otherFields looks for evidence. */
  const cookieFree = new Set<number>();
  const stats: PracticeStats = {
    body: 0,
    practice: 0,
    cookie: 0,
    otherPractice: 0,
    otherFields: 0,
    terms: 0,
    labels: 0,
    words: 0,
    bodyWords: 0,
    practiceWords: 0,
    practiceMass: 0,
  };
  segments.forEach((segment, i) => {
    const words = wordCount(segment.text);
    stats.words += words;
    const aboutCookies = COOKIE_WORDS.test(segment.text);
    if (!aboutCookies) cookieFree.add(segment.id);
    const score = scores[i];
    // isBodyPassage, from the words counted already.
    if (segment.kind === 'heading' || words < model.minWords || !score) return;
    stats.body++;
    stats.bodyWords += words;
    // The passage's highest practice probability, and the practice labels it passes (no arrays made).
    let highest = Number.NEGATIVE_INFINITY;
    let practice = false;
    for (const label of PRACTICE_LABELS) {
      const p = score[label];
      highest = Math.max(highest, p);
      if (p >= model.segmentThreshold) {
        practice = true;
        seen.add(label);
      }
    }
    stats.practiceMass += words * highest;
    if (practice) {
      stats.practice++;
      stats.practiceWords += words;
      if (!aboutCookies) stats.otherPractice++;
    }
    if (aboutCookies) stats.cookie++;
    if (TERMS_WORDS.test(segment.text)) stats.terms++;
  });
  stats.labels = seen.size;
  // Every page may announce changes; the other fields are what a privacy policy describes beside cookies.
  stats.otherFields = fieldsFound(practices, cookieFree, [practices.changes]);
  return stats;
}

/**
 * How many of the practice fields a policy is expected to fill (contact details are on every kind of
 * page) extraction filled with evidence from the given segments, leaving out the fields named in `except`.
 */
function fieldsFound(p: Practices, segments: ReadonlySet<number>, except: readonly Practice[] = []): number {
  return flaggedPractices(p).filter(
    (practice) =>
      !except.includes(practice) && practice.found && practice.evidence.some((e) => segments.has(e.segment)),
  ).length;
}

/** Words of a segment's text (whitespace is collapsed: one space between words), counted up to `upTo`. */
function wordCount(text: string, upTo = Number.POSITIVE_INFINITY): number {
  if (text === '') return 1;
  let words = 1;
  for (let i = text.indexOf(' '); i >= 0 && words < upTo; i = text.indexOf(' ', i + 1)) words++;
  return words;
}

function pageKind(
  score: number,
  f: VerdictFeatures,
  otherKind: PageKind | undefined,
  moreThanCookies: boolean,
): PageKind {
  if (otherKind === 'cookie-policy' && f.titlePolicy === 0) return 'cookie-policy';
  // Mostly about cookies and little else, whatever the title says (its other passages describe nothing more).
  if (f.cookieShare >= model.cookiePageShare && f.coverage <= model.cookiePageCoverage && !moreThanCookies)
    return 'cookie-policy';
  if (score >= model.decisionThreshold) return 'privacy-policy';
  if (otherKind === 'terms-of-service') return 'terms-of-service';
  if (f.cookieShare > 0.4) return 'cookie-policy';
  return 'other';
}

function explain(title: string, namedBy: string | undefined, stats: PracticeStats, section: boolean): string {
  const parts: string[] = [];
  if (section) parts.push(`the section "${title.slice(0, 60)}" is a privacy policy`);
  else if (namedBy && namedBy === title) parts.push(`the title says "${title.slice(0, 60)}"`);
  else if (namedBy) parts.push(`a heading says "${namedBy.slice(0, 60)}"`);
  parts.push(`${stats.practice} of ${stats.body} passages describe data practices`);
  return parts.join('; ');
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
