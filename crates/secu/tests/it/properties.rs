//! Property tests: the algebra of the rules over random households.

use chrono::{Days, NaiveDate};
use proptest::prelude::*;
use secu::model::{
    Activity, ActivityKind, Certificate, Employer, Household, Member, Permit, Posting,
    Relationship, Residence, Sex,
};
use secu::output::{Affiliation, DependentStatus, MilestoneKind};
use secu::{Country, Options};

const COUNTRIES: &[&str] = &[
    "FR", "DE", "ES", "IN", "US", "BR", "CN", "MA", "GB", "IL", "JP", "GP", "CH", "RE",
];
const POSTCODES: &[&str] = &[
    "75011", "92400", "69003", "13001", "20000", "20200", "97110", "97400", "59000", "98800",
    "06000",
];

fn date(days_from_1950: u64) -> NaiveDate {
    NaiveDate::from_ymd_opt(1950, 1, 1)
        .and_then(|d| d.checked_add_days(Days::new(days_from_1950)))
        .unwrap_or_default()
}

fn country() -> impl Strategy<Value = Country> {
    prop::sample::select(COUNTRIES).prop_map(|c| Country::from_code(c).unwrap_or(Country::FR))
}

fn opt_date() -> impl Strategy<Value = Option<NaiveDate>> {
    prop::option::of((20_000u64..29_000).prop_map(date))
}

fn activity() -> impl Strategy<Value = Option<Activity>> {
    let kind = prop::sample::select(vec![
        ActivityKind::Employed,
        ActivityKind::Posted,
        ActivityKind::SelfEmployed,
        ActivityKind::Student,
        ActivityKind::JobSeeker,
        ActivityKind::None,
    ]);
    let posting = (
        country(),
        prop::sample::select(vec![
            Certificate::A1,
            Certificate::Bilateral,
            Certificate::None,
        ]),
        opt_date(),
    )
        .prop_map(|(from_country, certificate, end_date)| Posting {
            from_country,
            certificate,
            end_date,
        });
    prop::option::of((kind, opt_date(), any::<bool>(), posting).prop_map(
        |(kind, start_date, agri, posting)| Activity {
            kind,
            start_date,
            sector: if agri {
                secu::model::Sector::Agricultural
            } else {
                secu::model::Sector::General
            },
            employer: Some(Employer {
                siren: Some("552100554".into()),
                payroll_id: Some("0042".into()),
            }),
            posting: (kind == ActivityKind::Posted).then_some(posting),
        },
    ))
}

fn residence() -> impl Strategy<Value = Option<Residence>> {
    let permit = prop::option::of(prop::sample::select(vec![
        Permit::NotRequired,
        Permit::LongStayVisa,
        Permit::ResidencePermit,
        Permit::ResidentCard,
        Permit::TalentPassport,
        Permit::Receipt,
        Permit::None,
    ]));
    prop::option::of(
        (
            opt_date(),
            permit,
            opt_date(),
            prop::option::of(prop::sample::select(POSTCODES)),
        )
            .prop_map(
                |(arrival_date, permit, permit_valid_from, postcode)| Residence {
                    arrival_date,
                    permit,
                    permit_valid_from,
                    permit_valid_until: None,
                    postcode: postcode.map(str::to_owned),
                },
            ),
    )
}

fn member(
    id: String,
    relationship: Relationship,
    birth: std::ops::Range<u64>,
) -> impl Strategy<Value = Member> {
    (
        birth,
        country(),
        country(),
        prop::option::of(any::<bool>()),
        activity(),
        residence(),
        any::<bool>(),
        any::<bool>(),
        prop::option::of(country()),
    )
        .prop_map(
            move |(
                b,
                nationality,
                birth_country,
                prev,
                activity,
                residence,
                in_education,
                autonomy_requested,
                union,
            )| Member {
                id: id.clone(),
                label: None,
                relationship,
                birth_date: date(b),
                sex: Some(if b % 2 == 0 { Sex::Female } else { Sex::Male }),
                nationality,
                birth_country,
                nir: None,
                nir_status: None,
                nia_issued_on: None,
                previously_insured_in_france: prev,
                activity,
                residence,
                in_education,
                autonomy_requested,
                union_country: if relationship.is_partner() {
                    union
                } else {
                    None
                },
                parents: None,
            },
        )
}

/// A household of a primary adult, maybe a partner, and 0–3 children.
pub(crate) fn household() -> impl Strategy<Value = Household> {
    let partner_rel = prop::sample::select(vec![
        Relationship::Spouse,
        Relationship::CivilPartner,
        Relationship::CohabitingPartner,
    ]);
    (
        member("p".into(), Relationship::Primary, 5_000..18_000),
        prop::option::of(partner_rel.prop_flat_map(|r| member("s".into(), r, 5_000..18_000))),
        prop::collection::vec(15_000u64..27_000, 0..4),
        prop::collection::vec((activity(), any::<bool>(), any::<bool>(), residence()), 4),
    )
        .prop_map(|(p, s, kids, kid_traits)| {
            let mut members = vec![p];
            members.extend(s);
            for (k, b) in kids.into_iter().enumerate() {
                let (activity, edu, auto, residence) = kid_traits[k].clone();
                members.push(Member {
                    id: format!("c{k}"),
                    label: None,
                    relationship: Relationship::Child,
                    birth_date: date(b),
                    sex: None,
                    nationality: Country::IN,
                    birth_country: if k % 2 == 0 { Country::IN } else { Country::FR },
                    nir: None,
                    nir_status: None,
                    nia_issued_on: None,
                    previously_insured_in_france: None,
                    activity: activity.filter(|a| a.kind != ActivityKind::Posted),
                    residence,
                    in_education: edu,
                    autonomy_requested: auto,
                    union_country: None,
                    parents: None,
                });
            }
            Household {
                format: None,
                as_of: Some(date(27_500)),
                members,
            }
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    /// Under the default policy no adult is ever a beneficiary.
    #[test]
    fn no_adult_is_a_beneficiary(h in household()) {
        if let Ok(a) = secu::assess(&h, &Options::default()) {
            for m in &a.members {
                if m.age >= 18 {
                    prop_assert_ne!(m.affiliation, Affiliation::Beneficiary, "{} aged {}", m.id, m.age);
                    prop_assert_ne!(m.dependent_status, Some(DependentStatus::AyantDroit));
                    prop_assert_ne!(m.dependent_status, Some(DependentStatus::AyantDroitAutonome));
                }
            }
        }
    }

    /// Assessing is deterministic, and survives a JSON round trip of the input.
    #[test]
    fn deterministic_and_json_stable(h in household()) {
        let json = serde_json::to_vec(&h).expect("serialises");
        let parsed = secu::parse_household(&json).expect("a serialised household parses");
        prop_assert_eq!(&parsed, &h);
        let a = secu::assess(&h, &Options::default()).map(|a| serde_json::to_string(&a).expect("json"));
        let b = secu::assess(&parsed, &Options::default()).map(|a| serde_json::to_string(&a).expect("json"));
        prop_assert_eq!(a, b);
    }

    /// Any household the validator accepts is assessed without panic, with one
    /// output member per input member, in input order; reports render in both languages.
    #[test]
    fn accepted_households_are_assessed(h in household(), as_of in 20_000u64..30_000) {
        let opts = Options::default().with_as_of(date(as_of));
        match secu::assess(&h, &opts) {
            Ok(a) => {
                prop_assert_eq!(a.members.len(), h.members.len());
                for (m, i) in a.members.iter().zip(&h.members) {
                    prop_assert_eq!(m.id, i.id.as_str());
                    // Milestones are sorted and none is before as_of.
                    prop_assert!(m.milestones.windows(2).all(|w| w[0].date <= w[1].date));
                    prop_assert!(m.milestones.iter().all(|ms| ms.date >= a.as_of));
                }
                let _ = secu::report::render(&a, &secu::report::Style::plain());
            }
            Err(e) => prop_assert!(!e.0.is_empty()),
        }
    }

    /// A child's status only moves ayant_droit → ayant_droit_autonome → own_coverage as as_of advances.
    #[test]
    fn child_status_is_monotone(h in household(), start in 15_000u64..27_000) {
        let rank = |s: Option<DependentStatus>| match s {
            None => 0,
            Some(DependentStatus::AyantDroit) => 1,
            Some(DependentStatus::AyantDroitAutonome) => 2,
            Some(DependentStatus::OwnCoverage) => 3,
            Some(_) => 4,
        };
        let mut last: Vec<i32> = vec![0; h.members.len()];
        for step in 0..30u64 {
            let as_of = date(start + step * 120);
            let Ok(a) = secu::assess(&h, &Options::default().with_as_of(as_of)) else { continue };
            for (k, m) in a.members.iter().enumerate() {
                if m.dependent_status.is_none() { continue; }
                let r = rank(m.dependent_status);
                prop_assert!(r >= last[k], "{}: status went back at {as_of}: {:?}", m.id, m.dependent_status);
                last[k] = r;
            }
        }
    }

    /// A beneficiary child's age milestones are strictly increasing:
    /// 12th < 16th < 18th birthday ≤ beneficiary end.
    #[test]
    fn child_milestones_increase(h in household(), as_of in 15_000u64..20_000) {
        let Ok(a) = secu::assess(&h, &Options::default().with_as_of(date(as_of))) else { return Ok(()) };
        for m in a.members.iter().filter(|m| m.affiliation == Affiliation::Beneficiary) {
            let get = |k: MilestoneKind| m.milestones.iter().find(|x| x.kind == k).map(|x| x.date);
            let seq: Vec<NaiveDate> = [MilestoneKind::OwnCardOrderable, MilestoneKind::OwnCarteVitale, MilestoneKind::Majority]
                .into_iter().filter_map(get).collect();
            prop_assert!(seq.windows(2).all(|w| w[0] < w[1]), "{}: {:?}", m.id, seq);
            if let (Some(maj), Some(end)) = (get(MilestoneKind::Majority), get(MilestoneKind::BeneficiaryEnd)) {
                prop_assert!(maj <= end);
            }
        }
    }
}

/// The generator produces mostly valid households, so the properties above
/// test the rules, not only the validator; and it reaches every affiliation.
#[test]
fn generator_reaches_the_rules() {
    use proptest::strategy::ValueTree;
    use proptest::test_runner::TestRunner;
    let mut runner = TestRunner::deterministic();
    let (mut ok, mut total) = (0, 0);
    let mut seen = std::collections::BTreeSet::new();
    for _ in 0..400 {
        let h = household().new_tree(&mut runner).expect("tree").current();
        total += 1;
        if let Ok(a) = secu::assess(&h, &Options::default()) {
            ok += 1;
            for m in &a.members {
                seen.insert(m.affiliation.code());
                if let Some(s) = m.dependent_status {
                    seen.insert(s.code());
                }
            }
        }
    }
    assert!(
        ok * 2 > total,
        "only {ok} of {total} generated households were valid"
    );
    for code in [
        "registration",
        "reactivation",
        "beneficiary",
        "s1_registration",
        "none",
        "ayant_droit",
        "ayant_droit_autonome",
        "own_coverage",
    ] {
        assert!(seen.contains(code), "never produced {code}: {seen:?}");
    }
}
