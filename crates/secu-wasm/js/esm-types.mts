// Compiled by `tsc --strict` with Node's own module resolution (`node16`)
// against the built package (`cargo xtask wasm --test`): the types an ES
// module in Node gets through the package's `exports` (node + import), with
// the same universal `init` as in a page.
import init, { assess, checkNir, isSecuError } from 'secu-wasm';
import initCase, { newCase } from 'secu-wasm/case';
import type { Assessment, Household, SecuErrorCode } from 'secu-wasm';

export async function run(household: Household): Promise<SecuErrorCode[]> {
  await init();
  await initCase();
  const a: Assessment = assess(household);
  const valid: boolean = checkNir('2 90 04 99 216 001 77').valid;
  void [a, valid, newCase];
  try {
    assess(household, { lang: 'fr' });
  } catch (e) {
    if (isSecuError(e)) return e.errors.map((p) => p.code);
    // @ts-expect-error: not narrowed outside the guard.
    return e.errors;
  }
  return [];
}
