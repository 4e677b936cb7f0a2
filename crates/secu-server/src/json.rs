//! Compact JSON of the responses, byte for byte what `serde_json::to_writer`
//! writes, by `sonic-rs` (SIMD string escaping).
//!
//! A profile of `POST /v1/assess?detail=codes` (callgrind, 1,200 requests)
//! put 54 % of the server's instructions in serialising the 13.6 KB
//! assessment, most of it in serde_json's byte-by-byte string escaping.
//! `sonic_rs::to_writer` takes the same `serde::Serialize` values and writes
//! the same bytes; `tests` hold it to serde_json on every bundled example
//! (full and codes), on every escape and on every serde shape.

use std::fmt::{self, Display};

use serde::Serialize;

/// Appends the compact JSON of `value` to `out`, as
/// `serde_json::to_writer(out, value)` would.
///
/// # Errors
/// Those the value's `Serialize` raises (none for the core's types).
pub(crate) fn to_writer<T: Serialize + ?Sized>(out: &mut Vec<u8>, value: &T) -> Result<(), Error> {
    sonic_rs::to_writer(out, value).map_err(|e| Error(e.to_string()))
}

/// This serializer as the core's batch records take one
/// (`secu::batch::jsonl_record_with`): the records of `POST /v1/batch`.
pub(crate) struct Writer;

impl secu::batch::JsonWriter for Writer {
    fn write<T: Serialize + ?Sized>(&mut self, out: &mut Vec<u8>, value: &T) {
        // Serialising the core's records into a Vec cannot fail.
        let _ = to_writer(out, value);
    }
}

/// An error raised by a value's `Serialize` (a custom message), or a map key
/// that JSON cannot hold.
#[derive(Debug)]
pub(crate) struct Error(String);

impl Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for Error {}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use std::collections::BTreeMap;

    use serde::Serialize;

    /// This serializer's output, which must equal serde_json's.
    fn ours<T: Serialize + ?Sized>(v: &T) -> String {
        let mut out = Vec::new();
        super::to_writer(&mut out, v).unwrap();
        String::from_utf8(out).unwrap()
    }

    fn same<T: Serialize + ?Sized>(v: &T) {
        assert_eq!(ours(v), serde_json::to_string(v).unwrap());
    }

    /// Every byte that may need escaping, alone, in runs and at every
    /// position around the 16-byte blocks, and texts beyond ASCII.
    #[test]
    fn strings_escape_as_serde_json() {
        for c in (0u8..=0x7f)
            .map(char::from)
            .chain(['é', '€', '𝄞', '\u{2028}'])
        {
            for len in [0, 1, 15, 16, 17, 31, 33] {
                for at in [0, len / 2, len] {
                    let mut s: String = "a".repeat(len);
                    s.insert(at, c);
                    same(&s);
                    same(&c);
                    let mut m = BTreeMap::new();
                    m.insert(s.clone(), s.clone());
                    same(&m);
                    // Through `collect_str`, in fragments.
                    same(&format_args!("{s}{c}{s}"));
                }
            }
        }
        same("\"\\\u{0}\u{1f}\u{8}\u{c}\n\r\t\u{7f}");
    }

    #[derive(Serialize)]
    enum E {
        Unit,
        New(u8),
        Tuple(u8, String),
        Struct { a: Option<u8>, b: Vec<bool> },
    }

    #[derive(Serialize)]
    struct Flat {
        line: u64,
        #[serde(flatten)]
        rest: BTreeMap<String, i64>,
        e: Vec<E>,
        unit: (),
        f: f64,
        g: f32,
        nan: f64,
        neg: i128,
        t: (u8, char),
    }

    #[test]
    fn shapes_as_serde_json() {
        let mut rest = BTreeMap::new();
        rest.insert("k\"ey".to_owned(), -3);
        rest.insert(String::new(), i64::MIN);
        same(&Flat {
            line: u64::MAX,
            rest,
            e: vec![
                E::Unit,
                E::New(7),
                E::Tuple(1, "x".into()),
                E::Struct {
                    a: None,
                    b: vec![true, false],
                },
            ],
            unit: (),
            f: 0.1,
            g: 1e30,
            nan: f64::NAN,
            neg: -170_141_183_460_469_231_731_687_303_715_884_105_728,
            t: (0, 'q'),
        });
        let mut ints = BTreeMap::new();
        ints.insert(-5i32, "a");
        ints.insert(9, "b");
        same(&ints);
        let mut bools = BTreeMap::new();
        bools.insert(true, ());
        same(&bools);
        let mut opts = BTreeMap::new();
        opts.insert(Some('c'), 1);
        same(&opts);
        let floats: Vec<(f64, u8)> = vec![(1.5, 1), (-0.0, 2)];
        same(
            &floats
                .iter()
                .map(|(k, v)| (KeyF(*k), *v))
                .collect::<Vec<_>>(),
        );
        let mut fmap = serde_json::Map::new();
        fmap.insert("x".into(), 1.into());
        same(&fmap);
        struct FloatKeys;
        impl Serialize for FloatKeys {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                use serde::ser::SerializeMap as _;
                let mut m = s.serialize_map(None)?;
                m.serialize_entry(&2.5f64, "a")?;
                m.serialize_entry(&-1e21f32, "b")?;
                m.end()
            }
        }
        same(&FloatKeys);
        same(&Vec::<u8>::new());
        same(&serde_bytes_like());
    }

    #[derive(Serialize)]
    struct KeyF(f64);

    fn serde_bytes_like() -> serde_json::Value {
        serde_json::json!({"a": [1, 2.5, null, "x", {"b": {}}], "c": []})
    }

    /// Numbers from random bit patterns (every exponent, subnormals,
    /// infinities and NaNs) and every Unicode scalar value, in strings and as
    /// map keys: where a JSON library is most likely to differ from
    /// serde_json (float formatting, `\u` escapes' case, `/`, non-ASCII).
    #[test]
    fn numbers_and_every_char_as_serde_json() {
        let mut x = 0x9E37_79B9_7F4A_7C15u64;
        let mut next = || {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            x
        };
        let mut f64s = Vec::new();
        let mut f32s = Vec::new();
        let mut ints = Vec::new();
        for _ in 0..20_000 {
            let b = next();
            f64s.push(f64::from_bits(b));
            f32s.push(f32::from_bits(b as u32));
            // Short decimals too, as amounts and rates are.
            f64s.push((b % 1_000_000) as f64 / 100.0);
            ints.push((b as i64, b >> (b % 64)));
        }
        same(&f64s);
        same(&f32s);
        same(&ints);
        let all: String = (0..=0x10_FFFFu32).filter_map(char::from_u32).collect();
        same(&all);
        for chunk in all.chars().collect::<Vec<_>>().chunks(97) {
            let s: String = chunk.iter().collect();
            let mut m = BTreeMap::new();
            m.insert(s.clone(), s);
            same(&m);
        }
    }

    /// A float key is refused, as serde_json refuses it.
    #[test]
    fn a_map_key_that_is_no_string_is_refused() {
        let mut m = BTreeMap::new();
        m.insert(vec![1u8], 1);
        assert!(super::to_writer(&mut Vec::new(), &m).is_err());
        assert!(serde_json::to_string(&m).is_err());
    }

    /// Every bundled example's assessment, full and codes, in both languages.
    #[test]
    fn every_example_as_serde_json() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples");
        let mut n = 0;
        for entry in std::fs::read_dir(&root).unwrap() {
            let path = entry.unwrap().path();
            let name = path.file_name().unwrap().to_string_lossy().into_owned();
            if !name.ends_with(".json") || name.contains(".expect") {
                continue;
            }
            let bytes = std::fs::read(&path).unwrap();
            let Ok(h) = secu::parse_household(&bytes) else {
                continue;
            };
            for lang in [secu::Lang::En, secu::Lang::Fr] {
                let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 27).unwrap();
                let options = secu::Options::default().with_today(today).with_lang(lang);
                let Ok(a) = secu::assess(&h, &options) else {
                    continue;
                };
                for detail in [secu::Detail::Full, secu::Detail::Codes] {
                    same(&secu::codes::AtDetail::new(&a, detail));
                    n += 1;
                }
            }
        }
        assert!(n >= 40, "only {n} assessments compared");
    }
}
