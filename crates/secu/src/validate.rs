//! The rules that relate fields to each other, checked on a decoded household
//! before any affiliation rule runs: birth after `as_of`, duplicate ids, one
//! primary, parents, posting details, NIR keys, SIREN keys, postcodes.
//!
//! Every problem is reported, each with its JSON path; the result also keeps
//! what the checks computed (parsed NIRs, ages, departments) so the rules do
//! not compute it twice.

use chrono::NaiveDate;

use crate::data::departments::{self, PostcodeFund};
use crate::date;
use crate::error::{ErrText, ErrorCode, Errors, InputErrors};
use crate::id::nir::{Nir, NirError};
use crate::id::siren::Siren;
use crate::model::{ActivityKind, Household, Member, NirStatus, Relationship};
use crate::policy::{NirWithoutKey, Policy};
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
    /// Fund found from the postcode, if any.
    pub(crate) postcode: Option<PostcodeFund>,
    /// Parsed SIREN of the employer.
    pub(crate) siren: Option<Siren>,
}

/// Checks a decoded household at `as_of`; returns per-member facts.
pub(crate) fn validate(
    h: &Household,
    as_of: NaiveDate,
    policy: &Policy,
) -> Result<Vec<Checked>, InputErrors> {
    let mut errs = Errors::default();
    crate::decode::check_format(h.format.as_deref(), &mut errs);
    if h.members.is_empty() {
        errs.push("members", ErrorCode::NoMembers, T::ErrNoMembers);
    }
    let leap = policy.leap_day_birthday;
    let mut out = Vec::with_capacity(h.members.len());
    let mut primaries = 0usize;
    for (i, m) in h.members.iter().enumerate() {
        let p = |field: &str| format!("members[{i}].{field}");
        if m.relationship == Relationship::Primary {
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
        if len == 0 || len > 64 {
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
                crate::text::T::ErrIdCharacters
                    .get(crate::Lang::En)
                    .replace("{0}", &found),
            );
        } else if let Some(first) = h.members[..i].iter().position(|o| o.id == m.id) {
            errs.push(
                p("id"),
                ErrorCode::DuplicateId,
                ErrText::new(T::ErrDuplicateId)
                    .arg(m.id.as_str())
                    .arg(format!("members[{first}].id")),
            );
        }
        if m.birth_date > as_of {
            errs.push(
                p("birth_date"),
                ErrorCode::DateAfterAsOf,
                ErrText::new(T::ErrBirthAfterAsOf)
                    .arg(m.birth_date.to_string())
                    .arg(as_of.to_string()),
            );
        }
        let nir = check_nir(m, i, policy, &mut errs);
        let siren = check_activity(m, i, &mut errs);
        let postcode = check_residence(m, i, &mut errs);
        if m.union_country.is_some() && !m.relationship.is_partner() {
            errs.push(
                p("union_country"),
                ErrorCode::NotApplicable,
                T::ErrUnionCountryNotPartner,
            );
        }
        out.push(Checked {
            nir,
            age: date::age(m.birth_date, as_of, leap),
            postcode,
            siren,
        });
    }
    if primaries == 0 && !h.members.is_empty() {
        errs.push("members", ErrorCode::NoPrimary, T::ErrNoPrimary);
    }
    check_parents(h, &out, &mut errs);
    errs.into_result(out)
}

fn check_nir(m: &Member, i: usize, policy: &Policy, errs: &mut Errors) -> Option<Nir> {
    let path = format!("members[{i}].nir");
    let Some(raw) = m.nir.as_deref() else {
        if m.nir_status.is_some() {
            errs.push(
                format!("members[{i}].nir_status"),
                ErrorCode::NotApplicable,
                T::ErrNirStatusWithoutNir,
            );
        }
        if m.nia_issued_on.is_some() {
            errs.push(
                format!("members[{i}].nia_issued_on"),
                ErrorCode::NotApplicable,
                T::ErrNiaIssuedWithoutNir,
            );
        }
        return None;
    };
    if let Some(d) = m.nia_issued_on {
        if m.nir_status != Some(NirStatus::Provisional) {
            errs.push(
                format!("members[{i}].nia_issued_on"),
                ErrorCode::NotApplicable,
                T::ErrNiaIssuedNotProvisional,
            );
        }
        if d < m.birth_date {
            errs.push(
                format!("members[{i}].nia_issued_on"),
                ErrorCode::DatesReversed,
                ErrText::new(T::ErrNiaBeforeBirth).arg(d.to_string()),
            );
        }
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

fn check_activity(m: &Member, i: usize, errs: &mut Errors) -> Option<Siren> {
    let Some(a) = &m.activity else { return None };
    let p = |field: &str| format!("members[{i}].activity.{field}");
    match (&a.posting, a.kind) {
        (None, ActivityKind::Posted) => {
            errs.push(
                p("posting"),
                ErrorCode::PostingMissing,
                T::ErrPostingMissing,
            );
        }
        (Some(_), k) if k != ActivityKind::Posted => {
            errs.push(
                p("posting"),
                ErrorCode::NotApplicable,
                ErrText::new(T::ErrPostingNotPosted).arg(k.to_string()),
            );
        }
        (Some(post), _) => {
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
        (None, _) => {}
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

/// `parents`: children only, existing adult members, not the child, at most two.
fn check_parents(h: &Household, checked: &[Checked], errs: &mut Errors) {
    for (i, m) in h.members.iter().enumerate() {
        let Some(parents) = &m.parents else { continue };
        let path = format!("members[{i}].parents");
        if m.relationship != Relationship::Child {
            errs.push(
                path,
                ErrorCode::NotApplicable,
                ErrText::new(T::ErrParentsNotChild).arg(m.relationship.to_string()),
            );
            continue;
        }
        if parents.len() > 2 {
            errs.push(
                path.clone(),
                ErrorCode::InvalidParent,
                ErrText::new(T::ErrTooManyParents).arg(parents.len().to_string()),
            );
        }
        for (k, pid) in parents.iter().enumerate() {
            let pp = format!("{path}[{k}]");
            if parents[..k].contains(pid) {
                errs.push(
                    pp,
                    ErrorCode::InvalidParent,
                    ErrText::new(T::ErrParentTwice).arg(pid.as_str()),
                );
                continue;
            }
            match h.members.iter().position(|o| &o.id == pid) {
                None => {
                    let ids = h.members.iter().map(|o| o.id.as_str());
                    let mut message = ErrText::new(T::ErrUnknownParent).arg(pid.as_str());
                    if let Some(s) = crate::suggest::closest(pid, ids) {
                        message = message.then(T::ErrDidYouMean).arg(s);
                    }
                    errs.push(pp, ErrorCode::UnknownParent, message);
                }
                Some(j) if j == i => errs.push(pp, ErrorCode::InvalidParent, T::ErrOwnParent),
                Some(j) if checked.get(j).is_some_and(|c| c.age < 18) => {
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
