import limits from './limits.json';

/**
 * The key a policy is remembered under: its address without scheme, "www.", query or fragment
 * ("example.com/legal/privacy"). A site often has several policies (per product, per language), and
 * comparing the English policy with the German one would report changes that are none; so the key is
 * the policy's own address on its site. Null for addresses that are not web pages.
 */
export function siteKey(url: string | null): string | null {
  if (!url) return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  const host = parsed.hostname.toLowerCase().replace(/^www\./, '');
  const path = parsed.pathname.replace(/\/+$/, '').replace(/\/index\.html?$/i, '');
  const port = parsed.port ? `:${parsed.port}` : '';
  const key = `${host}${port}${path}`;
  return key.length <= limits.maxSiteChars ? key : key.slice(0, limits.maxSiteChars);
}
