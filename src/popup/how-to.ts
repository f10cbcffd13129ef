/**
 * How to use your rights: the e-mail addresses and web links the policy gives in the sentences about
 * rights (falling back to its privacy contact). Only http(s) links and plain addresses are taken.
 */
export interface HowTo {
  emails: string[];
  links: string[];
}

const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g;
const LINK = /\bhttps?:\/\/[^\s<>"')\]]+/gi;
const MAX = 3;

function unique(items: string[]): string[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const key = item.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** A link as found in text, without the sentence's final punctuation; null when it is not a valid URL. */
function cleanLink(raw: string): string | null {
  const trimmed = raw.replace(/[.,;:!?]+$/, '');
  try {
    const url = new URL(trimmed);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

export function howToUseRights(rightsText: readonly string[], contactEmails: readonly string[]): HowTo {
  const text = rightsText.join('\n');
  const emails = unique((text.match(EMAIL) ?? []).map((e) => e.replace(/\.$/, '')));
  const links = unique((text.match(LINK) ?? []).map(cleanLink).filter((l): l is string => l !== null));
  return {
    emails: (emails.length > 0 || links.length > 0 ? emails : unique([...contactEmails])).slice(0, MAX),
    links: links.slice(0, MAX),
  };
}
