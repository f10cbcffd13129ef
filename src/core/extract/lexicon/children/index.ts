/**
 * The children lexicon (read through children-tables.ts and retention-tables.ts), kept in small files by what
 * their words tell, assembled into one object in the order its lists had in the single file it was: the child
 * words and a service's aim at children (mentions.json), the age templates with their `{n}`
 * (age-templates.json), the other words ages are said with: the leads of required ages, the age of majority,
 * ordinals and ranges (age-words.json), what makes an age the policy's minimum age: topics, audience, joining,
 * collecting from people (audience.json), what makes it no user's age: things, purchases, other acts, role
 * holders, admissions (not-minimums.json), and the GDPR's erasure ground for a child's data
 * (erasure-grounds.json). A list added to a part is listed here too.
 */
import ageTemplates from './age-templates.json';
import ageWords from './age-words.json';
import audience from './audience.json';
import erasureGrounds from './erasure-grounds.json';
import mentions from './mentions.json';
import notMinimums from './not-minimums.json';

/** The parts, by file name. */
export const CHILDREN_PARTS = {
  'mentions.json': mentions,
  'age-templates.json': ageTemplates,
  'age-words.json': ageWords,
  'audience.json': audience,
  'not-minimums.json': notMinimums,
  'erasure-grounds.json': erasureGrounds,
} as const;

export const children = {
  terms: mentions.terms,
  ages: ageTemplates.ages,
  agesWithChildren: ageTemplates.agesWithChildren,
  ordinals: ageWords.ordinals,
  ageTopics: audience.ageTopics,
  audience: audience.audience,
  agesOfUsers: ageTemplates.agesOfUsers,
  agedThings: notMinimums.agedThings,
  agedPurchases: notMinimums.agedPurchases,
  agedActs: notMinimums.agedActs,
  roleHolders: notMinimums.roleHolders,
  joining: audience.joining,
  belowBeforeRange: ageWords.belowBeforeRange,
  rangesOfAges: ageWords.rangesOfAges,
  erasureGrounds: erasureGrounds.erasureGrounds,
  erasureGroundCollected: erasureGrounds.erasureGroundCollected,
  agesRequired: ageTemplates.agesRequired,
  ofMajority: ageWords.ofMajority,
  majorityRequired: ageWords.majorityRequired,
  restrictedTo: audience.restrictedTo,
  directedAt: mentions.directedAt,
  admissions: notMinimums.admissions,
  requiredLeads: ageWords.requiredLeads,
  agesFrom: ageTemplates.agesFrom,
  fromAgeJoins: audience.fromAgeJoins,
  collectedUnder: audience.collectedUnder,
};
