import { t } from '../browser';
import type { Tri } from './claims';

const NAME = { yes: 'stateYes', no: 'stateNo', unknown: 'stateUnknown' } as const;
const GLYPH: Record<Tri, string> = { yes: '✓', no: '✕', unknown: '?' };

/** A mark that differs in glyph, shape, colour and accessible name for each of the three states. */
export function StateMark({ state }: { state: Tri }) {
  return (
    <span class={`mark mark--${state}`} data-state={state} role="img" aria-label={t(NAME[state])}>
      {GLYPH[state]}
    </span>
  );
}
