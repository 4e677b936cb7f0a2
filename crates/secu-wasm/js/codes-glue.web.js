
// ---------------------------------------------------------------------------
// Appended by `cargo xtask wasm` (crates/secu-wasm/js/codes-glue.web.js):
// once `initCodes()` has loaded the codes module `secu_codes` (issue 15),
// compiled for speed, `assess` with `detail: 'codes'` goes to it; it answers
// the successful assessments of complete households and gives `undefined`
// for everything else (errors, `partial`, languages), which this module
// answers. Until then (a page that never asks for codes never loads it),
// this module answers every call. Same results either way
// (crates/secu-wasm/js/equivalence.cjs).
let codesModule;
/**
 * Loads the codes module (`secu_codes.js` and its `.wasm` beside this
 * file, or the `.wasm` given as for `init`); from then on `assess` with
 * `detail: 'codes'` uses it.
 */
export async function initCodes(module_or_path) {
    const m = await import('./secu_codes.js');
    await m.default(module_or_path === undefined ? undefined : { module_or_path });
    codesModule = m;
}
const codesUtf8 = new TextDecoder('utf-8', { ignoreBOM: true, fatal: true });
const codesEncoder = new TextEncoder();
/** The household as the UTF-8 bytes of its JSON text (`undefined` when it
 * has none: the main module then reports the problem). */
function codesInput(household) {
    try {
        const text = typeof household === 'string' ? household : JSON.stringify(household);
        return typeof text === 'string' ? codesEncoder.encode(text) : undefined;
    } catch {
        return undefined;
    }
}
/** The answer of `secu_codes`: JSON text, Latin-1 (flag 2) or UTF-8, plus a
 * flags byte (src/codes.rs). */
function codesResult(bytes) {
    const n = bytes.length - 1;
    let text;
    if (bytes[n] & 2) {
        // Latin-1: one character per byte (not TextDecoder's 'latin1',
        // which is windows-1252).
        text = '';
        for (let i = 0; i < n; i += 8192) {
            text += String.fromCharCode.apply(null, bytes.subarray(i, Math.min(i + 8192, n)));
        }
    } else {
        text = codesUtf8.decode(bytes.subarray(0, n));
    }
    return bytes[n] & 1 ? text : JSON.parse(text);
}
export function assess(household, options) {
    if (codesModule !== undefined && options != null && options.detail === 'codes') {
        const input = codesInput(household);
        const bytes = input === undefined ? undefined : codesModule.assessCodes(input, options);
        if (bytes !== undefined) return codesResult(bytes);
    }
    return assessMain(household, options);
}
