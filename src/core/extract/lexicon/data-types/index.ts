/**
 * The data-type lexicon, kept in small files: the types' terms in parts by kind of data (types-*.json, each
 * type with all its languages), the masks, the mail channels, the terms of writing to us by e-mail, the
 * sending-mail terms, the contact forms (a channel of writing, not a message: said-mentions.ts), the words joining two statements (which part a notice of changes from a sending it
 * does not govern) and phrases that state a collection of their type by themselves (self-stated.json) in files of their own, assembled into one object. The parts are spread in the types'
 * order (DATA_TYPE_PARTS).
 */
import channels from './channels.json';
import contactForms from './contact-forms.json';
import joins from './joins.json';
import masks from './masks.json';
import selfStated from './self-stated.json';
import sending from './sending.json';
import content from './types-content.json';
import identity from './types-identity.json';
import online from './types-online.json';
import payment from './types-payment.json';
import profiles from './types-profiles.json';
import traits from './types-traits.json';
import writing from './writing.json';

/** The parts of `types`, by file name, in the types' order. */
export const DATA_TYPE_PARTS = {
  'types-identity.json': identity,
  'types-online.json': online,
  'types-payment.json': payment,
  'types-traits.json': traits,
  'types-content.json': content,
  'types-profiles.json': profiles,
} as const;

export const dataTypes = {
  types: { ...identity, ...online, ...payment, ...traits, ...content, ...profiles },
  masks,
  channels,
  contactForms,
  writing,
  sending,
  joins,
  selfStated,
};
