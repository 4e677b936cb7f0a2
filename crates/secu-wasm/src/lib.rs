//! # secu-wasm
//!
//! The WebAssembly binding of the `secu` rules library, for web pages that
//! show an employee their checklist without sending identity data anywhere.
//!
//! Thin by design, like the CLI: it decodes JS objects, calls the core
//! exactly as `crates/secu-cli` does, and encodes the result. No rule,
//! threshold or label lives here. The module reads no clock and no random
//! source: evaluation dates, recording times and entropy come from the caller.
//!
//! Every export takes and returns plain JS objects with the shapes of
//! `../shared/contract.md` (the JSON the CLI prints: `null` for absent
//! values, plain objects for maps, dates as strings). Errors are thrown as a
//! JS `Error` whose `message` is the CLI's text (one `PATH: MESSAGE` line per
//! problem) and whose `errors` property is the contract's
//! `[{ path, code, message }]` array.
//!
//! Three cargo features split the exports between the package's three
//! modules (each built by `cargo xtask wasm` with one feature, each under
//! the size budget): `assess` (`assess`, `checkNir`, `schema`), `case`
//! (`newCase`, `recordEvent`, `caseStatus`, `allowedEvents`) and `codes`
//! ([`codes::assess_codes`], to which the package's `assess` hands the
//! calls with `detail: 'codes'`: issue 15); `version` is in all three. The
//! default, all three, is what the tests and clippy build.
//!
//! The TypeScript types of every input and output are generated from the
//! core's JSON Schemas (`cargo xtask wasm-types`) into `types/secu.d.ts`
//! and injected into wasm-bindgen's `.d.ts` together with `types/api.d.ts`.
// wasm-bindgen 0.2.130's generated glue compiles under `forbid(unsafe_code)`
// (the lint skips code expanded from its macros): no `unsafe` here at all.
#![forbid(unsafe_code)]

use chrono::NaiveDate;
#[cfg(any(feature = "assess", feature = "codes"))]
use secu::Options;
use secu::model::civil_date;
use secu::{InputErrors, Lang, Policy};
#[cfg(feature = "case")]
use secu_case::case::{Case, CaseError, decode_hex, salts_from_entropy};
use serde::Serialize;
use serde_json::{Map, Value};
use wasm_bindgen::prelude::*;

#[wasm_bindgen(typescript_custom_section)]
const TS_CONTRACT_TYPES: &str = include_str!("../types/secu.d.ts");

#[wasm_bindgen(typescript_custom_section)]
const TS_API_TYPES: &str = include_str!("../types/api.d.ts");

#[wasm_bindgen]
extern "C" {
    /// A household (contract §1), or a partial one (contract §5).
    #[wasm_bindgen(typescript_type = "Household | PartialHousehold")]
    #[derive(Debug, Clone)]
    pub type JsHousehold;
    /// Options of `assess`.
    #[wasm_bindgen(typescript_type = "AssessOptions")]
    #[derive(Debug, Clone)]
    pub type JsAssessOptions;
    /// An assessment (contract §2).
    #[wasm_bindgen(typescript_type = "Assessment")]
    #[derive(Debug, Clone)]
    pub type JsAssessment;
    /// The verdict of `checkNir`.
    #[wasm_bindgen(typescript_type = "NirCheck")]
    #[derive(Debug, Clone)]
    pub type JsNirCheck;
    /// A case file.
    #[wasm_bindgen(typescript_type = "CaseFile")]
    #[derive(Debug, Clone)]
    pub type JsCaseFile;
    /// Options of `newCase`.
    #[wasm_bindgen(typescript_type = "NewCaseOptions")]
    #[derive(Debug, Clone)]
    pub type JsNewCaseOptions;
    /// What `recordEvent` records.
    #[wasm_bindgen(typescript_type = "RecordEventRequest")]
    #[derive(Debug, Clone)]
    pub type JsRecordEventRequest;
    /// Options of `caseStatus`.
    #[wasm_bindgen(typescript_type = "CaseStatusOptions")]
    #[derive(Debug, Clone)]
    pub type JsCaseStatusOptions;
    /// The status of a case.
    #[wasm_bindgen(typescript_type = "Status")]
    #[derive(Debug, Clone)]
    pub type JsStatus;
    /// Event codes.
    #[wasm_bindgen(typescript_type = "EventKind[]")]
    #[derive(Debug, Clone)]
    pub type JsEventKinds;
    /// `"household" | "assessment"`.
    #[wasm_bindgen(typescript_type = "SchemaName")]
    #[derive(Debug, Clone)]
    pub type JsSchemaName;
    /// A JSON Schema document.
    #[wasm_bindgen(typescript_type = "JsonSchema")]
    #[derive(Debug, Clone)]
    pub type JsJsonSchema;
    /// `{ secu, rules }`.
    #[wasm_bindgen(typescript_type = "Version")]
    #[derive(Debug, Clone)]
    pub type JsVersion;
}

// ---------------------------------------------------------------------------
// Errors

/// One problem, as in contract §3: the core's [`secu::Error`], its code as
/// a string (the core's codes, the case files', the refusals' and the
/// binding's own `internal`), its message already in the call's language.
pub type Problem = secu::Error<&'static str>;

/// A failure of an export: the problems and the CLI's text for them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Failure {
    /// The contract's `[{path, code, message}]`.
    pub problems: Vec<Problem>,
    /// The CLI's stderr text (one line per problem).
    pub text: String,
}

impl From<Vec<Problem>> for Failure {
    fn from(problems: Vec<Problem>) -> Self {
        let text = problems
            .iter()
            .map(Problem::to_string)
            .collect::<Vec<_>>()
            .join("\n");
        Self { problems, text }
    }
}

impl From<Problem> for Failure {
    fn from(p: Problem) -> Self {
        vec![p].into()
    }
}

impl From<InputErrors> for Failure {
    fn from(e: InputErrors) -> Self {
        e.0.into_iter()
            .map(secu::Error::erased)
            .collect::<Vec<_>>()
            .into()
    }
}

#[cfg(feature = "case")]
/// A case error as the contract's problems (a refusal: its code, and the
/// text that names what is allowed now), its messages in `lang` (issue 10,
/// item 15; English where the call takes no language).
fn case_failure(e: &CaseError, lang: Lang) -> Failure {
    match e {
        CaseError::Refused(r) => Problem::new("", r.code, r.to_string_in(lang)).into(),
        other => other
            .problems()
            .iter()
            .map(|p| p.clone().in_lang(lang))
            .collect::<Vec<_>>()
            .into(),
    }
}

/// The JS `Error` thrown for a failure: `message` is the CLI's text,
/// `errors` the contract's array.
fn into_error(f: Failure) -> JsValue {
    let err = js_sys::Error::new(&f.text);
    // What `isSecuError` recognises (with the `errors` array).
    err.set_name(SECU_ERROR);
    let errors = to_js(&f.problems).unwrap_or_else(|_| js_sys::Array::new().into());
    // Setting a property on a fresh Error object cannot fail.
    let _ = js_sys::Reflect::set(&err, &JsValue::from_str("errors"), &errors);
    err.into()
}

/// The `name` of every error the exports throw.
const SECU_ERROR: &str = "SecuError";

/// Whether `value` is an error thrown by an export of this package: a JS
/// `Error` named `SecuError` whose `errors` is an array of `{ path, code,
/// message }` strings.
#[cfg(any(feature = "assess", feature = "case"))]
fn is_secu_error_value(value: &JsValue) -> bool {
    let Some(err) = value.dyn_ref::<js_sys::Error>() else {
        return false;
    };
    if err.name() != SECU_ERROR {
        return false;
    }
    let Ok(errors) = js_sys::Reflect::get(err, &JsValue::from_str("errors")) else {
        return false;
    };
    let Some(errors) = errors.dyn_ref::<js_sys::Array>() else {
        return false;
    };
    errors.iter().all(|p| {
        p.is_object()
            && ["path", "code", "message"].iter().all(|k| {
                js_sys::Reflect::get(&p, &JsValue::from_str(k)).is_ok_and(|v| v.is_string())
            })
    })
}

type Result<T> = std::result::Result<T, Failure>;

/// A Rust value as a plain JS object: serialised once by serde_json (the same
/// JSON the CLI prints) and parsed by the host's `JSON.parse`. Going through
/// text keeps a single serde back end in the module (serde_json), which
/// matters for its size, and gives `null` for absent values and plain objects
/// for maps by construction.
fn to_js<T: Serialize + ?Sized>(value: &T) -> Result<JsValue> {
    parse_text(&json_text(value)?)
}

/// A JSON text as a JS value, by the host's `JSON.parse`.
fn parse_text(text: &str) -> Result<JsValue> {
    js_sys::JSON::parse(text)
        .map_err(|_| Problem::new("", "internal", "cannot encode the result").into())
}

fn encode_failure(e: &serde_json::Error) -> Failure {
    Problem::new("", "internal", format!("cannot encode the result: {e}")).into()
}

/// The JSON text of a result, in the assess and codes modules: serde_json writes
/// through `Text` itself (not `&mut`, whose `Write` forwards through one more
/// call). At `opt-level = "z"` every small write of the text was a chain of
/// calls, half of `assess`'s time (issue 15); inlined, −20 % for +650 bytes.
/// The same text as `serde_json::to_string`.
#[cfg(any(feature = "assess", feature = "codes"))]
fn json_text<T: Serialize + ?Sized>(value: &T) -> Result<String> {
    let mut ser = serde_json::Serializer::new(Text(Vec::with_capacity(32 << 10)));
    value.serialize(&mut ser).map_err(|e| encode_failure(&e))?;
    // serde_json writes UTF-8 only.
    String::from_utf8(ser.into_inner().0)
        .map_err(|_| Problem::new("", "internal", "cannot encode the result").into())
}

/// The JSON text of a result, in the case module: `serde_json::to_string`
/// (inlining the writes there would cost 3 KB of its size budget).
#[cfg(not(any(feature = "assess", feature = "codes")))]
fn json_text<T: Serialize + ?Sized>(value: &T) -> Result<String> {
    serde_json::to_string(value).map_err(|e| encode_failure(&e))
}

/// The text of a result, written by serde_json: its writes always inlined.
#[cfg(any(feature = "assess", feature = "codes"))]
struct Text(Vec<u8>);

#[cfg(any(feature = "assess", feature = "codes"))]
impl std::io::Write for Text {
    #[inline(always)]
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.extend_from_slice(buf);
        Ok(buf.len())
    }
    #[inline(always)]
    fn write_all(&mut self, buf: &[u8]) -> std::io::Result<()> {
        self.0.extend_from_slice(buf);
        Ok(())
    }
    #[inline(always)]
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// A JS value as JSON (`undefined` becomes `null`), through the host's `JSON.stringify`.
fn to_json(value: JsValue, path: &str) -> Result<Value> {
    if value.is_undefined() {
        return Ok(Value::Null);
    }
    let invalid = || -> Failure {
        Problem::new(
            path,
            "invalid_type",
            "expected plain JSON data (objects, arrays, strings, numbers, booleans, null)",
        )
        .into()
    };
    // `JSON.stringify` gives `undefined` (not a string) for a function or a symbol.
    let text = js_sys::JSON::stringify(&value)
        .map_err(|_| invalid())?
        .as_string()
        .ok_or_else(invalid)?;
    // from_slice, as the core's readers: one JSON text reader in the module.
    serde_json::from_slice(text.as_bytes()).map_err(|_| invalid())
}

// ---------------------------------------------------------------------------
// Options objects: every problem at once, with paths.

/// The fields of an options object, read one by one; unknown fields are
/// reported when done.
struct Fields {
    path: &'static str,
    map: Map<String, Value>,
    problems: Vec<Problem>,
}

impl Fields {
    fn new(value: JsValue, path: &'static str) -> Result<Self> {
        match to_json(value, path)? {
            Value::Object(map) => Ok(Self {
                path,
                map,
                problems: Vec::new(),
            }),
            Value::Null => Ok(Self {
                path,
                map: Map::new(),
                problems: Vec::new(),
            }),
            _ => Err(Problem::new(path, "invalid_type", "expected an object").into()),
        }
    }

    fn at(&self, key: &str) -> String {
        format!("{}.{key}", self.path)
    }

    /// Removes a field; `null` counts as absent.
    fn take(&mut self, key: &str) -> Option<Value> {
        self.map.remove(key).filter(|v| !v.is_null())
    }

    fn string(&mut self, key: &str) -> Option<String> {
        match self.take(key)? {
            Value::String(s) => Some(s),
            _ => {
                let p = Problem::new(self.at(key), "invalid_type", "expected a string");
                self.problems.push(p);
                None
            }
        }
    }

    #[cfg(feature = "case")]
    fn required_string(&mut self, key: &str) -> Option<String> {
        let s = self.string(key);
        if s.is_none() && !self.problems.iter().any(|p| p.path == self.at(key)) {
            let p = Problem::new(self.at(key), "missing_field", "missing field");
            self.problems.push(p);
        }
        s
    }

    fn date(&mut self, key: &str, code_if_missing: Option<&'static str>) -> Option<NaiveDate> {
        let Some(s) = self.string(key) else {
            if let Some(code) = code_if_missing
                && !self.problems.iter().any(|p| p.path == self.at(key))
            {
                let message = if code == "missing_as_of" {
                    "no evaluation date: give one (YYYY-MM-DD); the module reads no clock"
                } else {
                    "missing date (YYYY-MM-DD)"
                };
                let p = Problem::new(self.at(key), code, message);
                self.problems.push(p);
            }
            return None;
        };
        match civil_date::parse(&s) {
            Ok(d) => Some(d),
            Err(_) => {
                let p = Problem::new(
                    self.at(key),
                    "invalid_date",
                    format!("expected a date YYYY-MM-DD, found \"{s}\""),
                );
                self.problems.push(p);
                None
            }
        }
    }

    #[cfg(any(feature = "assess", feature = "codes"))]
    fn bool(&mut self, key: &str) -> bool {
        match self.take(key) {
            None => false,
            Some(Value::Bool(b)) => b,
            Some(_) => {
                let p = Problem::new(self.at(key), "invalid_type", "expected true or false");
                self.problems.push(p);
                false
            }
        }
    }

    #[cfg(any(feature = "assess", feature = "codes"))]
    fn detail(&mut self) -> secu::Detail {
        match self.string("detail").as_deref() {
            None | Some("full") => secu::Detail::Full,
            Some("codes") => secu::Detail::Codes,
            Some(_) => {
                let p = Problem::new(
                    self.at("detail"),
                    "unknown_value",
                    "unknown detail (expected \"full\" or \"codes\")".to_owned(),
                );
                self.problems.push(p);
                secu::Detail::Full
            }
        }
    }

    /// `output`: `"object"` (default: the result as JS objects) or
    /// `"json"` (its JSON text, as `secu assess --json` prints it, compact).
    #[cfg(any(feature = "assess", feature = "codes"))]
    fn json_output(&mut self) -> bool {
        match self.string("output").as_deref() {
            None | Some("object") => false,
            Some("json") => true,
            Some(_) => {
                let p = Problem::new(
                    self.at("output"),
                    "unknown_value",
                    "unknown output (expected \"object\" or \"json\")".to_owned(),
                );
                self.problems.push(p);
                false
            }
        }
    }

    /// `lang`: a BCP 47 tag of an available language (`fr-CA` → fr): one
    /// embedded, or added with `addLanguage`.
    fn lang(&mut self) -> Lang {
        match self.string("lang").as_deref() {
            None => Lang::En,
            Some(tag) => match Lang::parse_available(tag) {
                Ok(l) => l,
                Err(e) => {
                    let p = Problem::new(self.at("lang"), "unknown_value", e.message);
                    self.problems.push(p);
                    Lang::En
                }
            },
        }
    }

    /// `policies: { name: value }`, applied as the CLI's `--policy name=value`.
    fn policy(&mut self, lang: Lang) -> Policy {
        let mut policy = Policy::default();
        match self.take("policies") {
            None => {}
            Some(Value::Object(m)) => {
                for (name, value) in m {
                    // A string as the CLI's `--policy name=value` text (read
                    // as JSON when it parses as JSON); any other value as is.
                    let set = match &value {
                        Value::String(s) => policy.set(&format!("{name}={s}")),
                        v => policy.set_value(&name, v),
                    };
                    if let Err(e) = set {
                        let at = format!("{}.policies.{name}", self.path);
                        self.problems.push(e.in_lang(lang).within(&at).erased());
                    }
                }
            }
            Some(_) => {
                let p = Problem::new(self.at("policies"), "invalid_type", "expected an object");
                self.problems.push(p);
            }
        }
        policy
    }

    #[cfg(feature = "case")]
    /// Entropy from the caller (`crypto.getRandomValues`), hex, ≥ 32 bytes.
    fn entropy(&mut self) -> Option<Vec<u8>> {
        let s = self.required_string("entropy")?;
        match decode_hex(&s) {
            Some(bytes) if bytes.len() >= 32 => Some(bytes),
            _ => {
                let p = Problem::new(
                    self.at("entropy"),
                    "invalid_hex",
                    "expected at least 32 random bytes as hexadecimal digits (64 or more)",
                );
                self.problems.push(p);
                None
            }
        }
    }

    /// Reports unknown fields and returns every problem found.
    fn finish(mut self) -> Result<()> {
        for key in self.map.keys() {
            self.problems.push(Problem::new(
                format!("{}.{key}", self.path),
                "unknown_field",
                format!("unknown field \"{key}\""),
            ));
        }
        if self.problems.is_empty() {
            Ok(())
        } else {
            Err(self.problems.into())
        }
    }
}

// ---------------------------------------------------------------------------
// The operations, in Rust terms (the exports below only convert).

/// The household's problems are in `lang` (issue 10, item 15).
#[cfg(feature = "case")]
fn household(value: JsValue, lang: Lang) -> Result<secu::Household> {
    Ok(secu::decode::parse_household_value(&to_json(value, "")?).map_err(|e| e.in_lang(lang))?)
}

#[cfg(feature = "case")]
fn case_file(value: JsValue, lang: Lang) -> Result<Case> {
    Case::from_value(to_json(value, "")?).map_err(|e| case_failure(&e, lang))
}

#[cfg(feature = "case")]
fn load_with_policy(value: JsValue, lang: Lang) -> Result<(Case, Policy)> {
    let case = case_file(value, lang)?;
    let policy = case.policy().map_err(|e| case_failure(&e, lang))?;
    Ok((case, policy))
}

/// The household given to `assess` as a JSON tree: a JS string is its JSON
/// text (read as the CLI reads a file: `malformed_json` with line and
/// column), anything else a JS value (through `JSON.stringify`).
#[cfg(feature = "assess")]
fn household_tree(value: JsValue, lang: Lang) -> Result<Value> {
    match value.as_string() {
        Some(text) => Ok(secu::decode::parse_tree(text.as_bytes()).map_err(|e| e.in_lang(lang))?),
        None => to_json(value, ""),
    }
}

/// The result of `assess`: JS objects, or its JSON text with `output: 'json'`.
#[cfg(feature = "assess")]
fn assess_result(
    assessment: &secu::Assessment<'_>,
    detail: secu::Detail,
    json: bool,
) -> Result<JsValue> {
    // Issue 15: `detail: 'codes'`, the assessment without rendered texts.
    let text = match detail {
        secu::Detail::Full => json_text(assessment)?,
        secu::Detail::Codes => json_text(&assessment.codes())?,
    };
    if json {
        Ok(JsValue::from_str(&text))
    } else {
        parse_text(&text)
    }
}

#[cfg(feature = "assess")]
fn do_assess(household_js: JsValue, options: JsValue) -> Result<JsValue> {
    let mut o = Fields::new(options, "options")?;
    let as_of = o.date("asOf", None);
    let lang = o.lang();
    let policy = o.policy(lang);
    let detail = o.detail();
    let partial = o.bool("partial");
    let json = o.json_output();
    o.finish()?;
    let tree = household_tree(household_js, lang)?;
    if partial {
        return partial_assessment(&tree, as_of, lang, policy, detail, json);
    }
    let h = secu::decode::parse_household_value(&tree).map_err(|e| e.in_lang(lang))?;
    // As the CLI (Decision 14): `asOf` beats the household's `as_of`, which
    // the core falls back on; with neither (the module has no "today"), the
    // core reports `missing_as_of` ("give as_of in the household or as an
    // option") together with the household's other problems.
    let mut options = Options::default().with_lang(lang).with_policy(policy);
    if let Some(d) = as_of {
        options = options.with_as_of(d);
    }
    let assessment = secu::assess(&h, &options)?;
    assess_result(&assessment, detail, json)
}

/// `partial: true` (contract §5): the household read by the core's intake
/// (absent facts unknown, `null` answers), assessed with `complete`,
/// `questions` and `provisional`: exactly `secu assess --partial --json`.
#[cfg(feature = "assess")]
fn partial_assessment(
    tree: &Value,
    as_of: Option<NaiveDate>,
    lang: Lang,
    policy: Policy,
    detail: secu::Detail,
    json: bool,
) -> Result<JsValue> {
    let mut options = Options::default()
        .with_lang(lang)
        .with_policy(policy)
        .with_partial(true);
    if let Some(d) = as_of {
        options = options.with_as_of(d);
    }
    let intake = secu::intake::Intake::decode(tree, &options).map_err(|e| e.in_lang(lang))?;
    let assessment = intake.assess(&options).map_err(|e| e.in_lang(lang))?;
    assess_result(&assessment, detail, json)
}

#[cfg(feature = "case")]
fn do_new_case(household_js: JsValue, options: JsValue) -> Result<JsValue> {
    let mut o = Fields::new(options, "options")?;
    let opened_on = o.date("openedOn", None);
    let created_at = o.required_string("createdAt");
    let entropy = o.entropy();
    let policy = o.policy(Lang::En);
    o.finish()?;
    let (Some(created_at), Some(entropy)) = (created_at, entropy) else {
        return Err(Problem::new("options", "missing_field", "missing field").into());
    };
    let h = household(household_js, Lang::En)?;
    // As the CLI: openedOn, else the core's default from the household's
    // as_of and the day of createdAt (the module reads no clock). A
    // createdAt that is not a timestamp is reported by `Case::new`.
    let created_on = created_at.get(..10).and_then(|d| civil_date::parse(d).ok());
    let opened_on = opened_on
        .or_else(|| created_on.map(|day| Case::default_opened_on(h.as_of, day)))
        .or(h.as_of)
        .ok_or_else(|| {
            Problem::new(
                "options.openedOn",
                "missing_as_of",
                "no opening date: give openedOn (YYYY-MM-DD) or the household's as_of; the module reads no clock",
            )
        })?;
    let case = Case::new(
        h,
        opened_on,
        &created_at,
        &mut salts_from_entropy(entropy),
        &policy,
    )?;
    to_js(&case)
}

#[cfg(feature = "case")]
fn do_record_event(case_js: JsValue, request: JsValue) -> Result<JsValue> {
    let mut o = Fields::new(request, "request")?;
    let member = o.required_string("member");
    let date = o.date("date", Some("missing_field"));
    let event = o.take("event");
    let recorded_at = o.required_string("recordedAt");
    let entropy = o.entropy();
    if event.is_none() {
        o.problems.push(Problem::new(
            "request.event",
            "missing_field",
            "missing field",
        ));
    }
    let event = event.and_then(|v| match secu_case::Event::from_json(v) {
        Ok(e) => Some(e),
        Err(e) => {
            o.problems.push(e.within("request.event").erased());
            None
        }
    });
    o.finish()?;
    let (Some(member), Some(date), Some(event), Some(recorded_at), Some(entropy)) =
        (member, date, event, recorded_at, entropy)
    else {
        return Err(Problem::new("request", "missing_field", "missing field").into());
    };
    let (mut case, policy) = load_with_policy(case_js, Lang::En)?;
    let recorded = case
        .record(
            &member,
            date,
            event,
            &recorded_at,
            &mut salts_from_entropy(entropy),
            &policy,
        )
        .map(|_| ());
    if let Err(e) = recorded {
        // As the CLI: a refusal names what is allowed now (`Refusal`'s Display).
        return Err(case_failure(&e, Lang::En));
    }
    to_js(&case)
}

#[cfg(feature = "case")]
fn do_case_status(case_js: JsValue, options: JsValue) -> Result<JsValue> {
    let mut o = Fields::new(options, "options")?;
    let as_of = o.date("asOf", Some("missing_as_of"));
    let lang = o.lang();
    o.finish()?;
    let as_of = as_of.ok_or_else(|| Problem::new("options.asOf", "missing_as_of", ""))?;
    let (case, policy) = load_with_policy(case_js, lang)?;
    let procedure = case.replay(&policy).map_err(|e| case_failure(&e, lang))?;
    to_js(&procedure.status(as_of, lang))
}

#[cfg(feature = "case")]
fn do_allowed_events(case_js: JsValue, member: &str, as_of: &str) -> Result<JsValue> {
    let as_of = civil_date::parse(as_of).map_err(|_| {
        Problem::new(
            "asOf",
            "invalid_date",
            format!("expected a date YYYY-MM-DD, found \"{as_of}\""),
        )
    })?;
    let (case, policy) = load_with_policy(case_js, Lang::En)?;
    if !case.household().members.iter().any(|m| m.id() == member) {
        return Err(Problem::new(
            "member",
            "unknown_member",
            format!("no member \"{member}\" in the case"),
        )
        .into());
    }
    let procedure = case
        .replay(&policy)
        .map_err(|e| case_failure(&e, Lang::En))?;
    let codes: Vec<&str> = procedure
        .allowed_events(member, as_of)
        .iter()
        .map(|k| k.code())
        .collect();
    to_js(&codes)
}

#[cfg(feature = "assess")]
/// The JSON Schema documents (`docs/schema/`, kept up to date by
/// `cargo xtask schema --check`), so the module carries no schema generator;
/// minified by `build.rs` (same documents, without the indentation).
const HOUSEHOLD_SCHEMA: &str = include_str!(concat!(env!("OUT_DIR"), "/household.schema.min.json"));
#[cfg(feature = "assess")]
const ASSESSMENT_SCHEMA: &str =
    include_str!(concat!(env!("OUT_DIR"), "/assessment.schema.min.json"));

#[cfg(feature = "assess")]
fn do_schema(which: &str) -> Result<JsValue> {
    let text = match which {
        "household" => HOUSEHOLD_SCHEMA,
        "assessment" => ASSESSMENT_SCHEMA,
        other => {
            return Err(Problem::new(
                "which",
                "unknown_value",
                format!("unknown schema \"{other}\" (expected \"household\" or \"assessment\")"),
            )
            .into());
        }
    };
    js_sys::JSON::parse(text)
        .map_err(|_| Problem::new("", "internal", "the bundled schema is not JSON").into())
}

/// Versions of the library and of its rules.
#[derive(Serialize)]
struct Version {
    /// The secu version (the workspace version, shared by every crate).
    secu: &'static str,
    /// The date of the rules (`rules_version` of an assessment).
    rules: &'static str,
}

/// The allocator: talc instead of the standard library's dlmalloc, for its
/// smaller code (the module is single-threaded: no `atomics`).
#[cfg(all(not(target_feature = "atomics"), target_family = "wasm"))]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

#[cfg(feature = "codes")]
pub mod codes;

// ---------------------------------------------------------------------------
// The exports

fn throw(r: Result<JsValue>) -> std::result::Result<JsValue, JsValue> {
    r.map_err(into_error)
}

#[cfg(feature = "assess")]
/// Assesses a household: exactly the JSON of `secu assess FILE --json`.
/// The evaluation date is `options.asOf`, else the household's `as_of`;
/// one of them is required (the module reads no clock). With `partial:
/// true` the household may leave facts absent (unknown) and the result is
/// that of `secu assess FILE --partial --json` (contract §5).
///
/// The household may also be given as its JSON text (a string), and
/// `output: 'json'` returns the assessment's JSON text instead of objects
/// (issue 15): for an integration that holds JSON text (a fetch body), text
/// to text without building JS objects on either side. Its TypeScript
/// declaration is written in `types/api.d.ts` (the result's type follows
/// `output`).
#[wasm_bindgen(skip_typescript)]
pub fn assess(
    household: JsHousehold,
    options: Option<JsAssessOptions>,
) -> std::result::Result<JsAssessment, JsValue> {
    let options = options.map_or(JsValue::UNDEFINED, Into::into);
    throw(do_assess(household.into(), options)).map(JsCast::unchecked_into)
}

/// Adds a language from the text of its compiled messages (`l10n/TAG.msg`,
/// the core's Fluent resource compiled by `cargo xtask web-labels`) and of
/// its country table (`l10n/TAG.tsv`), shipped beside the module and fetched
/// by the page when the language is chosen. The module embeds no language:
/// until English is added, texts are their message ids. Throws, naming every
/// problem, when the table is malformed or incomplete or the language is
/// already loaded; once added, `lang: TAG` works in every call.
#[cfg(any(feature = "assess", feature = "case"))]
#[wasm_bindgen(js_name = addLanguage)]
pub fn add_language(
    tag: &str,
    messages: &str,
    countries: &str,
) -> std::result::Result<(), JsValue> {
    let added = match Lang::from_tag(tag) {
        Some(lang) => secu::l10n::add_language(lang, messages, countries)
            .map_err(|e| Problem::new("lang", "unknown_value", e.message)),
        None => Err(Problem::new(
            "lang",
            "unknown_value",
            format!("unknown language \"{tag}\""),
        )),
    };
    throw(added.map(|()| JsValue::UNDEFINED).map_err(Failure::from)).map(|_| ())
}

/// The known language a BCP 47 tag falls back to (`pt-BR` → `pt`), as the
/// CLI reads `--lang`; `undefined` for another language. A page tries each
/// of `navigator.languages` in turn.
#[cfg(feature = "assess")]
#[wasm_bindgen(js_name = languageOf)]
pub fn language_of(tag: &str) -> Option<String> {
    Lang::from_tag(tag).map(|l| l.tag().to_owned())
}

/// The message `id` of language `lang` (`page-…` for the page's own words, or
/// any text id of the core), rendered by the core's engine (the compact renderer) with the
/// named arguments `args` (strings; an ISO date under `DATE` is written out,
/// an integer selects plurals). English while `lang` is not added; the id
/// itself when no resource has it.
#[cfg(feature = "assess")]
#[wasm_bindgen]
pub fn text(
    lang: &str,
    id: &str,
    args: Option<js_sys::Object>,
) -> std::result::Result<String, JsValue> {
    let lang = Lang::from_tag(lang).ok_or_else(|| {
        into_error(
            Problem::new(
                "lang",
                "unknown_value",
                format!("unknown language \"{lang}\""),
            )
            .into(),
        )
    })?;
    let pairs: Vec<(String, String)> = args
        .map(|o| {
            js_sys::Object::entries(&o)
                .iter()
                .filter_map(|e| {
                    let e: js_sys::Array = e.unchecked_into();
                    let v = e.get(1);
                    let v = v
                        .as_string()
                        .or_else(|| v.as_f64().map(|n| n.to_string()))?;
                    Some((e.get(0).as_string()?, v))
                })
                .collect()
        })
        .unwrap_or_default();
    let refs: Vec<(&str, &str)> = pairs
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    Ok(secu::l10n::render(lang, id, &refs).unwrap_or_else(|| id.to_owned()))
}

/// The name of country `code` in language `lang` (English while `lang` is
/// not added; the code itself when unknown).
#[cfg(feature = "assess")]
#[wasm_bindgen(js_name = countryName)]
pub fn country_name(lang: &str, code: &str) -> String {
    let lang = Lang::from_tag(lang).unwrap_or(Lang::En);
    secu::l10n::country(lang, code, "name").map_or_else(|| code.to_owned(), str::to_owned)
}

#[cfg(feature = "assess")]
/// Validates and explains a NIR or NIA (`secu nir check NUMBER --json`).
#[wasm_bindgen(js_name = checkNir)]
pub fn check_nir(number: &str) -> std::result::Result<JsNirCheck, JsValue> {
    throw(to_js(&secu::id::nir::check(number))).map(JsCast::unchecked_into)
}

#[cfg(feature = "case")]
/// Opens a case file for a household (`secu case new`).
#[wasm_bindgen(js_name = newCase)]
pub fn new_case(
    household: JsHousehold,
    options: JsNewCaseOptions,
) -> std::result::Result<JsCaseFile, JsValue> {
    throw(do_new_case(household.into(), options.into())).map(JsCast::unchecked_into)
}

#[cfg(feature = "case")]
/// Records an event (`secu case record`): the new case file; a refused event throws.
#[wasm_bindgen(js_name = recordEvent)]
pub fn record_event(
    case_file: JsCaseFile,
    request: JsRecordEventRequest,
) -> std::result::Result<JsCaseFile, JsValue> {
    throw(do_record_event(case_file.into(), request.into())).map(JsCast::unchecked_into)
}

#[cfg(feature = "case")]
/// The status of every member of a case (`secu case status --json`).
#[wasm_bindgen(js_name = caseStatus)]
pub fn case_status(
    case_file: JsCaseFile,
    options: JsCaseStatusOptions,
) -> std::result::Result<JsStatus, JsValue> {
    throw(do_case_status(case_file.into(), options.into())).map(JsCast::unchecked_into)
}

#[cfg(feature = "case")]
/// The events a member's file allows on `asOf` (household-wide events excepted).
#[wasm_bindgen(js_name = allowedEvents)]
pub fn allowed_events(
    case_file: JsCaseFile,
    member: &str,
    #[wasm_bindgen(js_name = asOf)] as_of: &str,
) -> std::result::Result<JsEventKinds, JsValue> {
    throw(do_allowed_events(case_file.into(), member, as_of)).map(JsCast::unchecked_into)
}

#[cfg(feature = "assess")]
/// The JSON Schema of the input (`"household"`) or the output (`"assessment"`).
#[wasm_bindgen]
pub fn schema(which: JsSchemaName) -> std::result::Result<JsJsonSchema, JsValue> {
    let which: JsValue = which.into();
    let r = match which.as_string() {
        Some(w) => do_schema(&w),
        None => Err(Problem::new("which", "invalid_type", "expected a string").into()),
    };
    throw(r).map(JsCast::unchecked_into)
}

/// Whether `value` was thrown by this package (`catch (e) { if
/// (isSecuError(e)) e.errors… }`): a type guard in TypeScript (declared in
/// `types/api.d.ts`, hence `skip_typescript`).
#[cfg(any(feature = "assess", feature = "case"))]
#[wasm_bindgen(js_name = isSecuError, skip_typescript)]
pub fn is_secu_error(value: &JsValue) -> bool {
    is_secu_error_value(value)
}

/// `{ secu, rules }`: the library version and the date of its rules.
#[wasm_bindgen]
pub fn version() -> std::result::Result<JsVersion, JsValue> {
    throw(to_js(&Version {
        secu: env!("CARGO_PKG_VERSION"),
        rules: secu::output::RULES_VERSION,
    }))
    .map(JsCast::unchecked_into)
}

/// The shape of a household form and its date rules (`secu::form`), so that
/// a page shows each field where the core says it applies and computes no
/// date itself (issue 12, item 6).
#[cfg(feature = "assess")]
pub mod form_exports {
    use super::{JsCast, JsValue, Problem, Result, civil_date, into_error, wasm_bindgen};
    use chrono::NaiveDate;

    #[wasm_bindgen]
    extern "C" {
        /// `secu::form::FormShape`.
        #[wasm_bindgen(typescript_type = "FormShape")]
        #[derive(Debug, Clone)]
        pub type JsFormShape;
    }

    fn date(value: &str, path: &str) -> Result<NaiveDate> {
        civil_date::parse(value).map_err(|_| {
            Problem::new(
                path,
                "invalid_date",
                format!("expected a date YYYY-MM-DD, found \"{value}\""),
            )
            .into()
        })
    }

    /// A date as the page writes it, or the thrown error.
    fn answer(r: Result<NaiveDate>) -> std::result::Result<String, JsValue> {
        r.map(|d| d.to_string()).map_err(into_error)
    }

    /// Which fields of a member apply to whom: `{ fields: [{ field,
    /// refused, when: [{ field, one_of }] }] }` (a field applies when every
    /// condition of its entry, and of the entries of the fields it is under,
    /// holds: the member's `field` is one of `one_of`, or given when
    /// `one_of` is null).
    #[wasm_bindgen(js_name = formShape)]
    pub fn form_shape() -> std::result::Result<JsFormShape, JsValue> {
        // The core's table as JSON, parsed by the page's engine.
        js_sys::JSON::parse(&secu::form::shape_json())
            .map_err(|_| {
                into_error(Problem::new("", "internal", "the form shape is not JSON").into())
            })
            .map(JsCast::unchecked_into)
    }

    /// A birth date at which a person is `age` on `asOf` (29 February rule
    /// of the core).
    #[wasm_bindgen(js_name = birthDateForAge)]
    pub fn birth_date_for_age(
        #[wasm_bindgen(js_name = asOf)] as_of: &str,
        age: u32,
    ) -> std::result::Result<String, JsValue> {
        answer(date(as_of, "asOf").and_then(|d| {
            secu::form::birth_date_for_age(d, age)
                .ok_or_else(|| Problem::new("age", "invalid_date", "no such date").into())
        }))
    }

    /// The date to offer for an event: `date`, but never after the day it
    /// is recorded, `recordingDay` (Decision 23).
    #[wasm_bindgen(js_name = latestEventDate)]
    pub fn latest_event_date(
        date: &str,
        #[wasm_bindgen(js_name = recordingDay)] recording_day: &str,
    ) -> std::result::Result<String, JsValue> {
        answer(self::date(date, "date").and_then(|d| {
            let day = self::date(recording_day, "recordingDay")?;
            Ok(secu::form::latest_event_date(d, day))
        }))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn failures_read_like_the_cli() {
        let f: Failure = vec![
            Problem::new("members[0].nir", "invalid_nir", "invalid key"),
            Problem::new("", "no_members", "no members"),
        ]
        .into();
        assert_eq!(f.text, "members[0].nir: invalid key\nno members");
    }

    #[cfg(feature = "assess")]
    #[test]
    fn embedded_schemas_are_the_docs_minified() {
        for (embedded, pretty) in [
            (
                HOUSEHOLD_SCHEMA,
                include_str!("../../../docs/schema/household.schema.json"),
            ),
            (
                ASSESSMENT_SCHEMA,
                include_str!("../../../docs/schema/assessment.schema.json"),
            ),
        ] {
            let parse = |text: &str| serde_json::from_str::<Value>(text).ok();
            assert!(parse(embedded).is_some());
            assert_eq!(parse(embedded), parse(pretty));
            // Only whitespace dropped: same text once the docs' indentation
            // and line breaks are removed (no string holds a line break).
            let squeezed: String = pretty
                .lines()
                .map(|l| l.trim_start().replacen("\": ", "\":", 1))
                .collect();
            assert_eq!(embedded, squeezed);
            assert!(embedded.len() < pretty.len());
        }
    }
}
