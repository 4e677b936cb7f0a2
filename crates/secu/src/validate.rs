//! The rules that relate fields to each other, checked on a decoded household
//! before any affiliation rule runs: birth after `as_of`, duplicate ids, one
//! primary, parents, posting details, NIR keys, SIREN keys, postcodes.
//!
//! Every problem is reported, each with its JSON path; the result also keeps
//! what the checks computed (parsed NIRs, ages, departments, where each id
//! is) so the rules do not compute it twice.
//!
//! Every pass is linear or n·log n in the number of members: a member is
//! found by id through one [`Index`], built once, never by scanning the
//! household (issue 10, item 4).

use chrono::NaiveDate;

use crate::data::departments::{self, PostcodeFund};
use crate::date;
use crate::error::{ErrText, ErrorCode, Errors, InputErrors};
use crate::form;
use crate::id::nir::{Nir, NirError};
use crate::id::siren::Siren;
use crate::model::{ActivityKind, Household, Member, Relationship};
use crate::policy::{NirWithoutKey, Policy};
use crate::rules::children::MAJORITY_AGE;
use crate::text::T;

/// Longest payroll number usable in an NTT: 1 sex digit + 9 SIREN digits +
/// the payroll number must fit the NTT's 40 characters (domain §4.3).
pub(crate) const MAX_PAYROLL_ID_LEN: usize = 30;

/// What validation learnt about one member.
#[derive(Clone, Debug)]
pub(crate) struct Checked {
    /// Parsed NIR or NIA.
    pub(crate) nir: Option<Nir>,
    /// Age in whole years at `as_of`.
    pub(crate) age: u32,
    /// Under one year: the age in whole months at `as_of`.
    pub(crate) age_months: Option<u32>,
    /// Fund found from the postcode, if any.
    pub(crate) postcode: Option<PostcodeFund>,
    /// Parsed SIREN of the employer.
    pub(crate) siren: Option<Siren>,
}

/// Where each member is: the only way the validator and the rules find a
/// member by id or by relationship, so that none of them scans the household
/// once per member (issue 10, item 4). Built once, in n·log n.
#[derive(Clone, Debug, Default)]
pub(crate) struct Index<'h> {
    /// The first member with each id.
    ids: Ids<'h>,
    /// The first member whose relationship is `primary`.
    pub(crate) primary: Option<usize>,
    /// The first spouse or partner (of the primary, Decision 12).
    pub(crate) partner: Option<usize>,
}

impl<'h> Index<'h> {
    /// Indexes the members of `h`.
    pub(crate) fn new(h: &'h Household) -> Self {
        let mut index = Index {
            ids: Ids::new(h.members.iter().map(|m| m.id.as_str())),
            ..Index::default()
        };
        for (i, m) in h.members.iter().enumerate() {
            if m.relationship == Relationship::Primary && index.primary.is_none() {
                index.primary = Some(i);
            }
            if m.relationship.is_partner() && index.partner.is_none() {
                index.partner = Some(i);
            }
        }
        index
    }

    /// The first member whose id is `id`.
    pub(crate) fn member(&self, id: &str) -> Option<usize> {
        self.ids.get(id)
    }
}

/// Positions by id: the ids with their positions, sorted by id (stably:
/// the first position of an id comes first), searched by bisection.
///
/// A sorted `Vec` and a merge sort written here rather than a `BTreeMap` or
/// the standard library's sorts: each of those instantiated kilobytes of the
/// WebAssembly module (see `sort.rs`); this is a few hundred bytes, and
/// n·log n whatever the ids (no hash to collide).
#[derive(Clone, Debug, Default)]
pub(crate) struct Ids<'a>(Vec<(&'a str, usize)>);

impl<'a> Ids<'a> {
    /// Indexes `ids` by their positions.
    pub(crate) fn new(ids: impl Iterator<Item = &'a str>) -> Self {
        let mut v: Vec<(&'a str, usize)> = ids.enumerate().map(|(i, id)| (id, i)).collect();
        let n = v.len();
        let mut buf = v.clone();
        let mut width = 1;
        // Bottom-up merge sort: runs of `width` merged pairwise, the left
        // run first on equal ids (stable).
        while width < n {
            let mut start = 0;
            while start < n {
                let mid = (start + width).min(n);
                let end = (start + 2 * width).min(n);
                let (mut a, mut b) = (start, mid);
                for slot in &mut buf[start..end] {
                    let take_right = a == mid || (b < end && v[b].0 < v[a].0);
                    if take_right {
                        *slot = v[b];
                        b += 1;
                    } else {
                        *slot = v[a];
                        a += 1;
                    }
                }
                start = end;
            }
            std::mem::swap(&mut v, &mut buf);
            width *= 2;
        }
        Ids(v)
    }

    /// The first position of `id`.
    pub(crate) fn get(&self, id: &str) -> Option<usize> {
        let p = self.0.partition_point(|(k, _)| *k < id);
        self.0.get(p).filter(|(k, _)| *k == id).map(|&(_, i)| i)
    }
}

/// Unknown parent ids that get a "did you mean" (each suggestion reads every
/// id: a bound keeps a household full of typos linear).
const MAX_SUGGESTIONS: usize = 16;

/// Youngest age at which a person is accepted as the parent of a child born
/// that day (Decision 22).
pub(crate) const MIN_PARENT_AGE: u32 = 12;

/// Checks a decoded household at `as_of`; returns per-member facts and the
/// index of the members.
pub(crate) fn validate<'h>(
    h: &'h Household,
    as_of: NaiveDate,
    policy: &Policy,
) -> Result<(Vec<Checked>, Index<'h>), InputErrors> {
    let mut errs = Errors::default();
    let checked = check(h, as_of, policy, &Known::All, &mut errs);
    errs.into_result(checked)
}

/// Which fields of each member decoded: validation runs on those only when
/// decoding found problems, so that a problem elsewhere in the household
/// hides none of the independent ones (issue 10, item 18; Decision 22), and
/// a field that did not decode causes no second, invented problem.
pub(crate) enum Known {
    /// The household decoded completely.
    All,
    /// Per member (in document order, one entry per member), the member-level
    /// fields (`birth_date`, `activity`, …) that did not decode; `None` when the
    /// member itself is not an object.
    Partial(Vec<Option<Vec<String>>>),
}

impl Known {
    /// Member `i`'s field `field` decoded (and member `i` exists).
    fn has(&self, i: usize, field: &str) -> bool {
        match self {
            Known::All => true,
            Known::Partial(v) => {
                matches!(v.get(i), Some(Some(bad)) if !bad.iter().any(|b| b == field))
            }
        }
    }

    /// Every member decoded (at least as an object).
    fn members_complete(&self) -> bool {
        match self {
            Known::All => true,
            Known::Partial(v) => v.iter().all(Option::is_some),
        }
    }

    /// Every member's `field` decoded.
    fn everywhere(&self, field: &str) -> bool {
        match self {
            Known::All => true,
            Known::Partial(v) => v
                .iter()
                .all(|m| matches!(m, Some(bad) if !bad.iter().any(|b| b == field))),
        }
    }
}

/// The problems of a household that decoded only in part, on the fields that
/// did decode: every check that needs neither the evaluation date nor a
/// policy other than the default (those are run by `assess`, once the input
/// decodes).
pub(crate) fn check_partial(h: &Household, known: &Known, errs: &mut Errors) {
    let _ = check(h, NaiveDate::MAX, &Policy::default(), known, errs);
}

/// The checks; `h.members[i]` is member `i` of the input.
fn check<'h>(
    h: &'h Household,
    as_of: NaiveDate,
    policy: &Policy,
    known: &Known,
    errs: &mut Errors,
) -> (Vec<Checked>, Index<'h>) {
    if let Err(e) = policy.check() {
        errs.push(e.path, e.code, e.text);
    }
    if matches!(known, Known::All) {
        crate::decode::check_format(h.format.as_deref(), errs);
    }
    if h.members.is_empty() && known.members_complete() {
        errs.push("members", ErrorCode::NoMembers, T::ErrNoMembers);
    }
    let leap = policy.leap_day_birthday;
    let mut out = Vec::with_capacity(h.members.len());
    let mut primaries = 0usize;
    // The first member with each id (duplicates found in n·log n).
    let index = Index::new(h);
    for (i, m) in h.members.iter().enumerate() {
        let p = |field: &str| format!("members[{i}].{field}");
        let has = |field: &str| known.has(i, field);
        if m.relationship == Relationship::Primary && has("relationship") {
            primaries += 1;
            if primaries > 1 {
                errs.push(
                    p("relationship"),
                    ErrorCode::SeveralPrimaries,
                    T::ErrSeveralPrimaries,
                );
            }
        }
        let len = m.id.chars().count();
        if !has("id") {
            // Not decoded: nothing to compare.
        } else if len == 0 || len > 64 {
            errs.push(
                p("id"),
                ErrorCode::InvalidId,
                ErrText::new(T::ErrIdLength).arg(len.to_string()),
            );
        } else if let Some(c) =
            m.id.chars()
                .find(|c| !(c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '-')))
        {
            // Named by its code point, never echoed raw (it may be a control).
            let found = format!("U+{:04X}", u32::from(c));
            errs.push(
                p("id"),
                ErrorCode::InvalidIdCharacter,
                ErrText::new(T::ErrIdCharacters).arg(found),
            );
        } else if let Some(first) = index.member(&m.id).filter(|&f| f != i) {
            errs.push(
                p("id"),
                ErrorCode::DuplicateId,
                ErrText::new(T::ErrDuplicateId)
                    .arg(m.id.as_str())
                    .arg(format!("members[{first}].id")),
            );
        }
        let born = has("birth_date");
        if born && m.birth_date > as_of {
            errs.push(
                p("birth_date"),
                ErrorCode::DateAfterAsOf,
                ErrText::new(T::ErrBirthAfterAsOf)
                    .arg(m.birth_date.to_string())
                    .arg(as_of.to_string()),
            );
        }
        let nir = if has("nir") && has("nir_status") && has("nia_issued_on") {
            check_nir(m, i, policy, born, errs)
        } else {
            None
        };
        let siren = if has("activity") {
            check_activity(m, i, born, errs)
        } else {
            None
        };
        let postcode = if has("residence") {
            check_residence(m, i, errs)
        } else {
            None
        };
        if m.union_country.is_some()
            && has("relationship")
            && let Some(why) = form::refusal("union_country", m)
        {
            errs.push(p("union_country"), ErrorCode::NotApplicable, why);
        }
        let age = date::age(m.birth_date, as_of, leap);
        out.push(Checked {
            nir,
            age,
            age_months: (age == 0).then(|| months_under_a_year(m.birth_date, as_of)),
            postcode,
            siren,
        });
    }
    if primaries == 0 && !h.members.is_empty() && known.everywhere("relationship") {
        errs.push("members", ErrorCode::NoPrimary, T::ErrNoPrimary);
    }
    check_parents(h, &out, &index, known, leap, errs);
    (out, index)
}

/// Whole months from `birth` to `on`, for someone under a year old: the
/// number of monthly anniversaries reached (end-of-month rule, Decision 13).
fn months_under_a_year(birth: NaiveDate, on: NaiveDate) -> u32 {
    (1..12)
        .take_while(|&k| date::add_months(birth, k).is_some_and(|d| d <= on))
        .last()
        .unwrap_or(0)
}

/// `born`: the birth date decoded (it is compared with the NIA's date).
fn check_nir(m: &Member, i: usize, policy: &Policy, born: bool, errs: &mut Errors) -> Option<Nir> {
    let path = format!("members[{i}].nir");
    // Whether `nir_status` and `nia_issued_on` apply: the form's table.
    if m.nir_status.is_some()
        && let Some(why) = form::refusal("nir_status", m)
    {
        errs.push(
            format!("members[{i}].nir_status"),
            ErrorCode::NotApplicable,
            why,
        );
    }
    if m.nia_issued_on.is_some()
        && let Some(why) = form::refusal("nia_issued_on", m)
    {
        errs.push(
            format!("members[{i}].nia_issued_on"),
            ErrorCode::NotApplicable,
            why,
        );
    }
    let raw = m.nir.as_deref()?;
    if let Some(d) = m.nia_issued_on
        && born
        && d < m.birth_date
    {
        errs.push(
            format!("members[{i}].nia_issued_on"),
            ErrorCode::DatesReversed,
            ErrText::new(T::ErrNiaBeforeBirth).arg(d.to_string()),
        );
    }
    match raw.parse::<Nir>() {
        Ok(n) => {
            if !n.key_given() && policy.nir_without_key == NirWithoutKey::Reject {
                errs.push(
                    path,
                    ErrorCode::InvalidNir,
                    ErrText::new(T::ErrNirWithoutKeyRejected).arg(format!("{:02}", n.key())),
                );
                return None;
            }
            Some(n)
        }
        Err(e) => {
            let code = match e {
                NirError::LegacyProvisional { .. } => ErrorCode::LegacyNumber,
                _ => ErrorCode::InvalidNir,
            };
            errs.push(path, code, e.text());
            None
        }
    }
}

/// The activity's own fields, and its dates against the birth date (when
/// `born`, the birth date decoded): an activity or a posting that starts or
/// ends before the person is born is implausible (Decision 22).
fn check_activity(m: &Member, i: usize, born: bool, errs: &mut Errors) -> Option<Siren> {
    let Some(a) = &m.activity else { return None };
    let p = |field: &str| format!("members[{i}].activity.{field}");
    let birth = m.birth_date;
    if born && let Some(start) = a.start_date.filter(|d| *d < birth) {
        errs.push(
            p("start_date"),
            ErrorCode::DatesReversed,
            ErrText::new(T::ErrActivityBeforeBirth)
                .arg(start.to_string())
                .arg(birth.to_string()),
        );
    }
    if born
        && let Some(end) = a
            .posting
            .as_ref()
            .and_then(|post| post.end_date)
            .filter(|d| *d < birth)
    {
        errs.push(
            p("posting.end_date"),
            ErrorCode::DatesReversed,
            ErrText::new(T::ErrPostingBeforeBirth)
                .arg(end.to_string())
                .arg(birth.to_string()),
        );
    }
    // Whether posting details apply: the form's table.
    let refused = a
        .posting
        .as_ref()
        .and_then(|_| form::refusal("activity.posting", m));
    match (&a.posting, a.kind, refused) {
        (None, ActivityKind::Posted, _) => {
            errs.push(
                p("posting"),
                ErrorCode::PostingMissing,
                T::ErrPostingMissing,
            );
        }
        (Some(_), _, Some(why)) => {
            errs.push(p("posting"), ErrorCode::NotApplicable, why);
        }
        (Some(post), _, None) => {
            if let (Some(start), Some(end)) = (a.start_date, post.end_date)
                && end < start
            {
                errs.push(
                    p("posting.end_date"),
                    ErrorCode::DatesReversed,
                    ErrText::new(T::ErrPostingReversed)
                        .arg(end.to_string())
                        .arg(start.to_string()),
                );
            }
        }
        (None, ..) => {}
    }
    let e = a.employer.as_ref()?;
    let siren = match e.siren.as_deref().map(str::parse::<Siren>) {
        Some(Ok(s)) => Some(s),
        Some(Err(err)) => {
            errs.push(
                p("employer.siren"),
                ErrorCode::InvalidSiren,
                siren_text(&err),
            );
            None
        }
        None => None,
    };
    if let Some(id) = e.payroll_id.as_deref() {
        let len = id.chars().count();
        if len == 0 || len > MAX_PAYROLL_ID_LEN {
            errs.push(
                p("employer.payroll_id"),
                ErrorCode::InvalidPayrollId,
                ErrText::new(T::ErrPayrollIdLength)
                    .arg(MAX_PAYROLL_ID_LEN.to_string())
                    .arg(len.to_string()),
            );
        } else if let Some(c) = id.chars().find(|c| !c.is_ascii_alphanumeric()) {
            errs.push(
                p("employer.payroll_id"),
                ErrorCode::InvalidPayrollId,
                ErrText::new(T::ErrPayrollIdCharacter).arg(format!("{c:?}")),
            );
        }
    }
    siren
}

fn check_residence(m: &Member, i: usize, errs: &mut Errors) -> Option<PostcodeFund> {
    let r = m.residence.as_ref()?;
    let p = |field: &str| format!("members[{i}].residence.{field}");
    if let (Some(from), Some(until)) = (r.permit_valid_from, r.permit_valid_until)
        && until < from
    {
        errs.push(
            p("permit_valid_until"),
            ErrorCode::DatesReversed,
            ErrText::new(T::ErrPermitReversed)
                .arg(until.to_string())
                .arg(from.to_string()),
        );
    }
    match departments::department_for_postcode(r.postcode.as_deref()?) {
        Ok(f) => Some(f),
        Err(e) => {
            errs.push(p("postcode"), ErrorCode::InvalidPostcode, postcode_text(&e));
            None
        }
    }
}

/// A SIREN's error as a text key (its `Display` is the English text).
fn siren_text(e: &crate::id::siren::SirenError) -> ErrText {
    use crate::id::siren::SirenError;
    match *e {
        SirenError::Length { found } => ErrText::new(T::ErrSirenLength).arg(found.to_string()),
        SirenError::InvalidCharacter { ch, position } => ErrText::new(T::ErrSirenCharacter)
            .arg(format!("{ch:?}"))
            .arg(position.to_string()),
        SirenError::InvalidKey { expected, found } => ErrText::new(T::ErrSirenKey)
            .arg(expected.to_string())
            .arg(found.to_string()),
    }
}

/// A postcode's error as a text key (its `Display` is the English text).
fn postcode_text(e: &departments::PostcodeError) -> ErrText {
    use departments::PostcodeError;
    let (key, postcode) = match e {
        PostcodeError::Malformed(p) => (T::ErrPostcodeMalformed, p),
        PostcodeError::NotFrance(p) => (T::ErrPostcodeMonaco, p),
        PostcodeError::UnknownDepartment(p) => (T::ErrPostcodeUnknown, p),
    };
    ErrText::new(key).arg(format!("{postcode:?}"))
}

/// `parents`: children only, existing adult members, not the child, at most
/// two; each listed parent born before the child and at least 12 at its birth
/// (Decision 22). A member is found through the id index (issue 10, item 4).
fn check_parents(
    h: &Household,
    checked: &[Checked],
    index: &Index<'_>,
    known: &Known,
    leap: crate::policy::LeapDayBirthday,
    errs: &mut Errors,
) {
    // An id that did not decode may be the one a child names: no parent is
    // then reported unknown.
    let ids_complete = known.members_complete() && known.everywhere("id");
    let mut suggestions = 0usize;
    for (i, m) in h.members.iter().enumerate() {
        let Some(parents) = &m.parents else { continue };
        if !known.has(i, "parents") || !known.has(i, "relationship") {
            continue;
        }
        let path = format!("members[{i}].parents");
        if let Some(why) = form::refusal("parents", m) {
            errs.push(path, ErrorCode::NotApplicable, why);
            continue;
        }
        if parents.len() > 2 {
            errs.push(
                path.clone(),
                ErrorCode::InvalidParent,
                ErrText::new(T::ErrTooManyParents).arg(parents.len().to_string()),
            );
        }
        let child_born = known.has(i, "birth_date");
        for (k, pid) in parents.iter().enumerate() {
            let pp = format!("{path}[{k}]");
            // At most two (a longer list is refused above): no quadratic scan.
            if parents[..k.min(2)].contains(pid) {
                errs.push(
                    pp,
                    ErrorCode::InvalidParent,
                    ErrText::new(T::ErrParentTwice).arg(pid.as_str()),
                );
                continue;
            }
            match index.member(pid) {
                None if !ids_complete => {}
                None => {
                    let mut message = ErrText::new(T::ErrUnknownParent).arg(pid.as_str());
                    if suggestions < MAX_SUGGESTIONS {
                        suggestions += 1;
                        let ids = h.members.iter().map(|o| o.id.as_str());
                        if let Some(s) = crate::suggest::closest(pid, ids) {
                            message = message.then(T::ErrDidYouMean).arg(s);
                        }
                    }
                    errs.push(pp, ErrorCode::UnknownParent, message);
                }
                Some(j) if j == i => errs.push(pp, ErrorCode::InvalidParent, T::ErrOwnParent),
                Some(j) if !known.has(j, "birth_date") || !child_born => {}
                Some(j) if h.members[j].birth_date >= m.birth_date => {
                    let (child, parent) = (m.birth_date, h.members[j].birth_date);
                    errs.push(
                        pp,
                        ErrorCode::InvalidParent,
                        ErrText::new(T::ErrParentRef)
                            .arg(pid.as_str())
                            .arg(format!("members[{j}]"))
                            .then(T::ErrParentBornAfterChild)
                            .arg(parent.to_string())
                            .arg(child.to_string()),
                    );
                }
                Some(j)
                    if date::age(h.members[j].birth_date, m.birth_date, leap) < MIN_PARENT_AGE =>
                {
                    let age = date::age(h.members[j].birth_date, m.birth_date, leap);
                    errs.push(
                        pp,
                        ErrorCode::InvalidParent,
                        ErrText::new(T::ErrParentRef)
                            .arg(pid.as_str())
                            .arg(format!("members[{j}]"))
                            .then(T::ErrParentTooYoung)
                            .arg(age.to_string())
                            .arg(MIN_PARENT_AGE.to_string()),
                    );
                }
                Some(j) if checked.get(j).is_some_and(|c| c.age < MAJORITY_AGE) => {
                    errs.push(
                        pp,
                        ErrorCode::InvalidParent,
                        ErrText::new(T::ErrParentNotAdult)
                            .arg(pid.as_str())
                            .arg(format!("members[{j}]")),
                    );
                }
                Some(_) => {}
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::Ids;

    proptest! {
        /// The first position of every id, as a scan finds it; nothing for
        /// an id that is not there.
        #[test]
        fn ids_find_the_first_position(ids in proptest::collection::vec("[a-d]{0,2}", 0..40), probe in "[a-e]{0,2}") {
            let index = Ids::new(ids.iter().map(String::as_str));
            for id in ids.iter().chain([&probe]) {
                prop_assert_eq!(index.get(id), ids.iter().position(|x| x == id));
            }
        }
    }
}
