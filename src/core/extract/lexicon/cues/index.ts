/**
 * The cue lists (the words that tell a sentence states a practice), kept in small files by the practice
 * that reads them (denials.json: the words of a collection denied after the data it names, read by
 * denied-after.ts), assembled into one object. A list added to a part is listed here too. What tells a
 * collection is kept by theme: the collection verbs (collection.json), data passed on or received from others
 * (passing-on.json), definitions that name no practice (definitions.json), anonymous aggregates
 * (aggregates.json), the operator asking for an ID (id-requests.json) and who handles a payment
 * (payment-agents.json).
 */
import accountActions from './account-actions.json';
import aggregates from './aggregates.json';
import changeNotice from './change-notice.json';
import collection from './collection.json';
import contact from './contact.json';
import copyOnRequest from './copy-on-request.json';
import definitions from './definitions.json';
import denials from './denials.json';
import howTo from './how-to.json';
import idRequests from './id-requests.json';
import passingOn from './passing-on.json';
import paymentAgents from './payment-agents.json';
import rights from './rights.json';
import sharing from './sharing.json';
import tools from './tools.json';

/** The parts, by file name. */
export const CUE_PARTS = {
  'collection.json': collection,
  'passing-on.json': passingOn,
  'definitions.json': definitions,
  'aggregates.json': aggregates,
  'id-requests.json': idRequests,
  'payment-agents.json': paymentAgents,
  'sharing.json': sharing,
  'tools.json': tools,
  'rights.json': rights,
  'account-actions.json': accountActions,
  'contact.json': contact,
  'denials.json': denials,
  'how-to.json': howTo,
  'copy-on-request.json': copyOnRequest,
  'change-notice.json': changeNotice,
} as const;

export const cues = {
  collect: collection.collect,
  exampleChannel: collection.exampleChannel,
  share: sharing.share,
  shareReport: sharing.shareReport,
  source: passingOn.source,
  anonymousAggregates: aggregates.anonymousAggregates,
  shareBlock: sharing.shareBlock,
  shareBlockMasks: sharing.shareBlockMasks,
  useTool: tools.useTool,
  rightGrant: rights.rightGrant,
  accountGrant: accountActions.accountGrant,
  howToGrant: howTo.howToGrant,
  copyOnRequest: copyOnRequest.copyOnRequest,
  changeNotice: changeNotice.changeNotice,
  rightRequest: rights.rightRequest,
  requestCommerce: rights.requestCommerce,
  requestPersonal: rights.requestPersonal,
  rightBlock: rights.rightBlock,
  rightDenied: rights.rightDenied,
  rightWord: rights.rightWord,
  rightGrantNoun: rights.rightGrantNoun,
  grantedObjects: rights.grantedObjects,
  featureObjects: rights.featureObjects,
  contact: contact.contact,
  toUs: contact.toUs,
  embed: tools.embed,
  possessive: tools.possessive,
  definition: definitions.definition,
  cookieDefinition: definitions.cookieDefinition,
  operator: idRequests.operator,
  idRequest: idRequests.idRequest,
  paymentAgent: paymentAgents.paymentAgent,
  passOn: passingOn.passOn,
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
