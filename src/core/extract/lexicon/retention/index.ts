/**
 * The retention lexicon (read by retention.ts), kept in small files by what their words tell, assembled into
 * one object in the order its lists had in the single file it was: the keeping verbs (keeping.json), the
 * criteria of how long (criteria.json), data kept forever (indefinite.json), durations that are no keeping
 * of data (not-keeping.json: the person's own deletion, a response time, a cookie's lifetime), a contract's
 * own periods and reviews (contract-periods.json), and the rules for deleting data: what is deleted
 * (deletion.json), when (deletion-when.json), on what proviso (deletion-provisos.json), on a date of the
 * calendar (deletion-dates.json) and how a deletion recurs or what it sweeps (deletion-routines.json); data
 * or content that remains somewhere (remaining.json: the verb, the place, what remains and who may not).
 * A list added to a part is listed here too.
 */
import contractPeriods from './contract-periods.json';
import criteria from './criteria.json';
import deletion from './deletion.json';
import deletionDates from './deletion-dates.json';
import deletionProvisos from './deletion-provisos.json';
import deletionRoutines from './deletion-routines.json';
import deletionWhen from './deletion-when.json';
import indefinite from './indefinite.json';
import keeping from './keeping.json';
import notKeeping from './not-keeping.json';
import remaining from './remaining.json';

/** The parts, by file name. */
export const RETENTION_PARTS = {
  'keeping.json': keeping,
  'criteria.json': criteria,
  'indefinite.json': indefinite,
  'not-keeping.json': notKeeping,
  'remaining.json': remaining,
  'contract-periods.json': contractPeriods,
  'deletion.json': deletion,
  'deletion-when.json': deletionWhen,
  'deletion-provisos.json': deletionProvisos,
  'deletion-dates.json': deletionDates,
  'deletion-routines.json': deletionRoutines,
} as const;

export const retention = {
  cue: keeping.cue,
  cueMask: keeping.cueMask,
  criteria: criteria.criteria,
  noLongerNeeded: criteria.noLongerNeeded,
  forTheTerm: criteria.forTheTerm,
  indefinite: indefinite.indefinite,
  indefiniteMask: indefinite.indefiniteMask,
  keptAfterDeletion: indefinite.keptAfterDeletion,
  notDeletedWithAccount: indefinite.notDeletedWithAccount,
  userAction: notKeeping.userAction,
  response: notKeeping.response,
  within: notKeeping.within,
  cookieWords: notKeeping.cookieWords,
  deletion: deletion.deletion,
  overwritten: deletion.overwritten,
  deletionState: deletion.deletionState,
  deletionWhen: deletionWhen.deletionWhen,
  deletionProviso: deletionProvisos.deletionProviso,
  deletionProvisoOnRequest: deletionProvisos.deletionProvisoOnRequest,
  deletionDate: deletionDates.deletionDate,
  deletionDateStart: deletionDates.deletionDateStart,
  deletionWhenMask: deletionWhen.deletionWhenMask,
  anonymisedInstead: deletion.anonymisedInstead,
  deletionRoutine: deletionRoutines.deletionRoutine,
  deletionCondition: deletionRoutines.deletionCondition,
  relativePronoun: deletionRoutines.relativePronoun,
  contractPeriods: contractPeriods.contractPeriods,
  review: contractPeriods.review,
  remainVerb: remaining.remainVerb,
  remainPlace: remaining.remainPlace,
  remainWhat: remaining.remainWhat,
  remainWho: remaining.remainWho,
};
