//! Partial households (contract §5, issue 13): assess from what is known,
//! say what is already certain, and ask only the questions whose answers
//! change something.
//!
//! ## Decoding
//! [`Intake::decode`] reads a household JSON tree whose members may carry
//! only `id` and `relationship`. For each member and each [`Fact`] (its path
//! in the member, e.g. `activity.kind`):
//! - present with a value: known (decoded and checked as in a complete
//!   household: an invalid value is an error);
//! - present as `null`, or under an object that is `null`: answered with
//!   what absence means in a complete household (none, the default, the
//!   assumption of Decision 11 for `previously_insured_in_france`); `null`
//!   on a required field of `activity.posting` means no posting; `null` on
//!   `birth_date`, `nationality` or `birth_country` (required) is an error;
//! - absent: **unknown**, listed in [`Intake::unknown`].
//!
//! ## Evaluation: one assessment, recording what each result read
//! Each unknown fact has a **neutral** value (the first of its
//! `representatives`, or another one when the neutral completion would not
//! validate: [`Intake::decode`] searches each member's activity kind,
//! permit, posting, NIR status, then birth date). [`Intake::assess`] assesses
//! that neutral completion **once** (the complete household's rules,
//! `assess_recording`), and records which facts each result's computation
//! read: every read of a member's input field in `rules/` and `assess.rs`
//! goes through an accessor of the rules' context keyed by [`Fact`], which
//! tells a recorder (monomorphised away in the complete [`crate::assess`]).
//! Reads are recorded per *frame* — each member's cover (all passes), and
//! each part of a member's output (age, NIR, dependent status, explanation,
//! fund, documents, steps, payroll, milestones, warnings) — against the
//! member whose fact it is (a child's cover reads its parents' facts), and a
//! frame that reads another member's cover depends on what that cover read
//! (transitively). A member's output field depends on the frames that
//! compute it: `affiliation`, `basis`, `covered_from`,
//! `identification_required`, `attached_to` on the member's cover;
//! `dependent_status`, `fund`, `steps` also on their parts (steps on the
//! dependent status and fund they are given); `payroll`, `age`, `nir` on
//! their own parts only; `documents`, `milestones`, `warnings` and
//! `explanation` on every part (each may add to them).
//!
//! A field is **provisional** when what it depends on includes an unknown
//! fact; otherwise it is **settled**.
//!
//! ## Why it is sound
//! The assessment is deterministic. A settled field's computation read only
//! known facts, and for any completion those facts have the same values:
//! every branch it took, and so its value, are the same (a completion that
//! does not validate is no household). So a settled field never changes when
//! the missing facts are answered. Two conditions make this hold:
//! - every read goes through the accessors (a read that bypasses them is
//!   not recorded): `tests/it/intake.rs`
//!   (`settled_fields_do_not_change_with_any_unknown_value`) sets each
//!   unknown fact of the bundled examples to every value seen in the
//!   examples, shifted dates, the other boolean and "none", and fails when
//!   a settled field changes; it fails when one accessor call is replaced by
//!   a direct read;
//! - facts the neutral completion hides count as unknown: a known
//!   `nir_status` or `nia_issued_on` while the `nir` is unknown (they are
//!   refused without a number), a known part of a posting while its country
//!   or certificate is unknown. Cached values are recomputed while
//!   recording (the Talent Passport holder of the household).
//!
//! Some accessors read the deciding fact first where the validator refuses
//! the field otherwise (`nir_status` and `nia_issued_on` only with a
//! number, `union_country` only for a partner, `parents` only for a child,
//! the posting only for `posted`): on every valid completion the result is
//! the same, and the field is not asked where it cannot be given.
//!
//! Field names in `provisional` are the contract's, plus `age` (with
//! `age_months`), `nir` and `explanation`, which are member outputs too.
//!
//! ## Questions and their order
//! An unknown fact is asked when some result's computation read it; its
//! `affects` lists those results (a companion hidden by the neutral
//! completion is asked through the fact hiding it: the `nir`, the posting's
//! country or certificate). As answers come in, the path narrows (once
//! `activity.kind` is `employed`, the posting facts are no longer read), so
//! fewer questions remain. Order: the number of results a fact could change
//! (`affects`), most first; then the interview's natural order
//! ([`NATURAL_ORDER`]: who — birth date, nationality, birth country, union,
//! parents, sex —, then activity, then residence, then documents and past
//! coverage); then member order.
//!
//! ## Limits
//! - A fact read on the neutral path is asked even when no value of it
//!   would change the result (the record sees reads, not their effect). The
//!   rules read a fact only where it counts (the route before the sector,
//!   the age before the autonomy request, a partner's own residence basis
//!   only where the other partner weighs it), and
//!   `tests/it/intake.rs::every_question_asked_from_scratch_can_change_the_assessment`
//!   fails when a question asked in the bundled examples' interviews changes
//!   nothing (docs/intake.md, "Which questions are asked"). From scratch,
//!   the bundled examples are asked about 53 % of their unknown facts
//!   (README table), against about 70 % by the former enumeration of
//!   representatives. The facts `form.rs` marks as ignored where they do not
//!   apply are read (and asked) only where they apply: the accessors use its
//!   predicates (`form::is_child`, `sector_counts`…).
//! - Questions are those of the neutral path: another answer may open a
//!   path that reads facts not yet asked (they are asked then).
//! - Beyond [`RECORD_MAX_MEMBERS`] members nothing is recorded: every field
//!   is provisional and every unknown fact asked.
//! - Representatives (below) now only choose a neutral completion that
//!   validates.
//!
//! ## Representatives
//! - enums: every choice, plus "none" (absent) when the field is optional;
//!   booleans: both, plus absent for `previously_insured_in_france`;
//! - `birth_date`: born on `as_of`, and for each age threshold of `rules/`
//!   the day before and after that birthday falls on `as_of`; an adult older
//!   than every threshold (the neutral for an adult; the last for a child);
//! - other dates: absent, and for each month delay of the rules and 0, the
//!   day before and after `as_of` ± that delay, and around every date the
//!   household gives;
//! - countries: one per class the rules distinguish (France, overseas
//!   classes, EEA/Swiss, policy-exempted, one per agreement for
//!   `activity.posting.from_country`, a country without agreement).

use chrono::{Months, NaiveDate};
use serde_json::{Map, Value};

use crate::Country;
use crate::assess::{
    Frame, Options, Reads, SUB_AGE, SUB_DEPENDENT, SUB_FUND, SUB_NIR, SUB_PAYROLL, SUB_STEPS,
    SUB_WARNINGS, SUBS, assess, assess_recording,
};
use crate::error::InputErrors;
use crate::model::Household;
use crate::output::{Affects, Assessment, Question};
use crate::rules::Fact;
// The library's small sorted collections and insertion sort, not the standard
// B-trees and sorts: each instantiation of those weighs kilobytes of the
// WebAssembly module (see `small.rs`, `sort.rs`), and these sets are short.
use crate::small::SmallSet as BTreeSet;
use crate::sort::small_sort_by;
use crate::text::T;

/// The most completions tried per member (and birth date) when choosing the
/// neutral completion that validates ([`Intake::decode`]).
pub const CAP: usize = 256;

/// The member output fields compared (contract §5's names, plus `age`,
/// `nir` and `explanation`).
pub const FIELDS: &[&str; 15] = &[
    "age",
    "nir",
    "affiliation",
    "basis",
    "covered_from",
    "identification_required",
    "dependent_status",
    "attached_to",
    "fund",
    "milestones",
    "documents",
    "steps",
    "payroll",
    "warnings",
    "explanation",
];

// A member's fields fit in 16 bits (`Intake::assess` counts four members'
// at once).
const _: () = assert!(FIELDS.len() <= 16);

/// Field `name`'s bit in a member's set of fields: its index in [`FIELDS`]
/// (a name missing there fails to compile: the constants below are consts).
const fn field(name: &str) -> u32 {
    let mut k = 0;
    while k < FIELDS.len() {
        let (a, b) = (FIELDS[k].as_bytes(), name.as_bytes());
        if a.len() == b.len() {
            let mut c = 0;
            while c < a.len() && a[c] == b[c] {
                c += 1;
            }
            if c == a.len() {
                return 1 << k;
            }
        }
        k += 1;
    }
    panic!("not a member output field")
}

/// `age` (with `age_months`): the `age` part's.
const AGE: u32 = field("age");
/// `nir`: the `nir` part's.
const NIR: u32 = field("nir");
/// The fields the member's cover decides.
const COVER_FIELDS: u32 = field("affiliation")
    | field("basis")
    | field("covered_from")
    | field("identification_required")
    | field("attached_to");
/// `dependent_status`: the cover's and its part's.
const DEPENDENT_STATUS: u32 = field("dependent_status");
/// `fund`: the cover's and its part's.
const FUND: u32 = field("fund");
/// The fields every part may add to.
const EVERY_PART_FIELDS: u32 =
    field("milestones") | field("documents") | field("warnings") | field("explanation");
/// `steps`: the cover's, the dependent status's, the fund's and its part's.
const STEPS: u32 = field("steps");
/// `payroll`: its part's only.
const PAYROLL: u32 = field("payroll");

/// The interview's natural order: who, then activity, then residence, then
/// documents and past coverage.
pub const NATURAL_ORDER: &[Fact] = &[
    Fact::BirthDate,
    Fact::Nationality,
    Fact::BirthCountry,
    Fact::UnionCountry,
    Fact::Parents,
    Fact::Sex,
    Fact::ActivityKind,
    Fact::ActivityStart,
    Fact::Sector,
    Fact::PostedFrom,
    Fact::PostingCertificate,
    Fact::PostingEnd,
    Fact::EmployerSiren,
    Fact::PayrollId,
    Fact::ArrivalDate,
    Fact::Permit,
    Fact::PermitValidFrom,
    Fact::PermitValidUntil,
    Fact::Postcode,
    Fact::InEducation,
    Fact::AutonomyRequested,
    Fact::PreviouslyInsured,
    Fact::Nir,
    Fact::NirStatus,
    Fact::NiaIssuedOn,
];

/// The most members whose reads are recorded (the record takes about
/// 11·n² words; question keys pack indexes in 16 bits); beyond,
/// [`Intake::assess`] makes everything provisional.
pub const RECORD_MAX_MEMBERS: usize = 64;

/// Each fact's place in [`NATURAL_ORDER`] (by `Fact as usize`).
const RANK: [usize; 32] = {
    let mut rank = [usize::MAX; 32];
    let mut k = 0;
    while k < NATURAL_ORDER.len() {
        rank[NATURAL_ORDER[k] as usize] = k;
        k += 1;
    }
    rank
};

/// The facts a partial member may leave unknown (every fact but `as_of`, the
/// household's, and `relationship`, which is required).
fn member_facts() -> impl Iterator<Item = Fact> {
    NATURAL_ORDER.iter().copied()
}

/// A decoded partial household.
#[derive(Clone, Debug)]
pub struct Intake {
    /// The household JSON with every explicit `null` answer applied (the
    /// absent meaning), every unknown fact absent.
    base: Value,
    /// The unknown facts: (member index, fact), in member then natural order.
    pub unknown: Vec<(usize, Fact)>,
    /// The neutral completion: every unknown fact at its first
    /// representative (the values shown while unknown).
    pub household: Household,
    /// The representative index of each unknown fact in the neutral completion.
    neutral: Vec<usize>,
    /// The members' ids.
    ids: Vec<String>,
    /// The path of each unknown fact (`members[1].activity.kind`).
    paths: Vec<String>,
    /// Per member, the facts whose neutral value may differ from the
    /// complete household's (a bit per fact, [`Intake::unknown_bits`]).
    masks: Vec<u32>,
    /// Per member and fact (`Fact as usize`): the index in `unknown` of the
    /// question a read of it asks (`u16::MAX`: none).
    target: Vec<[u16; 32]>,
    /// The members' relationships (`child`, `primary`…), and `parents` when given.
    rel: Vec<(crate::model::Relationship, Option<Vec<String>>)>,
    /// The indexes in `unknown` in the interview's natural order, then
    /// member order (the questions' order among equals).
    by_rank: Vec<usize>,
}

/// Where a fact stands in a partial member.
enum State {
    Known,
    Null,
    Unknown,
}

fn state(member: &Map<String, Value>, path: &str) -> State {
    let mut cur = member;
    let mut keys = path.split('.').peekable();
    while let Some(k) = keys.next() {
        match cur.get(k) {
            None => return State::Unknown,
            Some(Value::Null) => return State::Null,
            Some(_) if keys.peek().is_none() => return State::Known,
            Some(Value::Object(o)) => cur = o,
            // Not an object: the decoder reports it.
            Some(_) => return State::Known,
        }
    }
    State::Unknown
}

/// Sets (`Some`) or removes (`None`) a dotted path in a member, creating
/// objects on the way; removing prunes the objects it empties.
fn set(member: &mut Map<String, Value>, path: &str, value: Option<Value>) {
    match path.split_once('.') {
        None => {
            match value {
                Some(v) => member.insert(path.to_owned(), v),
                None => member.remove(path),
            };
        }
        Some((head, rest)) => {
            if value.is_none() && !member.get(head).is_some_and(Value::is_object) {
                if member.get(head).is_some_and(Value::is_null) {
                    member.remove(head);
                }
                return;
            }
            let e = member
                .entry(head.to_owned())
                .or_insert_with(|| Value::Object(Map::new()));
            if !e.is_object() {
                *e = Value::Object(Map::new());
            }
            let Value::Object(o) = e else { return };
            let removing = value.is_none();
            set(o, rest, value);
            if removing && o.is_empty() {
                member.remove(head);
            }
        }
    }
}

/// Facts without a null meaning: `null` there is left for the decoder to refuse.
fn required(f: Fact) -> bool {
    matches!(f, Fact::BirthDate | Fact::Nationality | Fact::BirthCountry)
}

/// Facts tried only as "none" (their values are not representable by a few).
pub fn opaque(f: Fact) -> bool {
    matches!(
        f,
        Fact::Nir | Fact::EmployerSiren | Fact::PayrollId | Fact::Postcode | Fact::Parents
    )
}

fn date(d: NaiveDate) -> Value {
    // The core's ISO writer, not chrono's strftime (kept out of the module).
    let mut s = String::with_capacity(10);
    let _ = crate::date::write_iso(d, &mut s);
    Value::String(s)
}

/// The age thresholds of the rules.
fn ages() -> BTreeSet<u32> {
    use crate::rules::{children, steps};
    [
        children::CHILD_CARD_AGE,
        children::AUTONOMY_AGE,
        children::OWN_CARTE_VITALE_AGE,
        children::MAJORITY_AGE,
        steps::PHYSICIAN_DECLARATION_AGE,
        steps::OWN_AMELI_ACCOUNT_AGE,
    ]
    .into_iter()
    .collect()
}

/// The month delays of the rules (and 0).
fn month_offsets() -> BTreeSet<u32> {
    let mut out: BTreeSet<u32> = crate::data::delays::ALL.iter().map(|d| d.months).collect();
    out.insert(crate::rules::identification::NIA_VALIDITY.months);
    out.insert(0);
    out
}

/// One country per class the rules distinguish for `fact`.
fn countries(fact: Fact, opts: &Options) -> Vec<Country> {
    let exempt = &opts.policy.translation.also_exempt;
    let mut seen = BTreeSet::new();
    let mut out = Vec::new();
    // A country without agreement first: the neutral value.
    let first = [Country::IN, Country::FR, Country::DE];
    for c in first.into_iter().chain(Country::all()) {
        let agreement = if fact == Fact::PostedFrom {
            crate::data::agreements::agreement(c).map(|a| std::ptr::from_ref(a) as usize)
        } else {
            None
        };
        let key = (
            c.is_france(),
            c == Country::FR,
            c.is_eea_or_switzerland(),
            exempt.contains(&c),
            agreement,
        );
        if seen.insert(key) {
            out.push(c);
        }
    }
    out
}

/// The representatives of an unknown fact (`None`: absent, "none"); the
/// first is the neutral value. Relationships decide the neutral birth date.
fn representatives(
    fact: Fact,
    child: bool,
    as_of: NaiveDate,
    known: &BTreeSet<NaiveDate>,
    opts: &Options,
) -> Vec<Option<Value>> {
    let s = |x: &str| Some(Value::String(x.to_owned()));
    let b = |x: bool| Some(Value::Bool(x));
    let dates = || {
        let mut out = vec![None];
        let anchors = std::iter::once(as_of).chain(known.iter().copied());
        for (m, base) in anchors.flat_map(|a| month_offsets().into_iter().map(move |m| (m, a))) {
            for anchor in [
                base.checked_add_months(Months::new(m)),
                base.checked_sub_months(Months::new(m)),
            ]
            .into_iter()
            .flatten()
            {
                for d in [anchor.pred_opt(), anchor.succ_opt()].into_iter().flatten() {
                    let v = Some(date(d));
                    if !out.contains(&v) {
                        out.push(v);
                    }
                }
            }
        }
        out
    };
    let choices = |c: &[&str]| c.iter().map(|x| s(x)).collect::<Vec<_>>();
    match fact {
        Fact::BirthDate => {
            let mut out = Vec::new();
            for a in ages() {
                if let Some(day) = as_of.checked_sub_months(Months::new(a * 12)) {
                    out.extend([day.pred_opt(), day.succ_opt()].into_iter().flatten());
                }
            }
            out.push(as_of);
            // An adult older than every threshold (their sum in years).
            let older: u32 = ages().iter().sum();
            let adult = as_of.checked_sub_months(Months::new(older * 12));
            small_sort_by(&mut out, Ord::cmp);
            out.dedup();
            if !child && let Some(a) = adult {
                out.insert(0, a);
                // And one twice as old: adults' ages differ among representatives.
                out.extend(as_of.checked_sub_months(Months::new(older * 24)));
            }
            // Neutral: the oldest for an adult, the youngest (not newborn) for a child.
            if child {
                let young = out.iter().rev().nth(1).copied();
                if let Some(y) = young {
                    out.retain(|&d| d != y);
                    out.insert(0, y);
                }
                // And an adult child, older than the household's known
                // dates (a neutral completion must validate: an activity
                // known to start before the other representatives).
                out.extend(adult);
            }
            out.into_iter().map(|d| Some(date(d))).collect()
        }
        Fact::Sex => vec![None, s("female"), s("male")],
        Fact::Nationality | Fact::BirthCountry => countries(fact, opts)
            .into_iter()
            .map(|c| s(c.code()))
            .collect(),
        Fact::UnionCountry | Fact::PostedFrom => std::iter::once(None)
            .chain(countries(fact, opts).into_iter().map(|c| s(c.code())))
            .collect(),
        Fact::NirStatus => vec![None, s("provisional")],
        Fact::PreviouslyInsured => vec![None, b(false), b(true)],
        Fact::InEducation | Fact::AutonomyRequested => vec![b(false), b(true)],
        Fact::ActivityKind => choices(&[
            "none",
            "employed",
            "posted",
            "self_employed",
            "student",
            "job_seeker",
        ]),
        Fact::Sector => choices(&["general", "agricultural"]),
        Fact::PostingCertificate => {
            let mut v = vec![None];
            v.extend(choices(&["a1", "bilateral", "none"]));
            v
        }
        Fact::Permit => {
            let mut v = vec![None];
            v.extend(choices(ENUM_PERMIT));
            v
        }
        Fact::ActivityStart
        | Fact::PostingEnd
        | Fact::ArrivalDate
        | Fact::PermitValidFrom
        | Fact::PermitValidUntil
        | Fact::NiaIssuedOn => dates(),
        Fact::AsOf
        | Fact::Relationship
        | Fact::Nir
        | Fact::EmployerSiren
        | Fact::PayrollId
        | Fact::Postcode
        | Fact::Parents => vec![None],
    }
}

const ENUM_PERMIT: &[&str] = &[
    "not_required",
    "long_stay_visa",
    "residence_permit",
    "resident_card",
    "talent_passport",
    "receipt",
    "none",
];

/// The question's type and choices.
fn kind_of(f: Fact) -> (&'static str, Option<&'static [&'static str]>) {
    match f {
        Fact::BirthDate
        | Fact::ActivityStart
        | Fact::PostingEnd
        | Fact::ArrivalDate
        | Fact::PermitValidFrom
        | Fact::PermitValidUntil
        | Fact::NiaIssuedOn
        | Fact::AsOf => ("date", None),
        Fact::Nationality | Fact::BirthCountry | Fact::UnionCountry | Fact::PostedFrom => {
            ("country", None)
        }
        Fact::Postcode => ("postcode", None),
        Fact::Nir | Fact::EmployerSiren | Fact::PayrollId => ("string", None),
        Fact::Parents => ("array", None),
        Fact::PreviouslyInsured | Fact::InEducation | Fact::AutonomyRequested => ("bool", None),
        Fact::Sex => ("enum", Some(&["female", "male"])),
        Fact::NirStatus => ("enum", Some(&["certified", "provisional"])),
        Fact::ActivityKind => (
            "enum",
            Some(&[
                "employed",
                "posted",
                "self_employed",
                "student",
                "job_seeker",
                "none",
            ]),
        ),
        Fact::Sector => ("enum", Some(&["general", "agricultural"])),
        Fact::PostingCertificate => ("enum", Some(&["a1", "bilateral", "none"])),
        Fact::Permit => ("enum", Some(ENUM_PERMIT)),
        Fact::Relationship => (
            "enum",
            Some(&[
                "primary",
                "spouse",
                "civil_partner",
                "cohabiting_partner",
                "child",
            ]),
        ),
    }
}

/// The question's text and help.
fn texts(f: Fact) -> (T, T) {
    match f {
        Fact::BirthDate | Fact::AsOf | Fact::Relationship => (T::QBirthDate, T::QHelpBirthDate),
        Fact::Sex => (T::QSex, T::QHelpSexAgreement),
        Fact::Nationality => (T::QNationality, T::QHelpNationality),
        Fact::BirthCountry => (T::QBirthCountry, T::QHelpBirthCountry),
        Fact::Nir => (T::QNir, T::QHelpNir),
        Fact::NirStatus => (T::QNirStatus, T::QHelpNirStatus),
        Fact::NiaIssuedOn => (T::QNiaIssuedOn, T::QHelpNiaIssuedOn),
        Fact::PreviouslyInsured => (T::QPreviouslyInsured, T::QHelpPreviouslyInsured),
        Fact::ActivityKind => (T::QActivityKind, T::QHelpActivityKind),
        Fact::ActivityStart => (T::QActivityStart, T::QHelpActivityStart),
        Fact::Sector => (T::QSector, T::QHelpSector),
        Fact::EmployerSiren => (T::QEmployerSiren, T::QHelpEmployerSiren),
        Fact::PayrollId => (T::QPayrollId, T::QHelpPayrollId),
        Fact::PostedFrom => (T::QPostedFrom, T::QHelpPostedFrom),
        Fact::PostingCertificate => (T::QPostingCertificate, T::QHelpPostingCertificate),
        Fact::PostingEnd => (T::QPostingEnd, T::QHelpPostingEnd),
        Fact::ArrivalDate => (T::QArrivalDate, T::QHelpArrivalDate),
        Fact::Permit => (T::QPermit, T::QHelpPermit),
        Fact::PermitValidFrom => (T::QPermitValidFrom, T::QHelpPermitValidFrom),
        Fact::PermitValidUntil => (T::QPermitValidUntil, T::QHelpPermitValidUntil),
        Fact::Postcode => (T::QPostcode, T::QHelpPostcode),
        Fact::InEducation => (T::QInEducation, T::QHelpInEducation),
        Fact::AutonomyRequested => (T::QAutonomyRequested, T::QHelpAutonomyRequested),
        Fact::UnionCountry => (T::QUnionCountry, T::QHelpUnionCountry),
        Fact::Parents => (T::QParents, T::QHelpParents),
    }
}

impl Intake {
    /// Reads a partial household from JSON text, as `secu assess --partial`
    /// and `POST /v1/assess?partial=true` do: a leading UTF-8 BOM is skipped;
    /// text that is not JSON gets the complete decoder's diagnosis (the same
    /// `malformed_json` problem, with its line and column); then
    /// [`Intake::decode`].
    ///
    /// # Errors
    /// Every problem of the input, with its path.
    pub fn parse(bytes: &[u8], opts: &Options) -> Result<Intake, InputErrors> {
        let text = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
        match serde_json::from_slice::<Value>(text) {
            Ok(tree) => Self::decode(&tree, opts),
            Err(_) => match crate::parse_household(bytes) {
                Err(e) => Err(e),
                // serde_json refused it but the decoder did not: cannot
                // happen (the same parser); say so rather than guess.
                Ok(_) => Err(InputErrors(vec![crate::InputError::new(
                    "",
                    crate::ErrorCode::MalformedJson,
                    "invalid JSON",
                )])),
            },
        }
    }

    /// Decodes a partial household (contract §5). Invalid values are
    /// errors, as in a complete household; absent facts are unknown.
    ///
    /// # Errors
    /// Every problem of the input, with its path.
    pub fn decode(value: &Value, opts: &Options) -> Result<Intake, InputErrors> {
        let mut base = value.clone();
        let mut unknown = Vec::new();
        if let Some(Value::Array(members)) = base.get_mut("members") {
            for (i, m) in members.iter_mut().enumerate() {
                let Value::Object(m) = m else { continue };
                let states: Vec<(Fact, State)> =
                    member_facts().map(|f| (f, state(m, f.path()))).collect();
                // `null` on a required field of a posting: no posting.
                let no_posting = states.iter().any(|(f, st)| {
                    matches!(f, Fact::PostedFrom | Fact::PostingCertificate)
                        && matches!(st, State::Null)
                });
                for (f, st) in states {
                    let posting = matches!(
                        f,
                        Fact::PostedFrom | Fact::PostingCertificate | Fact::PostingEnd
                    );
                    match st {
                        State::Known => {}
                        State::Unknown if posting && no_posting => {}
                        State::Unknown => unknown.push((i, f)),
                        State::Null if required(f) => {}
                        State::Null => set(m, f.path(), None),
                    }
                }
                if no_posting {
                    set(m, "activity.posting", None);
                }
                // A posting needs both its country and certificate.
                if let Some(Value::Object(a)) = m.get("activity")
                    && let Some(Value::Object(p)) = a.get("posting")
                    && (!p.contains_key("from_country") || !p.contains_key("certificate"))
                    && !unknown.contains(&(i, Fact::PostedFrom))
                    && !unknown.contains(&(i, Fact::PostingCertificate))
                {
                    set(m, "activity.posting", None);
                }
            }
        }
        let key = |&(i, f): &(usize, Fact)| (i, NATURAL_ORDER.iter().position(|&g| g == f));
        small_sort_by(&mut unknown, |a, b| key(a).cmp(&key(b)));
        // Decode the structure with placeholders for the required facts,
        // to report invalid values first.
        let probe = fill_required(&base);
        let h = crate::decode::parse_household_value(&probe)?;
        let as_of = opts.evaluation_date(&h);
        let ids = h.members.iter().map(|m| m.id.clone()).collect();
        let rel = h
            .members
            .iter()
            .map(|m| (m.relationship, m.parents.clone()))
            .collect();
        let paths = unknown
            .iter()
            .map(|&(i, f)| format!("members[{i}].{}", f.path()))
            .collect();
        let mut intake = Intake {
            base,
            paths,
            masks: Vec::new(),
            target: Vec::new(),
            unknown,
            household: h,
            neutral: Vec::new(),
            ids,
            rel,
            by_rank: Vec::new(),
        };
        intake.neutral = vec![0; intake.unknown.len()];
        let mut by_rank: Vec<usize> = (0..intake.unknown.len()).collect();
        let rank = |&x: &usize| {
            let (i, f) = intake.unknown[x];
            (RANK[f as usize], i)
        };
        small_sort_by(&mut by_rank, |a, b| rank(a).cmp(&rank(b)));
        intake.by_rank = by_rank;
        intake.masks = intake.unknown_bits();
        intake.target = intake.targets();
        if let Some(as_of) = as_of {
            let reps = intake.reps(as_of, opts);
            // Per member, the first completion whose errors do not concern
            // them, varying their activity kind, permit and posting (e.g. a
            // known posting needs `posted`), then their birth date.
            let mut choice = vec![0; intake.unknown.len()];
            for i in 0..intake.rel.len() {
                let deciders: Vec<usize> = (0..intake.unknown.len())
                    .filter(|&x| {
                        intake.unknown[x].0 == i
                            && matches!(
                                intake.unknown[x].1,
                                Fact::ActivityKind
                                    | Fact::Permit
                                    | Fact::PostedFrom
                                    | Fact::PostingCertificate
                                    | Fact::NirStatus
                            )
                    })
                    .collect();
                let combos = deciders
                    .iter()
                    .try_fold(1usize, |a, &x| a.checked_mul(reps[x].len()))
                    .unwrap_or(CAP)
                    .min(CAP);
                let prefix = format!("members[{i}].");
                // Then each other birth date (e.g. older than a known start
                // of work), the rest searched again.
                let birth =
                    (0..intake.unknown.len()).find(|&x| intake.unknown[x] == (i, Fact::BirthDate));
                let births = birth.map_or(1, |x| reps[x].len());
                'search: for (b, idx) in
                    (0..births).flat_map(|b| (0..combos).map(move |idx| (b, idx)))
                {
                    let mut c = choice.clone();
                    if let Some(x) = birth {
                        c[x] = b;
                    }
                    let mut r = idx;
                    for &x in &deciders {
                        c[x] = r % reps[x].len();
                        r /= reps[x].len();
                    }
                    let tree = intake.completion(&reps, &c);
                    let h = crate::decode::parse_household_value(&tree)?;
                    let ok = match assess(&h, opts) {
                        Ok(_) => true,
                        Err(e) => !e.0.iter().any(|e| e.path.starts_with(&prefix)),
                    };
                    if ok {
                        choice = c;
                        break 'search;
                    }
                }
            }
            let tree = intake.completion(&reps, &choice);
            let chosen = Some((choice, crate::decode::parse_household_value(&tree)?));
            if let Some((choice, h)) = chosen {
                intake.neutral = choice;
                intake.household = h;
            }
        }
        Ok(intake)
    }

    /// Whether no fact is unknown.
    pub fn is_complete(&self) -> bool {
        self.unknown.is_empty()
    }

    fn reps(&self, as_of: NaiveDate, opts: &Options) -> Vec<Vec<Option<Value>>> {
        // The known dates (other than birth dates) are anchors too: rules
        // compare dates with each other (arrival + 3 months, start of work).
        let mut known = BTreeSet::new();
        if let Some(Value::Array(members)) = self.base.get("members") {
            for m in members.iter().filter_map(Value::as_object) {
                for f in [
                    Fact::ActivityStart,
                    Fact::PostingEnd,
                    Fact::ArrivalDate,
                    Fact::PermitValidFrom,
                    Fact::PermitValidUntil,
                    Fact::NiaIssuedOn,
                ] {
                    let mut cur = Some(m);
                    let mut keys = f.path().split('.').peekable();
                    while let (Some(o), Some(k)) = (cur, keys.next()) {
                        if keys.peek().is_none() {
                            if let Some(d) = o
                                .get(k)
                                .and_then(Value::as_str)
                                .and_then(|t| crate::model::civil_date::parse(t).ok())
                            {
                                known.insert(d);
                            }
                            cur = None;
                        } else {
                            cur = o.get(k).and_then(Value::as_object);
                        }
                    }
                }
            }
        }
        known.remove(&as_of);
        // A posting's country: one per class of agreement, the same for
        // every member (the country classes cost a pass over every
        // country): computed once.
        let mut posted_from: Option<Vec<Option<Value>>> = None;
        self.unknown
            .iter()
            .map(|&(i, f)| {
                if f == Fact::PostedFrom {
                    return posted_from
                        .get_or_insert_with(|| representatives(f, false, as_of, &known, opts))
                        .clone();
                }
                let child = self.rel[i].0 == crate::model::Relationship::Child;
                // Only the facts `decode` searches need every representative;
                // the others, their neutral value (the first).
                match f {
                    Fact::Nationality | Fact::BirthCountry => {
                        vec![Some(Value::String(Country::IN.code().to_owned()))]
                    }
                    Fact::UnionCountry
                    | Fact::ActivityStart
                    | Fact::PostingEnd
                    | Fact::ArrivalDate
                    | Fact::PermitValidFrom
                    | Fact::PermitValidUntil
                    | Fact::NiaIssuedOn => vec![None],
                    _ => representatives(f, child, as_of, &known, opts),
                }
            })
            .collect()
    }

    /// The household tree with each unknown fact `k` at `reps[k][choice[k]]`.
    fn completion(&self, reps: &[Vec<Option<Value>>], choice: &[usize]) -> Value {
        let mut tree = self.base.clone();
        if let Some(Value::Array(members)) = tree.get_mut("members") {
            for (k, &(i, f)) in self.unknown.iter().enumerate() {
                if let Some(Value::Object(m)) = members.get_mut(i) {
                    let v = reps[k][choice[k]].clone();
                    if v.is_none() && matches!(f, Fact::PostedFrom | Fact::PostingCertificate) {
                        set(m, "activity.posting", None);
                    }
                    set(m, f.path(), v);
                }
            }
            // While the number is unknown, its status and NIA date wait for it
            // (they are refused without a number; every result reading the
            // number is provisional meanwhile).
            for &(i, f) in &self.unknown {
                if f == Fact::Nir
                    && let Some(Value::Object(m)) = members.get_mut(i)
                {
                    m.remove("nir_status");
                    m.remove("nia_issued_on");
                }
            }
            // A posting lacking a required field (one of them "none") is no posting.
            for m in members.iter_mut() {
                if let Value::Object(m) = m
                    && let Some(Value::Object(a)) = m.get("activity")
                    && let Some(Value::Object(p)) = a.get("posting")
                    && (!p.contains_key("from_country") || !p.contains_key("certificate"))
                {
                    set(m, "activity.posting", None);
                }
            }
        }
        tree
    }

    /// Assesses the partial household: the neutral completion's results,
    /// with `provisional`, `questions` and `complete` (contract §5). One
    /// evaluation, recording which facts each result's computation reads
    /// (module docs).
    ///
    /// # Errors
    /// What the complete household's [`assess`] reports (e.g. no evaluation
    /// date), for the neutral completion.
    pub fn assess<'a>(&'a self, opts: &Options) -> Result<Assessment<'a>, InputErrors> {
        if self.unknown.is_empty() {
            return assess(&self.household, opts);
        }
        let n = self.rel.len();
        if n > RECORD_MAX_MEMBERS {
            return self.assess_unrecorded(opts);
        }
        let reads = Reads::new(n);
        let mut out = assess_recording(&self.household, opts, &reads)?;
        let unknown = &self.masks;
        let target = &self.target;
        // The facts each member's cover depends on (per member whose facts):
        // what its computation read and, transitively, the covers it read.
        let most = FIELDS.len() * n;
        let u = self.unknown.len();
        // One allocation for the work tables: the covers' and the parts'
        // dependencies, then the questions' order (below).
        let mut scratch = vec![0u32; n * n + SUBS * n + (most + 2) + 2 * u];
        let (cover, rest) = scratch.split_at_mut(n * n);
        let (part, rest) = rest.split_at_mut(SUBS * n);
        let (start, rest) = rest.split_at_mut(most + 2);
        let (order, sorted) = rest.split_at_mut(u);
        for (i, row) in cover.chunks_exact_mut(n).enumerate() {
            for (c, r) in row.iter_mut().zip(reads.facts(Frame::Cover(i))) {
                *c = r.get();
            }
        }
        // The covers each cover read (a bit per member; its own excluded).
        let mut changed = true;
        while changed {
            changed = false;
            for i in 0..n {
                let mut read = reads.covers_read(Frame::Cover(i)) & !(1u64 << (i & 63));
                while read != 0 {
                    let c = read.trailing_zeros() as usize;
                    read &= read - 1;
                    if c >= n {
                        break;
                    }
                    for k in 0..n {
                        let more = cover[i * n + k] | cover[c * n + k];
                        if more != cover[i * n + k] {
                            cover[i * n + k] = more;
                            changed = true;
                        }
                    }
                }
            }
        }
        // Per unknown fact and member: the fields it affects (bit per FIELDS index).
        // The questions' shared table, filled in place (one allocation: a
        // vector turned into an `Arc` would be copied into a second one).
        let mut table: std::sync::Arc<[u32]> =
            std::iter::repeat_n(0u32, self.unknown.len() * n).collect();
        let affects: &mut [u32] =
            std::sync::Arc::get_mut(&mut table).expect("a new Arc has no other reference");
        for j in 0..n {
            // What each part of member `j`'s assessment depends on: what it
            // read, and what the covers it read depend on.
            for (sub, row) in part.chunks_exact_mut(n).enumerate() {
                let frame = Frame::Member(j, sub);
                for (p, r) in row.iter_mut().zip(reads.facts(frame)) {
                    *p = r.get();
                }
                let mut read = reads.covers_read(frame);
                while read != 0 {
                    let c = read.trailing_zeros() as usize;
                    read &= read - 1;
                    let Some(cv) = cover.get(c * n..(c + 1) * n) else {
                        break;
                    };
                    for (p, &v) in row.iter_mut().zip(cv) {
                        *p |= v;
                    }
                }
            }
            let mut provisional = 0u32;
            for k in 0..n {
                let u = unknown.get(k).copied().unwrap_or(0);
                if u == 0 {
                    continue;
                }
                let get = |sub: usize| part[sub * n + k] & u;
                // Every part but `age`, `nir` and `payroll` is given the cover.
                let own = cover[j * n + k] & u;
                let dep = get(SUB_DEPENDENT) & !own;
                let fund = get(SUB_FUND) & !own;
                let steps = get(SUB_STEPS) & !(own | dep | fund);
                let mut all = 0;
                for sub in SUB_DEPENDENT..=SUB_WARNINGS {
                    all |= get(sub);
                }
                let rest = all & !(own | dep | fund | steps);
                // The unknown facts read, in disjoint classes by the fields
                // they reach (a fact read by the cover reaches every field
                // given the cover; documents, milestones, warnings and
                // explanation take what every part adds), then those read by
                // the parts that are not given the cover (and payroll).
                let classes: [(u32, u32); 9] = [
                    (
                        own,
                        COVER_FIELDS | DEPENDENT_STATUS | FUND | STEPS | EVERY_PART_FIELDS,
                    ),
                    (
                        dep & fund,
                        DEPENDENT_STATUS | FUND | STEPS | EVERY_PART_FIELDS,
                    ),
                    (dep & !fund, DEPENDENT_STATUS | STEPS | EVERY_PART_FIELDS),
                    (fund & !dep, FUND | STEPS | EVERY_PART_FIELDS),
                    (steps, STEPS | EVERY_PART_FIELDS),
                    (rest, EVERY_PART_FIELDS),
                    (get(SUB_AGE), AGE),
                    (get(SUB_NIR), NIR),
                    (get(SUB_PAYROLL), PAYROLL),
                ];
                let Some(t) = target.get(k) else { continue };
                for (mut d, fields) in classes {
                    if d == 0 {
                        continue;
                    }
                    provisional |= fields;
                    while d != 0 {
                        let f = d.trailing_zeros() as usize & 31;
                        d &= d - 1;
                        let x = t[f];
                        if x != u16::MAX
                            && let Some(a) = affects.get_mut(usize::from(x) * n + j)
                        {
                            *a |= fields;
                        }
                    }
                }
            }
            let list = &mut out.members[j].provisional;
            list.reserve_exact(provisional.count_ones() as usize);
            list.extend(
                FIELDS
                    .iter()
                    .enumerate()
                    .filter(|(fi, _)| provisional & 1 << fi != 0)
                    .map(|(_, f)| *f),
            );
        }
        // Order (module docs): the number of results a fact could change,
        // most first; then the interview's natural order; then members. The
        // unknown facts are visited in (natural rank, member) order
        // (`by_rank`, sorted once by `decode`), so a stable counting sort on
        // the number of results finishes the order.
        // Per number of results, most first (`most - count`): where its
        // questions start, once summed; `order` holds (that, index) packed.
        let mut asked = 0;
        for &x in &self.by_rank {
            let Some(row) = affects.get(x * n..(x + 1) * n) else {
                continue;
            };
            if row.iter().all(|&a| a == 0) {
                continue;
            }
            // Four members' fields (15 bits each) per word: one population
            // count for four (a software one on the baseline targets).
            let count: u32 = row
                .chunks(4)
                .map(|c| {
                    c.iter()
                        .enumerate()
                        .fold(0u64, |w, (s, &a)| w | u64::from(a) << (16 * s))
                        .count_ones()
                })
                .sum();
            let d = most - usize::try_from(count).unwrap_or(most).min(most);
            start[d + 1] += 1;
            // (Both below 2^16: at most 64 members of 25 facts and 15 fields.)
            order[asked] = u32::try_from(d << 16 | x).unwrap_or(u32::MAX);
            asked += 1;
        }
        for d in 1..start.len() {
            start[d] += start[d - 1];
        }
        for &dx in &order[..asked] {
            let (d, x) = ((dx >> 16) as usize, dx & 0xffff);
            if let Some(slot) = start.get_mut(d)
                && let Some(s) = sorted.get_mut(*slot as usize)
            {
                *s = x;
                *slot += 1;
            }
        }
        out.questions = sorted[..asked]
            .iter()
            .map(|&x| {
                let x = x as usize;
                let (i, f) = self.unknown.get(x).copied().unwrap_or((0, Fact::AsOf));
                let affects = Affects::new(std::sync::Arc::clone(&table), x, n);
                self.question(i, x, f, opts, affects)
            })
            .collect();
        out.complete = out.questions.is_empty();
        Ok(out)
    }

    /// The facts of each member whose value in the neutral completion may
    /// differ from the complete household's (a bit per fact): the unknown
    /// ones, and their companions the completion hides — a known
    /// `nir_status` and `nia_issued_on` while the `nir` is unknown (they are
    /// refused without a number), a known part of a posting while its
    /// country or certificate is unknown (a posting lacking either is none).
    /// Beyond [`RECORD_MAX_MEMBERS`]: every field of every member
    /// provisional (sound, never a wrong "settled"); every unknown fact
    /// asked, affecting its own member's fields, in member then natural order.
    fn assess_unrecorded<'a>(&'a self, opts: &Options) -> Result<Assessment<'a>, InputErrors> {
        let mut out = assess(&self.household, opts)?;
        for m in &mut out.members {
            m.provisional = FIELDS.to_vec();
        }
        let n = self.rel.len();
        let all = (1u32 << FIELDS.len()) - 1;
        // One row per member with an unknown fact: its own fields.
        let mut rows: Vec<u32> = Vec::new();
        let mut questions = Vec::with_capacity(self.unknown.len());
        let mut last = usize::MAX;
        for (x, &(i, _)) in self.unknown.iter().enumerate() {
            if i != last {
                let start = rows.len();
                rows.resize(start + n, 0);
                if let Some(r) = rows.get_mut(start + i) {
                    *r = all;
                }
                last = i;
            }
            questions.push((rows.len() / n.max(1) - 1, x));
        }
        let rows: std::sync::Arc<[u32]> = rows.into();
        out.questions = questions
            .into_iter()
            .map(|(row, x)| {
                let (i, f) = self.unknown[x];
                let affects = Affects::new(std::sync::Arc::clone(&rows), row, n);
                self.question(i, x, f, opts, affects)
            })
            .collect();
        out.complete = out.questions.is_empty();
        Ok(out)
    }

    /// The question for unknown fact `x` (`f` of member `i`). Inlined: the
    /// question is then written in place in the assessment's list, not
    /// copied there.
    #[inline(always)]
    fn question(
        &self,
        i: usize,
        x: usize,
        f: Fact,
        opts: &Options,
        affects: Affects,
    ) -> Question<'_> {
        let (kind, choices) = kind_of(f);
        let (text, help) = texts(f);
        Question {
            path: self.paths.get(x).map_or("", String::as_str),
            member: self.ids.get(i).map_or("", String::as_str),
            field: f.path(),
            kind,
            choices,
            text: text.get(opts.lang),
            help: help.get(opts.lang),
            affects,
        }
    }

    /// Per member and fact, the question a read of it asks: the unknown
    /// fact itself, or for a companion (see `unknown_bits`) the fact hiding it.
    fn targets(&self) -> Vec<[u16; 32]> {
        let mut target = vec![[u16::MAX; 32]; self.rel.len()];
        for (x, &(k, f)) in self.unknown.iter().enumerate() {
            target[k][f as usize] = u16::try_from(x).unwrap_or(u16::MAX);
        }
        for &(k, f) in &self.unknown {
            let hidden: &[Fact] = match f {
                Fact::Nir => &[Fact::NirStatus, Fact::NiaIssuedOn],
                Fact::PostedFrom | Fact::PostingCertificate => {
                    &[Fact::PostedFrom, Fact::PostingCertificate, Fact::PostingEnd]
                }
                _ => &[],
            };
            let x = target[k][f as usize];
            for &g in hidden {
                if target[k][g as usize] == u16::MAX {
                    target[k][g as usize] = x;
                }
            }
        }
        target
    }

    fn unknown_bits(&self) -> Vec<u32> {
        let mut out = vec![0u32; self.rel.len()];
        for &(i, f) in &self.unknown {
            out[i] |= bit(f);
            match f {
                Fact::Nir => out[i] |= bit(Fact::NirStatus) | bit(Fact::NiaIssuedOn),
                Fact::PostedFrom | Fact::PostingCertificate => {
                    out[i] |= bit(Fact::PostedFrom)
                        | bit(Fact::PostingCertificate)
                        | bit(Fact::PostingEnd);
                }
                _ => {}
            }
        }
        out
    }
}

/// A fact's bit in a recorded set.
fn bit(f: Fact) -> u32 {
    1 << f as u32
}

/// The tree with a placeholder for each absent required fact (so that the
/// structure decodes and invalid values are reported).
fn fill_required(base: &Value) -> Value {
    let mut tree = base.clone();
    if let Some(Value::Array(members)) = tree.get_mut("members") {
        for m in members.iter_mut() {
            let Value::Object(m) = m else { continue };
            for (k, v) in [
                ("birth_date", "1970-01-01"),
                ("nationality", "IN"),
                ("birth_country", "IN"),
            ] {
                m.entry(k).or_insert_with(|| Value::String(v.to_owned()));
            }
            if let Some(Value::Object(a)) = m.get_mut("activity")
                && let Some(Value::Object(p)) = a.get_mut("posting")
            {
                for (k, v) in [("from_country", "IN"), ("certificate", "none")] {
                    p.entry(k).or_insert_with(|| Value::String(v.to_owned()));
                }
            }
        }
    }
    tree
}

/// The human report's part for a partial assessment: each member's
/// provisional results, then the questions that remain, in order.
pub fn render_pending(a: &Assessment<'_>) -> String {
    use std::fmt::Write as _;
    let lang = a.lang;
    let mut out = String::new();
    let _ = writeln!(out);
    for m in &a.members {
        if !m.provisional.is_empty() {
            let _ = writeln!(
                out,
                "{}: {}: {}",
                m.id,
                T::ReportProvisional.get(lang),
                m.provisional.join(", ")
            );
        }
    }
    if a.questions.is_empty() {
        let _ = writeln!(out, "{}", T::ReportNoQuestion.get(lang));
        return out;
    }
    let _ = writeln!(out, "\n{}:", T::ReportQuestions.get(lang));
    for (n, q) in a.questions.iter().enumerate() {
        let _ = writeln!(out, "{:>3}. [{}] {}", n + 1, q.path, q.text);
        let _ = writeln!(out, "     {}", q.help);
        if let Some(c) = &q.choices {
            let _ = writeln!(out, "     ({})", c.join(" | "));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `Intake::reps` gives some facts their neutral value only: the first
    /// of their representatives.
    #[test]
    fn neutral_shortcuts_are_the_first_representatives() {
        let as_of = NaiveDate::from_ymd_opt(2026, 11, 27).expect("date");
        let known: BTreeSet<NaiveDate> = [as_of].into_iter().collect();
        let opts = Options::default();
        let code = Some(Value::String(Country::IN.code().to_owned()));
        for (f, neutral) in [
            (Fact::Nationality, code.clone()),
            (Fact::BirthCountry, code),
            (Fact::UnionCountry, None),
            (Fact::ActivityStart, None),
            (Fact::PostingEnd, None),
            (Fact::ArrivalDate, None),
            (Fact::PermitValidFrom, None),
            (Fact::PermitValidUntil, None),
            (Fact::NiaIssuedOn, None),
        ] {
            for child in [false, true] {
                let reps = representatives(f, child, as_of, &known, &opts);
                assert_eq!(reps.first(), Some(&neutral), "{f:?}");
            }
        }
    }

    /// The groups of fields `Intake::assess` gives dependencies to name
    /// every field of [`FIELDS`] once.
    #[test]
    fn field_groups_cover_every_field_once() {
        let groups = [
            AGE,
            NIR,
            COVER_FIELDS,
            DEPENDENT_STATUS,
            FUND,
            EVERY_PART_FIELDS,
            STEPS,
            PAYROLL,
        ];
        let mut seen = 0u32;
        for g in groups {
            assert_eq!(seen & g, 0, "a field in two groups");
            seen |= g;
        }
        assert_eq!(seen, (1 << FIELDS.len()) - 1);
        assert_eq!(field("explanation"), 1 << 14);
        assert_eq!(COVER_FIELDS.count_ones(), 5);
    }
}
