//! A compact JSON writer for the codes view (issue 15): byte for byte what
//! `serde_json::to_writer` writes, faster on the codes view's many short
//! strings. A profile of serialising the codes view with serde_json put 35 %
//! in its escaping loop (a table look-up per byte) and most of the rest in
//! per-value calls; here a string that needs no escape (every string of the
//! codes view but the accented source ids) is checked in one branch-free
//! pass and copied whole.
//!
//! It can also write strings in Latin-1 (one byte per character, for the
//! WebAssembly codes module, whose host decodes Latin-1 byte for byte) and
//! then fails on a character from U+0100 up. It serialises every serde data
//! type as serde_json does, except map keys other than strings, which
//! serde_json quotes and this writer refuses (the caller then uses
//! serde_json: see [`super::AssessmentCodes::write_json`]).

use std::fmt::{self, Write as _};

use serde::ser::{self, Serialize};

/// Why the writer stopped: a character from U+0100 up in Latin-1, a map key
/// that is not a string, or a `Serialize` implementation's own error.
#[derive(Debug)]
pub(crate) struct Stop;

impl fmt::Display for Stop {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("not written by the codes view's JSON writer")
    }
}

impl std::error::Error for Stop {}

impl ser::Error for Stop {
    fn custom<T: fmt::Display>(_: T) -> Self {
        Stop
    }
}

type R = Result<(), Stop>;

/// Writes `value` as compact JSON at the end of `out`: UTF-8, or Latin-1
/// when `latin1`. On an error `out` holds a part of the text.
pub(crate) fn write<T: Serialize + ?Sized>(value: &T, out: &mut Vec<u8>, latin1: bool) -> R {
    // The writer owns the buffer while it writes: one indirection less on
    // every write.
    let mut w = Writer {
        out: std::mem::take(out),
        latin1,
        _borrow: std::marker::PhantomData,
    };
    let r = value.serialize(&mut w);
    *out = w.out;
    r
}

struct Writer<'o> {
    out: Vec<u8>,
    _borrow: std::marker::PhantomData<&'o mut Vec<u8>>,
    latin1: bool,
}

/// serde_json's escapes: `\"`, `\\`, the short forms of five control
/// characters, `\u00XX` (lowercase hex) for the other ones below U+0020.
fn escape(b: u8, out: &mut Vec<u8>) {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    match b {
        b'"' => out.extend_from_slice(b"\\\""),
        b'\\' => out.extend_from_slice(b"\\\\"),
        0x08 => out.extend_from_slice(b"\\b"),
        0x09 => out.extend_from_slice(b"\\t"),
        0x0A => out.extend_from_slice(b"\\n"),
        0x0C => out.extend_from_slice(b"\\f"),
        0x0D => out.extend_from_slice(b"\\r"),
        _ => out.extend_from_slice(&[
            b'\\',
            b'u',
            b'0',
            b'0',
            HEX[usize::from(b >> 4)],
            HEX[usize::from(b & 0xF)],
        ]),
    }
}

const ONES: u64 = 0x0101_0101_0101_0101;
const HIGH: u64 = ONES * 0x80;

/// The top bit of each lane of `x` (eight bytes) that does not go into a
/// JSON string as it is, in UTF-8 and in Latin-1 alike (anything but the
/// bytes from U+0020 to U+007F other than `"` and `\\`); some top bit set
/// exactly when some lane is such a byte. With `ONES` a byte of 1 in each
/// lane, `x - ONES * n` sets a lane's top bit, where `x`'s is clear, for a
/// lane below `n` (the classic "has less" test: exact for the word as a
/// whole); a lane equal to `c` is a zero lane of `x ^ ONES * c`.
#[inline]
fn needs_care(x: u64) -> u64 {
    let quote = x ^ (ONES * u64::from(b'"'));
    let backslash = x ^ (ONES * u64::from(b'\\'));
    (x | (x.wrapping_sub(ONES * 0x20) & !x)
        | (quote.wrapping_sub(ONES) & !quote)
        | (backslash.wrapping_sub(ONES) & !backslash))
        & HIGH
}

/// Eight bytes as a little-endian word (`b` has eight).
#[inline]
fn word(b: &[u8]) -> u64 {
    <[u8; 8]>::try_from(b).map_or(HIGH, u64::from_le_bytes)
}

/// Whether `bytes` go into a JSON string as they are (those of
/// [`needs_care`]), byte by byte: for the few short texts of `collect_str`.
fn plain(bytes: &[u8]) -> bool {
    bytes
        .iter()
        .all(|&b| (0x20..0x80).contains(&b) && b != b'"' && b != b'\\')
}

impl Writer<'_> {
    /// A JSON string: checked and copied eight bytes at a time. The codes
    /// module has no SIMD (a test per byte was 40 % of its time), and a copy
    /// of variable length is a `memory.copy`, which V8 runs out of line:
    /// dear for the view's ~900 short strings, where a copy of eight bytes
    /// is one load and one store. The last partial word is written whole
    /// (the string's last eight bytes, over the end of the word before, or
    /// a short string padded), then the text cut back to its length. A
    /// string that needs an escape or (in Latin-1) a conversion is written
    /// again by [`Writer::slow_str`].
    #[inline]
    fn str(&mut self, s: &str) -> R {
        let bytes = s.as_bytes();
        let len = bytes.len();
        self.out.reserve(len + 10);
        self.out.push(b'"');
        let start = self.out.len();
        let care = if len < 8 {
            // Padded with `a`s, which need no care.
            let mut x = ONES * u64::from(b'a');
            for (i, &b) in bytes.iter().enumerate() {
                let shift = 8 * i;
                x = (x & !(0xFF << shift)) | (u64::from(b) << shift);
            }
            self.out.extend_from_slice(&x.to_le_bytes());
            self.out.truncate(start + len);
            needs_care(x)
        } else {
            let mut care = 0;
            let mut chunks = bytes.chunks_exact(8);
            for c in &mut chunks {
                let x = word(c);
                care |= needs_care(x);
                self.out.extend_from_slice(&x.to_le_bytes());
            }
            let rest = chunks.remainder().len();
            if rest > 0 {
                let x = word(&bytes[len - 8..]);
                care |= needs_care(x);
                self.out.truncate(self.out.len() - (8 - rest));
                self.out.extend_from_slice(&x.to_le_bytes());
            }
            care
        };
        if care != 0 {
            self.out.truncate(start);
            self.slow_str(s)?;
        }
        self.out.push(b'"');
        Ok(())
    }

    #[cold]
    fn slow_str(&mut self, s: &str) -> R {
        if self.latin1 {
            for c in s.chars() {
                let b = u8::try_from(u32::from(c)).map_err(|_| Stop)?;
                if b < 0x20 || b == b'"' || b == b'\\' {
                    escape(b, &mut self.out);
                } else {
                    self.out.push(b);
                }
            }
        } else {
            let bytes = s.as_bytes();
            let mut start = 0;
            for (i, &b) in bytes.iter().enumerate() {
                if b < 0x20 || b == b'"' || b == b'\\' {
                    self.out.extend_from_slice(&bytes[start..i]);
                    escape(b, &mut self.out);
                    start = i + 1;
                }
            }
            self.out.extend_from_slice(&bytes[start..]);
        }
        Ok(())
    }

    fn int(&mut self, n: u128, negative: bool) {
        let mut buf = [0u8; 40];
        let mut i = buf.len();
        let mut n = n;
        loop {
            i -= 1;
            // `n % 10` is below 10: the cast keeps it whole.
            #[allow(clippy::cast_possible_truncation)]
            let digit = (n % 10) as u8;
            buf[i] = b'0' + digit;
            n /= 10;
            if n == 0 {
                break;
            }
        }
        if negative {
            i -= 1;
            buf[i] = b'-';
        }
        self.out.extend_from_slice(&buf[i..]);
    }

    fn signed(&mut self, n: i128) {
        self.int(n.unsigned_abs(), n < 0);
    }

    /// A float as serde_json writes it (`ryu`, `null` when not finite).
    fn float<F: Serialize>(&mut self, f: F) -> R {
        serde_json::to_writer(&mut self.out, &f).map_err(|_| Stop)
    }
}

/// `fmt::Write` straight into the text.
struct Sink<'v>(&'v mut Vec<u8>);

impl fmt::Write for Sink<'_> {
    fn write_str(&mut self, s: &str) -> fmt::Result {
        self.0.extend_from_slice(s.as_bytes());
        Ok(())
    }
    fn write_char(&mut self, c: char) -> fmt::Result {
        match u8::try_from(c) {
            Ok(b) if b.is_ascii() => self.0.push(b),
            _ => self
                .0
                .extend_from_slice(c.encode_utf8(&mut [0; 4]).as_bytes()),
        }
        Ok(())
    }
}

/// A sequence, map or struct being written: whether a comma comes first.
pub(crate) struct Compound<'a, 'o> {
    w: &'a mut Writer<'o>,
    first: bool,
    /// The closing bytes: `]`, `}`, or `]}` / `}}` for a variant.
    end: &'static [u8],
}

impl Compound<'_, '_> {
    #[inline]
    fn comma(&mut self) {
        if self.first {
            self.first = false;
        } else {
            self.w.out.push(b',');
        }
    }

    #[inline]
    fn key(&mut self, key: &str) -> R {
        self.comma();
        self.w.str(key)?;
        self.w.out.push(b':');
        Ok(())
    }
}

impl<'a, 'o> ser::Serializer for &'a mut Writer<'o> {
    type Ok = ();
    type Error = Stop;
    type SerializeSeq = Compound<'a, 'o>;
    type SerializeTuple = Compound<'a, 'o>;
    type SerializeTupleStruct = Compound<'a, 'o>;
    type SerializeTupleVariant = Compound<'a, 'o>;
    type SerializeMap = Compound<'a, 'o>;
    type SerializeStruct = Compound<'a, 'o>;
    type SerializeStructVariant = Compound<'a, 'o>;

    fn serialize_bool(self, v: bool) -> R {
        self.out
            .extend_from_slice(if v { b"true" } else { b"false" });
        Ok(())
    }
    fn serialize_i8(self, v: i8) -> R {
        self.signed(v.into());
        Ok(())
    }
    fn serialize_i16(self, v: i16) -> R {
        self.signed(v.into());
        Ok(())
    }
    fn serialize_i32(self, v: i32) -> R {
        self.signed(v.into());
        Ok(())
    }
    fn serialize_i64(self, v: i64) -> R {
        self.signed(v.into());
        Ok(())
    }
    fn serialize_i128(self, v: i128) -> R {
        self.signed(v);
        Ok(())
    }
    fn serialize_u8(self, v: u8) -> R {
        self.int(v.into(), false);
        Ok(())
    }
    fn serialize_u16(self, v: u16) -> R {
        self.int(v.into(), false);
        Ok(())
    }
    fn serialize_u32(self, v: u32) -> R {
        self.int(v.into(), false);
        Ok(())
    }
    fn serialize_u64(self, v: u64) -> R {
        self.int(v.into(), false);
        Ok(())
    }
    fn serialize_u128(self, v: u128) -> R {
        self.int(v, false);
        Ok(())
    }
    fn serialize_f32(self, v: f32) -> R {
        self.float(v)
    }
    fn serialize_f64(self, v: f64) -> R {
        self.float(v)
    }
    fn serialize_char(self, v: char) -> R {
        self.str(v.encode_utf8(&mut [0; 4]))
    }
    fn serialize_str(self, v: &str) -> R {
        self.str(v)
    }
    fn serialize_bytes(self, v: &[u8]) -> R {
        // As serde_json: an array of numbers.
        let mut seq = ser::Serializer::serialize_seq(self, Some(v.len()))?;
        for b in v {
            ser::SerializeSeq::serialize_element(&mut seq, b)?;
        }
        ser::SerializeSeq::end(seq)
    }
    fn serialize_none(self) -> R {
        self.out.extend_from_slice(b"null");
        Ok(())
    }
    fn serialize_some<T: Serialize + ?Sized>(self, value: &T) -> R {
        value.serialize(self)
    }
    fn serialize_unit(self) -> R {
        self.serialize_none()
    }
    fn serialize_unit_struct(self, _: &'static str) -> R {
        self.serialize_none()
    }
    fn serialize_unit_variant(self, _: &'static str, _: u32, variant: &'static str) -> R {
        self.str(variant)
    }
    fn serialize_newtype_struct<T: Serialize + ?Sized>(self, _: &'static str, value: &T) -> R {
        value.serialize(self)
    }
    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        value: &T,
    ) -> R {
        self.out.push(b'{');
        self.str(variant)?;
        self.out.push(b':');
        value.serialize(&mut *self)?;
        self.out.push(b'}');
        Ok(())
    }
    fn serialize_seq(self, _: Option<usize>) -> Result<Self::SerializeSeq, Stop> {
        self.out.push(b'[');
        Ok(Compound {
            w: self,
            first: true,
            end: b"]",
        })
    }
    fn serialize_tuple(self, len: usize) -> Result<Self::SerializeTuple, Stop> {
        self.serialize_seq(Some(len))
    }
    fn serialize_tuple_struct(
        self,
        _: &'static str,
        len: usize,
    ) -> Result<Self::SerializeTupleStruct, Stop> {
        self.serialize_seq(Some(len))
    }
    fn serialize_tuple_variant(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        _: usize,
    ) -> Result<Self::SerializeTupleVariant, Stop> {
        self.out.push(b'{');
        self.str(variant)?;
        self.out.extend_from_slice(b":[");
        Ok(Compound {
            w: self,
            first: true,
            end: b"]}",
        })
    }
    fn serialize_map(self, _: Option<usize>) -> Result<Self::SerializeMap, Stop> {
        self.out.push(b'{');
        Ok(Compound {
            w: self,
            first: true,
            end: b"}",
        })
    }
    fn serialize_struct(self, _: &'static str, len: usize) -> Result<Self::SerializeStruct, Stop> {
        self.serialize_map(Some(len))
    }
    fn serialize_struct_variant(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        _: usize,
    ) -> Result<Self::SerializeStructVariant, Stop> {
        self.out.push(b'{');
        self.str(variant)?;
        self.out.extend_from_slice(b":{");
        Ok(Compound {
            w: self,
            first: true,
            end: b"}}",
        })
    }
    fn collect_str<T: fmt::Display + ?Sized>(self, value: &T) -> R {
        // Formatted straight into the text (dates: ten ASCII characters),
        // then written again when it needs care.
        let start = self.out.len();
        self.out.push(b'"');
        write!(Sink(&mut self.out), "{value}").map_err(|_| Stop)?;
        if plain(&self.out[start + 1..]) {
            self.out.push(b'"');
            return Ok(());
        }
        let text = self.out.split_off(start + 1);
        self.out.truncate(start);
        let text = String::from_utf8(text).map_err(|_| Stop)?;
        self.str(&text)
    }
}

impl ser::SerializeSeq for Compound<'_, '_> {
    type Ok = ();
    type Error = Stop;
    fn serialize_element<T: Serialize + ?Sized>(&mut self, value: &T) -> R {
        self.comma();
        value.serialize(&mut *self.w)
    }
    fn end(self) -> R {
        self.w.out.extend_from_slice(self.end);
        Ok(())
    }
}

impl ser::SerializeTuple for Compound<'_, '_> {
    type Ok = ();
    type Error = Stop;
    fn serialize_element<T: Serialize + ?Sized>(&mut self, value: &T) -> R {
        ser::SerializeSeq::serialize_element(self, value)
    }
    fn end(self) -> R {
        ser::SerializeSeq::end(self)
    }
}

impl ser::SerializeTupleStruct for Compound<'_, '_> {
    type Ok = ();
    type Error = Stop;
    fn serialize_field<T: Serialize + ?Sized>(&mut self, value: &T) -> R {
        ser::SerializeSeq::serialize_element(self, value)
    }
    fn end(self) -> R {
        ser::SerializeSeq::end(self)
    }
}

impl ser::SerializeTupleVariant for Compound<'_, '_> {
    type Ok = ();
    type Error = Stop;
    fn serialize_field<T: Serialize + ?Sized>(&mut self, value: &T) -> R {
        ser::SerializeSeq::serialize_element(self, value)
    }
    fn end(self) -> R {
        ser::SerializeSeq::end(self)
    }
}

impl ser::SerializeMap for Compound<'_, '_> {
    type Ok = ();
    type Error = Stop;
    fn serialize_key<T: Serialize + ?Sized>(&mut self, key: &T) -> R {
        self.comma();
        key.serialize(KeyWriter(&mut *self.w))?;
        self.w.out.push(b':');
        Ok(())
    }
    fn serialize_value<T: Serialize + ?Sized>(&mut self, value: &T) -> R {
        value.serialize(&mut *self.w)
    }
    fn end(self) -> R {
        self.w.out.extend_from_slice(self.end);
        Ok(())
    }
}

impl ser::SerializeStruct for Compound<'_, '_> {
    type Ok = ();
    type Error = Stop;
    #[inline]
    fn serialize_field<T: Serialize + ?Sized>(&mut self, key: &'static str, value: &T) -> R {
        self.key(key)?;
        value.serialize(&mut *self.w)
    }
    fn end(self) -> R {
        self.w.out.extend_from_slice(self.end);
        Ok(())
    }
}

impl ser::SerializeStructVariant for Compound<'_, '_> {
    type Ok = ();
    type Error = Stop;
    fn serialize_field<T: Serialize + ?Sized>(&mut self, key: &'static str, value: &T) -> R {
        ser::SerializeStruct::serialize_field(self, key, value)
    }
    fn end(self) -> R {
        ser::SerializeStruct::end(self)
    }
}

/// A map key: a string (or a unit variant, as serde_json writes it); any
/// other key stops the writer.
struct KeyWriter<'a, 'o>(&'a mut Writer<'o>);

impl ser::Serializer for KeyWriter<'_, '_> {
    type Ok = ();
    type Error = Stop;
    type SerializeSeq = ser::Impossible<(), Stop>;
    type SerializeTuple = ser::Impossible<(), Stop>;
    type SerializeTupleStruct = ser::Impossible<(), Stop>;
    type SerializeTupleVariant = ser::Impossible<(), Stop>;
    type SerializeMap = ser::Impossible<(), Stop>;
    type SerializeStruct = ser::Impossible<(), Stop>;
    type SerializeStructVariant = ser::Impossible<(), Stop>;

    fn serialize_str(self, v: &str) -> R {
        self.0.str(v)
    }
    fn serialize_unit_variant(self, _: &'static str, _: u32, variant: &'static str) -> R {
        self.0.str(variant)
    }
    fn serialize_newtype_struct<T: Serialize + ?Sized>(self, _: &'static str, value: &T) -> R {
        value.serialize(self)
    }
    fn serialize_bool(self, _: bool) -> R {
        Err(Stop)
    }
    fn serialize_i8(self, _: i8) -> R {
        Err(Stop)
    }
    fn serialize_i16(self, _: i16) -> R {
        Err(Stop)
    }
    fn serialize_i32(self, _: i32) -> R {
        Err(Stop)
    }
    fn serialize_i64(self, _: i64) -> R {
        Err(Stop)
    }
    fn serialize_u8(self, _: u8) -> R {
        Err(Stop)
    }
    fn serialize_u16(self, _: u16) -> R {
        Err(Stop)
    }
    fn serialize_u32(self, _: u32) -> R {
        Err(Stop)
    }
    fn serialize_u64(self, _: u64) -> R {
        Err(Stop)
    }
    fn serialize_f32(self, _: f32) -> R {
        Err(Stop)
    }
    fn serialize_f64(self, _: f64) -> R {
        Err(Stop)
    }
    fn serialize_char(self, _: char) -> R {
        Err(Stop)
    }
    fn serialize_bytes(self, _: &[u8]) -> R {
        Err(Stop)
    }
    fn serialize_none(self) -> R {
        Err(Stop)
    }
    fn serialize_some<T: Serialize + ?Sized>(self, _: &T) -> R {
        Err(Stop)
    }
    fn serialize_unit(self) -> R {
        Err(Stop)
    }
    fn serialize_unit_struct(self, _: &'static str) -> R {
        Err(Stop)
    }
    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: &T,
    ) -> R {
        Err(Stop)
    }
    fn serialize_seq(self, _: Option<usize>) -> Result<Self::SerializeSeq, Stop> {
        Err(Stop)
    }
    fn serialize_tuple(self, _: usize) -> Result<Self::SerializeTuple, Stop> {
        Err(Stop)
    }
    fn serialize_tuple_struct(
        self,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeTupleStruct, Stop> {
        Err(Stop)
    }
    fn serialize_tuple_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeTupleVariant, Stop> {
        Err(Stop)
    }
    fn serialize_map(self, _: Option<usize>) -> Result<Self::SerializeMap, Stop> {
        Err(Stop)
    }
    fn serialize_struct(self, _: &'static str, _: usize) -> Result<Self::SerializeStruct, Stop> {
        Err(Stop)
    }
    fn serialize_struct_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeStructVariant, Stop> {
        Err(Stop)
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::write;

    /// The writer's text of `value`, UTF-8 and Latin-1 (as a string again).
    fn both<T: serde::Serialize>(value: &T) -> (Option<String>, Option<String>) {
        let mut utf8 = Vec::new();
        let mut latin1 = Vec::new();
        (
            write(value, &mut utf8, false)
                .ok()
                .map(|()| String::from_utf8(utf8).expect("UTF-8")),
            write(value, &mut latin1, true)
                .ok()
                .map(|()| latin1.iter().map(|&b| char::from(b)).collect()),
        )
    }

    #[test]
    fn writes_what_serde_json_writes() {
        let mut strings: Vec<String> = (0u8..0x80).map(|b| char::from(b).to_string()).collect();
        // Each character at each place of two words of eight bytes and a tail
        // (the check reads eight bytes at a time).
        for c in (0u8..0x80).map(char::from).chain(['é', '\u{ff}', '\u{80}']) {
            for at in 0..19 {
                let mut s: String = "abcdefghijklmnopqrs".into();
                s.replace_range(at..=at, c.encode_utf8(&mut [0; 4]));
                strings.push(s);
            }
        }
        strings.extend(
            [
                "",
                "plain",
                "ameli né à l'étranger n° 1 \u{80}\u{ff}",
                "\u{7f}\u{a0}\"\n\\/",
                "a\u{1}b\u{1f}c\td\re\u{8}f\u{c}",
            ]
            .map(String::from),
        );
        for s in &strings {
            let expected = serde_json::to_string(s).expect("JSON");
            assert_eq!(both(s), (Some(expected.clone()), Some(expected)), "{s:?}");
        }
        for value in [
            json!(null),
            json!(true),
            json!([]),
            json!({}),
            json!({"a": [1, -2, 3.5, 1e300, u64::MAX, i64::MIN], "b\"": {"c": null, "d": false}}),
            json!([0, -0.0, 0.1, "x", ["y", {}], {"é": "ü"}]),
        ] {
            let expected = serde_json::to_string(&value).expect("JSON");
            assert_eq!(
                both(&value),
                (Some(expected.clone()), Some(expected)),
                "{value}"
            );
        }
        let date = chrono::NaiveDate::from_ymd_opt(2024, 2, 29).expect("date");
        let expected =
            serde_json::to_string(&(date, Some(7u8), None::<u8>, 'é', -128i8)).expect("JSON");
        assert_eq!(
            both(&(date, Some(7u8), None::<u8>, 'é', -128i8)).0,
            Some(expected)
        );
    }

    /// A value serialised through `collect_str` (as dates are).
    struct Shown(&'static str);
    impl serde::Serialize for Shown {
        fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
            s.collect_str(self.0)
        }
    }

    #[test]
    fn collect_str_as_serde_json() {
        for text in ["2026-11-27", "", "a\"b\\c\n", "né", "\u{1}"] {
            let expected = serde_json::to_string(text).expect("JSON");
            assert_eq!(
                both(&[Shown(text)]),
                (Some(format!("[{expected}]")), Some(format!("[{expected}]"))),
                "{text}"
            );
        }
        let expected = serde_json::to_string("€").expect("JSON");
        assert_eq!(both(&Shown("€")), (Some(expected), None));
    }

    #[test]
    fn latin1_stops_from_u0100() {
        for s in ["Œuvre", "ā", "€", "中文", "é\u{100}"] {
            let expected = serde_json::to_string(s).expect("JSON");
            assert_eq!(both(&s), (Some(expected), None), "{s}");
        }
    }

    #[test]
    fn map_keys_other_than_strings_stop() {
        let map: std::collections::BTreeMap<u8, u8> = [(1, 2)].into();
        assert_eq!(both(&map), (None, None));
    }
}
