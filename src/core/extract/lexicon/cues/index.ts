/**
 * The cue lists (the words that tell a sentence states a practice), kept in small files by the practice
 * that reads them (denials.json: the words of a collection denied after the data it names, read by
 * denied-after.ts), assembled into one object. A list added to a part is listed here too.
 */
import collection from './collection.json';
import contact from './contact.json';
import denials from './denials.json';
import rights from './rights.json';
import sharing from './sharing.json';
import tools from './tools.json';

/** The parts, by file name. */
export const CUE_PARTS = {
  'collection.json': collection,
  'sharing.json': sharing,
  'tools.json': tools,
  'rights.json': rights,
  'contact.json': contact,
  'denials.json': denials,
} as const;

export const cues = {
  collect: collection.collect,
  share: sharing.share,
  shareReport: sharing.shareReport,
  source: collection.source,
  anonymousAggregates: collection.anonymousAggregates,
  shareBlock: sharing.shareBlock,
  shareBlockMasks: sharing.shareBlockMasks,
  useTool: tools.useTool,
  rightGrant: rights.rightGrant,
  rightBlock: rights.rightBlock,
  rightDenied: rights.rightDenied,
  rightWord: rights.rightWord,
  rightGrantNoun: rights.rightGrantNoun,
  grantedObjects: rights.grantedObjects,
  featureObjects: rights.featureObjects,
  contact: contact.contact,
  embed: tools.embed,
  possessive: tools.possessive,
  definition: collection.definition,
  cookieDefinition: collection.cookieDefinition,
  operator: collection.operator,
  idRequest: collection.idRequest,
  paymentAgent: collection.paymentAgent,
  passOn: collection.passOn,
  deniedVerb: denials.deniedVerb,
  denialAux: denials.denialAux,
  denialTail: denials.denialTail,
  denialProviso: denials.denialProviso,
  verbSecond: denials.verbSecond,
  closingNegation: denials.closingNegation,
  closingGap: denials.closingGap,
  closingCondition: denials.closingCondition,
  shareNoun: sharing.shareNoun,
  notice: contact.notice,
};
