import { t } from '../browser';
import type { Claim as ClaimData, ClaimList } from './claims';
import { type OnQuote, Quotes } from './Quotes';
import { StateMark } from './StateMark';

function Chips({ list, claimTitle }: { list: ClaimList; claimTitle: string }) {
  const label = list.label ? t(list.label) : null;
  return (
    <div class="chips">
      {label && <p class="chips-label">{label}</p>}
      <ul aria-label={label ?? claimTitle}>
        {list.items.map((item) => (
          <li key={item} class="chip">
            {item}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** Where to write or click to act on a claim: mailto links and the policy's own links. */
function Ways({ claim }: { claim: ClaimData }) {
  if (claim.emails.length === 0 && claim.links.length === 0) return null;
  const caption = claim.id === 'rights' ? t('rightsHowTo') : t('contactWrite');
  return (
    <div class="ways">
      <p class="chips-label">{caption}</p>
      <ul>
        {claim.emails.map((email) => (
          <li key={email}>
            <a href={`mailto:${email}`}>{email}</a>
          </li>
        ))}
        {claim.links.map((link) => (
          <li key={link}>
            <a href={link} target="_blank" rel="noreferrer noopener">
              {link.replace(/^https?:\/\//, '')}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** One point of the summary: its name and state, what the policy says, and the sentences it was read from. */
export function Claim({ claim, onQuote }: { claim: ClaimData; onQuote: OnQuote }) {
  const headingId = `claim-${claim.id}`;
  const title = t(claim.title);
  return (
    <section
      class={`claim claim--${claim.state} claim-${claim.id}`}
      data-section={claim.id}
      data-state={claim.state}
      aria-labelledby={headingId}
    >
      <h2 id={headingId}>
        <StateMark state={claim.state} />
        <span>{title}</span>
      </h2>
      {claim.text && <p class="finding">{claim.text}</p>}
      {claim.lists.map((list) => (
        <Chips key={list.label ?? 'main'} list={list} claimTitle={title} />
      ))}
      <Ways claim={claim} />
      <Quotes id={claim.id} evidence={claim.evidence} onQuote={onQuote} />
    </section>
  );
}
