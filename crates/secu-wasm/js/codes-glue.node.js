
// ---------------------------------------------------------------------------
// Appended by `cargo xtask wasm` (crates/secu-wasm/js/codes-glue.node.js):
// `assess` with `detail: 'codes'` goes to the codes module `secu_codes`
// (issue 15), compiled for speed, loaded on the first such call; it answers
// the successful assessments of complete households and gives `undefined`
// for everything else (errors, `partial`, languages), which this module
// answers. Same results either way (crates/secu-wasm/js/equivalence.cjs).
let codesModule;
function loadCodes() {
    if (codesModule === undefined) {
        try {
            codesModule = require('./secu_codes.js');
        } catch {
            codesModule = null;
        }
    }
    return codesModule;
}
const codesUtf8 = new TextDecoder('utf-8', { ignoreBOM: true, fatal: true });
/** The household as the UTF-8 bytes of its JSON text (`undefined` when it
 * has none: the main module then reports the problem). */
function codesInput(household) {
    try {
        const text = typeof household === 'string' ? household : JSON.stringify(household);
        return typeof text === 'string' ? Buffer.from(text, 'utf8') : undefined;
    } catch {
        return undefined;
    }
}
/** The answer of `secu_codes`: JSON text, Latin-1 (flag 2) or UTF-8, plus a
 * flags byte (src/codes.rs); Node's `latin1` is byte for byte. */
function codesResult(bytes) {
    const n = bytes.length - 1;
    const flags = bytes[n];
    const text = flags & 2
        ? Buffer.from(bytes.buffer, bytes.byteOffset, n).toString('latin1')
        : codesUtf8.decode(bytes.subarray(0, n));
    return flags & 1 ? text : JSON.parse(text);
}
function assessRouted(household, options) {
    if (options != null && options.detail === 'codes') {
        const codes = loadCodes();
        const input = codes && codesInput(household);
        if (input !== undefined) {
            const bytes = codes.assessCodes(input, options);
            if (bytes !== undefined) return codesResult(bytes);
        }
    }
    return assess(household, options);
}
exports.assess = assessRouted;
/**
 * Loads the codes module now rather than on the first `detail: 'codes'`
 * call (under Node it loads by itself; in a page, call it once to get the
 * fast path). Resolves when it is ready; its argument is ignored here.
 */
exports.initCodes = async function initCodes(_moduleOrPath) {
    loadCodes();
};
