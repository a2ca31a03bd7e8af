// Decoding (base64, URL, quoted-printable) and normalising (escapes, invisible characters) each
// scan again what they produced, and either may find the other's work inside: one budget for
// both keeps the rescans bounded (separate budgets let their levels multiply).
const MAX_DEPTH = 3;
let depth = 0;

/** How many levels deep the current scan is: 0 for the payload itself. */
export const nestingDepth = (): number => depth;

/** Runs `scan` one level deeper, or returns `none` when the shared depth budget is spent. */
export const nested = <T>(none: T, scan: () => T): T => {
  if (depth >= MAX_DEPTH) return none;
  depth += 1;
  try {
    return scan();
  } finally {
    depth -= 1;
  }
};
