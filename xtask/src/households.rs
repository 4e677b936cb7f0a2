//! `cargo xtask gen-households`: realistic 4-member households as JSON Lines.
//!
//! Every line is a household of the kind a relocation desk handles: the
//! employee (mostly on a French contract, some posted with an A1 from
//! DE/ES/IT or a bilateral certificate from US/IN), a spouse or partner and
//! two children, with plausible dates around a random `as_of` in 2026–2027,
//! real French postcodes and valid SIRENs. A child born in France during an
//! earlier stay carries a NIR with a correct key.
//!
//! The generator is deterministic (splitmix64 seeded by `--seed`) and formats
//! by hand into a reused buffer: a million households take a few seconds.

use std::fs::File;
use std::io::{self, BufWriter, Write};
use std::path::Path;

use anyhow::{Context, Result};

/// splitmix64 (Steele, Lea, Flood 2014): tiny, fast, good enough for test data.
pub(crate) struct Rng(u64);

impl Rng {
    pub(crate) fn new(seed: u64) -> Self {
        Self(seed)
    }

    fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// Uniform in `0..n` (`n > 0`), by multiply-shift (Lemire).
    fn below(&mut self, n: u64) -> u64 {
        ((u128::from(self.next_u64()) * u128::from(n)) >> 64) as u64
    }

    /// Uniform in `lo..=hi`.
    fn range(&mut self, lo: i64, hi: i64) -> i64 {
        lo + self.below((hi - lo + 1) as u64) as i64
    }

    /// True with probability `percent`/100.
    fn percent(&mut self, percent: u64) -> bool {
        self.below(100) < percent
    }

    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len() as u64) as usize]
    }

    /// Picks by weight from `(item, weight)` pairs.
    fn weighted<'a, T>(&mut self, items: &'a [(T, u64)]) -> &'a T {
        let total: u64 = items.iter().map(|(_, w)| w).sum();
        let mut x = self.below(total);
        for (item, w) in items {
            if x < *w {
                return item;
            }
            x -= w;
        }
        &items[items.len() - 1].0
    }
}

// ---------------------------------------------------------------------------
// Civil dates as days since 1970-01-01 (H. Hinnant's algorithms).
// ---------------------------------------------------------------------------

fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

fn civil_from_days(z: i64) -> (i64, i64, i64) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let y = yoe + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    (if m <= 2 { y + 1 } else { y }, m, d)
}

const YEAR: i64 = 365;

// ---------------------------------------------------------------------------
// Reference data.
// ---------------------------------------------------------------------------

/// Nationalities with weights; `true` = EEA or Swiss (no permit needed).
const NATIONALITIES: &[((&str, bool), u64)] = &[
    (("IN", false), 20),
    (("DE", true), 6),
    (("ES", true), 5),
    (("IT", true), 5),
    (("PT", true), 3),
    (("PL", true), 3),
    (("BE", true), 2),
    (("NL", true), 2),
    (("RO", true), 2),
    (("IE", true), 1),
    (("CH", true), 1),
    (("US", false), 10),
    (("BR", false), 8),
    (("CN", false), 8),
    (("MA", false), 8),
    (("GB", false), 4),
    (("JP", false), 3),
    (("CA", false), 3),
    (("TN", false), 3),
    (("SN", false), 3),
];

/// Real postcodes across metropolitan departments, Corsica and overseas.
const POSTCODES: &[&str] = &[
    "75008", "75015", "75011", "92400", "92100", "92130", "93200", "94300", "78000", "91300",
    "95000", "69003", "69100", "13008", "31000", "33000", "59000", "67000", "06000", "44000",
    "35000", "34000", "38000", "21000", "57000", "76000", "37000", "63000", "74000", "01210",
    "20000", "20200", "97110", "97200", "97400", "64200",
];

const SIRENS: &[&str] = &["552100554", "732829320"];

const NAMES: &[&str] = &[
    "alex", "sam", "maria", "li", "arjun", "fatima", "lucas", "ana", "wei", "omar", "sofia",
    "ravi", "emma", "yuki", "noah", "ines",
];

const NON_EEA_PERMITS: &[(&str, u64)] = &[
    ("talent_passport", 40),
    ("long_stay_visa", 30),
    ("residence_permit", 20),
    ("resident_card", 5),
    ("receipt", 5),
];

/// How a line is made invalid (`--invalid-ratio`).
#[derive(Clone, Copy, PartialEq, Eq)]
enum Corrupt {
    None,
    /// Malformed JSON (the line is cut short).
    Truncated,
    /// `birthdate` instead of `birth_date`.
    UnknownField,
    /// Nationality `ZZ`.
    BadCountry,
    /// A child born after `as_of`.
    FutureBirth,
    /// A NIR with a wrong key.
    BadNirKey,
}

// ---------------------------------------------------------------------------
// JSON writing by hand (every string below is plain ASCII without escapes).
// ---------------------------------------------------------------------------

struct Line {
    buf: Vec<u8>,
    /// Whether the next field of the current object needs a comma.
    comma: bool,
}

impl Line {
    fn open(&mut self) {
        self.buf.push(b'{');
        self.comma = false;
    }
    fn close(&mut self) {
        self.buf.push(b'}');
        self.comma = true;
    }
    fn key(&mut self, k: &str) {
        if self.comma {
            self.buf.push(b',');
        }
        self.buf.push(b'"');
        self.buf.extend_from_slice(k.as_bytes());
        self.buf.extend_from_slice(b"\":");
        self.comma = true;
    }
    fn str(&mut self, k: &str, v: &str) {
        self.key(k);
        self.buf.push(b'"');
        self.buf.extend_from_slice(v.as_bytes());
        self.buf.push(b'"');
    }
    fn raw(&mut self, k: &str, v: &str) {
        self.key(k);
        self.buf.extend_from_slice(v.as_bytes());
    }
    fn bool(&mut self, k: &str, v: bool) {
        self.raw(k, if v { "true" } else { "false" });
    }
    fn obj(&mut self, k: &str) {
        self.key(k);
        self.open();
    }
    fn date(&mut self, k: &str, days: i64) {
        self.key(k);
        let (y, m, d) = civil_from_days(days);
        self.buf.push(b'"');
        self.digits(y as u64, 4);
        self.buf.push(b'-');
        self.digits(m as u64, 2);
        self.buf.push(b'-');
        self.digits(d as u64, 2);
        self.buf.push(b'"');
    }
    /// Writes `v` on exactly `width` digits (zero-padded).
    fn digits(&mut self, v: u64, width: u32) {
        let mut p = 10u64.pow(width - 1);
        while p > 0 {
            self.buf.push(b'0' + ((v / p) % 10) as u8);
            p /= 10;
        }
    }
}

struct Person {
    id: &'static str,
    sex_female: bool,
    birth: i64,
    nationality: &'static str,
    eea: bool,
}

/// The key of a 13-digit NIR: 97 − (N mod 97).
fn nir_key(body: &str) -> u64 {
    let n: u64 = body
        .bytes()
        .fold(0, |acc, b| acc * 10 + u64::from(b - b'0'));
    97 - n % 97
}

/// A household generator.
pub(crate) struct Generator {
    rng: Rng,
    /// Invalid lines per million.
    invalid_ppm: u64,
    line: Line,
    index: u64,
}

impl Generator {
    pub(crate) fn new(seed: u64, invalid_ratio: f64) -> Self {
        Self {
            rng: Rng::new(seed),
            invalid_ppm: (invalid_ratio.clamp(0.0, 1.0) * 1_000_000.0).round() as u64,
            line: Line {
                buf: Vec::with_capacity(4096),
                comma: false,
            },
            index: 0,
        }
    }

    /// The next household as one JSON line (with its trailing newline).
    pub(crate) fn next_line(&mut self) -> &[u8] {
        self.index += 1;
        let corrupt = if self.invalid_ppm > 0 && self.rng.below(1_000_000) < self.invalid_ppm {
            *self.rng.pick(&[
                Corrupt::Truncated,
                Corrupt::UnknownField,
                Corrupt::BadCountry,
                Corrupt::FutureBirth,
                Corrupt::BadNirKey,
            ])
        } else {
            Corrupt::None
        };
        self.line.buf.clear();
        self.household(corrupt);
        if corrupt == Corrupt::Truncated {
            let cut = self.line.buf.len() / 2;
            self.line.buf.truncate(cut);
        }
        self.line.buf.push(b'\n');
        &self.line.buf
    }

    fn person(&mut self, id: &'static str, birth: i64, nat: (&'static str, bool)) -> Person {
        Person {
            id,
            sex_female: self.rng.percent(50),
            birth,
            nationality: nat.0,
            eea: nat.1,
        }
    }

    fn member_head(&mut self, p: &Person, label: &str, relationship: &str, corrupt: Corrupt) {
        let l = &mut self.line;
        l.open();
        l.str("id", p.id);
        l.str("label", label);
        l.str("relationship", relationship);
        l.date(
            if corrupt == Corrupt::UnknownField {
                "birthdate"
            } else {
                "birth_date"
            },
            p.birth,
        );
        l.str("sex", if p.sex_female { "female" } else { "male" });
        l.str(
            "nationality",
            if corrupt == Corrupt::BadCountry {
                "ZZ"
            } else {
                p.nationality
            },
        );
    }

    fn residence(&mut self, arrival: i64, postcode: &str, permit: Option<&str>, valid_from: i64) {
        let years = self.rng.range(1, 4);
        let l = &mut self.line;
        l.obj("residence");
        l.date("arrival_date", arrival);
        if let Some(permit) = permit {
            l.str("permit", permit);
            if permit != "not_required" && permit != "receipt" {
                l.date("permit_valid_from", valid_from);
                l.date("permit_valid_until", valid_from + years * YEAR - 1);
            }
        }
        l.str("postcode", postcode);
        l.close();
    }

    fn household(&mut self, corrupt: Corrupt) {
        let n = self.index;
        let as_of = days_from_civil(2026, 1, 1) + self.rng.range(0, 545);
        let postcode = *self.rng.pick(POSTCODES);
        // Four distinct names: an odd step modulo 16 never repeats in 4 steps.
        let base = self.rng.below(16) as usize;
        let step = (2 * self.rng.below(8) + 1) as usize;
        let id = |k: usize| NAMES[(base + k * step) % NAMES.len()];

        // --- primary: activity first (a posting fixes the nationality) ---
        let kind = self.rng.below(100);
        let posted = (85..97).contains(&kind);
        let posting = if posted {
            Some(*self.rng.pick(&[
                ("DE", "a1", true),
                ("ES", "a1", true),
                ("IT", "a1", true),
                ("US", "bilateral", false),
                ("IN", "bilateral", false),
            ]))
        } else {
            None
        };
        let nat = match posting {
            Some((c, _, eea)) => (c, eea),
            None => *self.rng.weighted(NATIONALITIES),
        };
        let start = as_of - self.rng.range(-30, 240);
        let arrival = start - self.rng.range(0, 40);
        let permit_from = arrival - self.rng.range(0, 30);
        let primary_birth = as_of - self.rng.range(25 * YEAR, 55 * YEAR);
        let primary = self.person(id(0), primary_birth, nat);
        let primary_permit = if primary.eea {
            "not_required"
        } else {
            *self.rng.weighted(NON_EEA_PERMITS)
        };

        // --- spouse or partner ---
        let relationship = *self.rng.weighted(&[
            ("spouse", 80),
            ("civil_partner", 10),
            ("cohabiting_partner", 10),
        ]);
        let spouse_nat = if self.rng.percent(85) {
            nat
        } else {
            *self.rng.weighted(NATIONALITIES)
        };
        let spouse_birth = primary_birth + self.rng.range(-6 * YEAR, 6 * YEAR);
        let mut spouse = self.person(id(1), spouse_birth, spouse_nat);
        if self.rng.percent(90) {
            spouse.sex_female = !primary.sex_female;
        }
        let youngest_parent = primary_birth.max(spouse_birth);

        // --- children: born when both parents were 20 or older ---
        let earliest = (youngest_parent + 20 * YEAR).max(as_of - 20 * YEAR);
        let latest = as_of - 30;
        let (b1, b2) = if earliest < latest {
            let a = self.rng.range(earliest, latest);
            let b = self.rng.range(earliest, latest);
            (a.min(b), a.max(b))
        } else {
            (latest - 400, latest)
        };
        let child1 = self.person(id(2), b1, nat);
        let mut child2 = self.person(id(3), b2, nat);
        if corrupt == Corrupt::FutureBirth {
            child2.birth = as_of + self.rng.range(1, 200);
        }
        // An earlier stay in France: the younger child was born there.
        let child2_born_in_france = self.rng.percent(5);

        let l = &mut self.line;
        l.open();
        l.str("format", "secu.household.v1");
        l.date("as_of", as_of);
        l.key("members");
        l.buf.push(b'[');
        l.comma = false;

        // Primary.
        let label = format!("{} (EMP-{n:07})", capitalise(primary.id));
        self.member_head(&primary, &label, "primary", corrupt);
        let l = &mut self.line;
        l.str("birth_country", primary.nationality);
        if corrupt == Corrupt::BadNirKey {
            l.str("nir", "2 95 10 99 126 111 94");
        } else {
            l.raw("nir", "null");
        }
        match self.rng.below(20) {
            0 => {}
            1 => l.bool("previously_insured_in_france", true),
            _ => l.bool("previously_insured_in_france", false),
        }
        l.obj("activity");
        match posting {
            Some((from, certificate, _)) => {
                l.str("kind", "posted");
                l.date("start_date", start);
                l.obj("posting");
                l.str("from_country", from);
                l.str("certificate", certificate);
                let end = start + self.rng.range(YEAR, 4 * YEAR);
                let l = &mut self.line;
                l.date("end_date", end);
                l.close();
            }
            None if kind >= 97 => {
                l.str("kind", "self_employed");
                l.date("start_date", start);
            }
            None => {
                l.str("kind", "employed");
                l.date("start_date", start);
                if self.rng.percent(2) {
                    self.line.str("sector", "agricultural");
                }
                let siren = *self.rng.pick(SIRENS);
                let l = &mut self.line;
                l.obj("employer");
                l.str("siren", siren);
                l.key("payroll_id");
                l.buf.push(b'"');
                l.digits(n % 1_000_000, 6);
                l.buf.push(b'"');
                l.close();
            }
        }
        self.line.close();
        self.residence(arrival, postcode, Some(primary_permit), permit_from);
        self.line.close();

        // Spouse or partner: arrives with the employee or joins later.
        self.line.buf.push(b',');
        let label = capitalise(spouse.id);
        self.member_head(&spouse, &label, relationship, Corrupt::None);
        let spouse_activity = if posted {
            *self.rng.weighted(&[("none", 90), ("employed", 10)])
        } else {
            *self.rng.weighted(&[
                ("none", 60),
                ("employed", 25),
                ("job_seeker", 10),
                ("self_employed", 5),
            ])
        };
        let spouse_arrival = if self.rng.percent(80) {
            arrival
        } else {
            arrival + self.rng.range(1, 90)
        };
        let spouse_start = spouse_arrival + self.rng.range(0, 120);
        let spouse_permit = if spouse.eea {
            "not_required"
        } else if primary_permit == "talent_passport" {
            "talent_passport"
        } else {
            *self.rng.weighted(NON_EEA_PERMITS)
        };
        let siren = *self.rng.pick(SIRENS);
        let insured = self.rng.below(20);
        let l = &mut self.line;
        l.str("birth_country", spouse.nationality);
        l.raw("nir", "null");
        if insured != 0 {
            l.bool("previously_insured_in_france", insured == 1);
        }
        l.str("union_country", nat.0);
        l.obj("activity");
        l.str("kind", spouse_activity);
        if spouse_activity != "none" {
            l.date("start_date", spouse_start);
        }
        if spouse_activity == "employed" {
            l.obj("employer");
            l.str("siren", siren);
            l.key("payroll_id");
            l.buf.push(b'"');
            l.buf.push(b'S');
            l.digits(n % 1_000_000, 6);
            l.buf.push(b'"');
            l.close();
        }
        l.close();
        self.residence(
            spouse_arrival,
            postcode,
            Some(spouse_permit),
            spouse_arrival,
        );
        self.line.close();

        // Children.
        let parents_explicit = self.rng.percent(90);
        for (k, child) in [(1, &child1), (2, &child2)] {
            self.line.buf.push(b',');
            let label = format!("{} ({} child)", capitalise(child.id), ["", "1st", "2nd"][k]);
            self.member_head(child, &label, "child", Corrupt::None);
            let age_days = as_of - child.birth;
            let born_in_france = k == 2 && child2_born_in_france && age_days > 0;
            let l = &mut self.line;
            l.str(
                "birth_country",
                if born_in_france {
                    "FR"
                } else {
                    child.nationality
                },
            );
            if born_in_france {
                // Paris (department 75, communes 101–120), a random order number.
                let (y, m, _) = civil_from_days(child.birth);
                let mut body = String::with_capacity(13);
                body.push(if child.sex_female { '2' } else { '1' });
                body.push_str(&format!(
                    "{:02}{:02}75{}{:03}",
                    y % 100,
                    m,
                    100 + self.rng.range(1, 20),
                    self.rng.range(1, 999)
                ));
                let key = nir_key(&body);
                let nir = format!(
                    "{} {} {} {} {} {} {key:02}",
                    &body[0..1],
                    &body[1..3],
                    &body[3..5],
                    &body[5..7],
                    &body[7..10],
                    &body[10..13]
                );
                let l = &mut self.line;
                l.str("nir", &nir);
                l.bool("previously_insured_in_france", true);
            } else {
                l.raw("nir", "null");
                l.bool("previously_insured_in_france", false);
            }
            let adult = age_days >= 18 * YEAR;
            let l = &mut self.line;
            if adult {
                l.obj("activity");
                l.str("kind", "student");
                let (y, _, _) = civil_from_days(as_of);
                l.date("start_date", days_from_civil(y - 1, 9, 1));
                l.close();
            }
            let permit = if adult && !child.eea {
                Some("residence_permit")
            } else {
                None
            };
            self.residence(arrival, postcode, permit, arrival);
            let l = &mut self.line;
            l.bool("in_education", (3 * YEAR..18 * YEAR).contains(&age_days));
            if parents_explicit {
                l.key("parents");
                l.buf.extend_from_slice(b"[\"");
                l.buf.extend_from_slice(primary.id.as_bytes());
                l.buf.extend_from_slice(b"\",\"");
                l.buf.extend_from_slice(spouse.id.as_bytes());
                l.buf.extend_from_slice(b"\"]");
            }
            l.close();
        }
        self.line.buf.push(b']');
        self.line.close();
    }
}

fn capitalise(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_ascii_uppercase().to_string() + c.as_str(),
        None => String::new(),
    }
}

/// Writes `count` households to `out` (a file, or stdout when `None`).
pub(crate) fn write(count: u64, seed: u64, invalid_ratio: f64, out: Option<&Path>) -> Result<u64> {
    let sink: Box<dyn Write> = match out {
        Some(p) => Box::new(File::create(p).with_context(|| format!("creating {}", p.display()))?),
        None => Box::new(io::stdout().lock()),
    };
    let mut w = BufWriter::with_capacity(1 << 20, sink);
    let mut g = Generator::new(seed, invalid_ratio);
    let mut bytes = 0u64;
    for _ in 0..count {
        let line = g.next_line();
        bytes += line.len() as u64;
        w.write_all(line)?;
    }
    w.flush()?;
    Ok(bytes)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_round_trip() {
        for z in -800_000..800_000 {
            let (y, m, d) = civil_from_days(z);
            assert_eq!(days_from_civil(y, m, d), z);
        }
        assert_eq!(civil_from_days(0), (1970, 1, 1));
        assert_eq!(
            days_from_civil(2028, 2, 29) + 1,
            days_from_civil(2028, 3, 1)
        );
    }

    #[test]
    fn nir_key_matches_the_test_vectors() {
        assert_eq!(nir_key("2951099126111"), 93);
        assert_eq!(nir_key("2550814168025"), 38);
        assert_eq!(nir_key("1000175101001"), 51);
    }

    #[test]
    fn households_are_valid_and_assessable() {
        let mut g = Generator::new(42, 0.0);
        for i in 0..5_000 {
            let line = g.next_line().to_vec();
            let h = secu::parse_household(&line)
                .unwrap_or_else(|e| panic!("line {i}: {e}\n{}", String::from_utf8_lossy(&line)));
            assert_eq!(h.members.len(), 4);
            if let Err(e) = secu::assess(&h, &secu::Options::default()) {
                panic!("line {i}: {e}\n{}", String::from_utf8_lossy(&line));
            }
        }
    }

    #[test]
    fn invalid_ratio_makes_invalid_lines() {
        let mut g = Generator::new(7, 0.5);
        let mut bad = 0;
        for _ in 0..1000 {
            let line = g.next_line().to_vec();
            let ok = secu::parse_household(&line)
                .and_then(|h| secu::assess(&h, &secu::Options::default()).map(|_| ()))
                .is_ok();
            if !ok {
                bad += 1;
            }
        }
        assert!((400..600).contains(&bad), "{bad}");
    }

    #[test]
    fn deterministic() {
        let a: Vec<u8> = {
            let mut g = Generator::new(1, 0.01);
            (0..100).flat_map(|_| g.next_line().to_vec()).collect()
        };
        let b: Vec<u8> = {
            let mut g = Generator::new(1, 0.01);
            (0..100).flat_map(|_| g.next_line().to_vec()).collect()
        };
        assert_eq!(a, b);
    }
}
