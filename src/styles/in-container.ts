import { css, type CSSResult } from 'lit';

/**
 * Rules that size something by its container (`cqi`), for an element that has a size container around it.
 *
 * Without a container, `cqi` is the small viewport width (`svw`, the elements are always horizontal inside): write the
 * rule with `svw`, then again with `cqi` inside this. Chromium styles an element that uses container units several
 * times slower, and most cards sit in no container at all (1000 step cards: style recalc 143 → 67 ms, bench/RESULTS.md).
 */
export function inContainer(rules: CSSResult): CSSResult {
  return css`
    @container (inline-size >= 0) {
      ${rules}
    }
  `;
}
