//! Compact JSON of the responses, byte for byte what `serde_json::to_writer`
//! writes, with a faster string path.
//!
//! A profile of `POST /v1/assess?detail=codes` (callgrind, 1,200 requests)
//! put 54 % of the server's instructions in serialising the 13.6 KB
//! assessment, most of it in serde_json's string escaping: every key and
//! every string value is scanned byte by byte through a table, and each
//! quote and fragment is one more write into the buffer. Nearly every string
//! of an assessment (keys, codes, ids, dates, sources, texts) holds nothing
//! to escape, so this serializer checks that 16 bytes at a time and copies
//! the string with its quotes in one reserve; a string that does need
//! escaping is escaped exactly as serde_json does (`\"`, `\\`, `\b`, `\f`,
//! `\n`, `\r`, `\t`, other controls as `\u00xx`, nothing else). Numbers,
//! and map keys that are not strings, are written by serde_json itself, so
//! they cannot differ. `tests` hold it to serde_json on every bundled
//! example (full and codes), on batch records and on every escape.

use std::fmt::{self, Display, Write as _};

use serde::Serialize;
use serde::ser::{self, Impossible};

/// Appends the compact JSON of `value` to `out`, as
/// `serde_json::to_writer(out, value)` would.
///
/// # Errors
/// Those the value's `Serialize` raises (none for the core's types).
pub(crate) fn to_writer<T: Serialize + ?Sized>(out: &mut Vec<u8>, value: &T) -> Result<(), Error> {
    value.serialize(Ser { out })
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

impl ser::Error for Error {
    fn custom<T: Display>(msg: T) -> Self {
        Self(msg.to_string())
    }
}

impl From<serde_json::Error> for Error {
    fn from(e: serde_json::Error) -> Self {
        Self(e.to_string())
    }
}

/// Whether `b` must be escaped in a JSON string (serde_json's `ESCAPE` table:
/// the controls, `"` and `\`).
#[inline]
fn special(b: u8) -> bool {
    b < 0x20 || b == b'"' || b == b'\\'
}

/// Whether any byte of `bytes` must be escaped, 8 bytes at a time: in a
/// word `x`, `(x - 0x01…01 * n) & !x & 0x80…80` is non-zero exactly when a
/// byte of `x` is below `n` (`n` ≤ 128), and a byte equal to `c` is a zero
/// byte of `x ^ (0x01…01 * c)`.
#[inline]
fn needs_escape(bytes: &[u8]) -> bool {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let below = |x: u64, n: u8| x.wrapping_sub(ONES * u64::from(n)) & !x & HIGH;
    let special_in = |x: u64| {
        below(x, 0x20)
            | below(x ^ (ONES * u64::from(b'"')), 1)
            | below(x ^ (ONES * u64::from(b'\\')), 1)
            != 0
    };
    let mut words = bytes.chunks_exact(8);
    for word in &mut words {
        let mut w = [0; 8];
        w.copy_from_slice(word);
        if special_in(u64::from_le_bytes(w)) {
            return true;
        }
    }
    // The last 1 to 7 bytes (most keys and codes are that short), padded
    // with a letter, which is never escaped.
    let rest = words.remainder();
    let mut w = [b'a'; 8];
    for (to, from) in w.iter_mut().zip(rest) {
        *to = *from;
    }
    special_in(u64::from_le_bytes(w))
}

/// The escaped contents of a string (without its quotes), as serde_json
/// writes them.
fn escape_into(out: &mut Vec<u8>, s: &str) {
    let bytes = s.as_bytes();
    if !needs_escape(bytes) {
        out.extend_from_slice(bytes);
        return;
    }
    escape_slow(out, bytes);
}

/// [`escape_into`] for a string that holds a byte to escape.
#[cold]
fn escape_slow(out: &mut Vec<u8>, bytes: &[u8]) {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    let mut start = 0;
    for (i, &b) in bytes.iter().enumerate() {
        if !special(b) {
            continue;
        }
        out.extend_from_slice(&bytes[start..i]);
        start = i + 1;
        match b {
            b'"' => out.extend_from_slice(b"\\\""),
            b'\\' => out.extend_from_slice(b"\\\\"),
            0x08 => out.extend_from_slice(b"\\b"),
            0x0c => out.extend_from_slice(b"\\f"),
            b'\n' => out.extend_from_slice(b"\\n"),
            b'\r' => out.extend_from_slice(b"\\r"),
            b'\t' => out.extend_from_slice(b"\\t"),
            _ => out.extend_from_slice(&[
                b'\\',
                b'u',
                b'0',
                b'0',
                HEX[usize::from(b >> 4)],
                HEX[usize::from(b & 0xf)],
            ]),
        }
    }
    out.extend_from_slice(&bytes[start..]);
}

/// A JSON string: quotes and escaped contents.
#[inline]
fn string(out: &mut Vec<u8>, s: &str) {
    out.reserve(s.len() + 2);
    out.push(b'"');
    escape_into(out, s);
    out.push(b'"');
}

/// `Display` output escaped straight into the buffer, fragment by fragment
/// (serde_json's `collect_str` does the same).
struct Escaping<'a>(&'a mut Vec<u8>);

impl fmt::Write for Escaping<'_> {
    fn write_str(&mut self, s: &str) -> fmt::Result {
        escape_into(self.0, s);
        Ok(())
    }
}

/// The serializer: appends to `out`.
struct Ser<'a> {
    out: &'a mut Vec<u8>,
}

/// A leaf written by serde_json itself (numbers), so that it is exactly
/// serde_json's.
fn by_serde_json<T: Serialize>(out: &mut Vec<u8>, v: T) -> Result<(), Error> {
    serde_json::to_writer(out, &v).map_err(Error::from)
}

/// An array, object or variant being written.
struct Compound<'a> {
    out: &'a mut Vec<u8>,
    first: bool,
    /// Closes the `{"variant":` of a tuple or struct variant.
    variant: bool,
}

impl Compound<'_> {
    #[inline]
    fn comma(&mut self) {
        if self.first {
            self.first = false;
        } else {
            self.out.push(b',');
        }
    }
}

impl<'a> ser::Serializer for Ser<'a> {
    type Ok = ();
    type Error = Error;
    type SerializeSeq = Compound<'a>;
    type SerializeTuple = Compound<'a>;
    type SerializeTupleStruct = Compound<'a>;
    type SerializeTupleVariant = Compound<'a>;
    type SerializeMap = Compound<'a>;
    type SerializeStruct = Compound<'a>;
    type SerializeStructVariant = Compound<'a>;

    fn serialize_bool(self, v: bool) -> Result<(), Error> {
        self.out
            .extend_from_slice(if v { b"true" } else { b"false" });
        Ok(())
    }
    fn serialize_i8(self, v: i8) -> Result<(), Error> {
        by_serde_json(self.out, v)
    }
    fn serialize_i16(self, v: i16) -> Result<(), Error> {
        by_serde_json(self.out, v)
    }
    fn serialize_i32(self, v: i32) -> Result<(), Error> {
        by_serde_json(self.out, v)
    }
    fn serialize_i64(self, v: i64) -> Result<(), Error> {
        by_serde_json(self.out, v)
    }
    fn serialize_i128(self, v: i128) -> Result<(), Error> {
        by_serde_json(self.out, v)
    }
    fn serialize_u8(self, v: u8) -> Result<(), Error> {
        by_serde_json(self.out, v)
    }
    fn serialize_u16(self, v: u16) -> Result<(), Error> {
        by_serde_json(self.out, v)
    }
    fn serialize_u32(self, v: u32) -> Result<(), Error> {
        by_serde_json(self.out, v)
    }
    fn serialize_u64(self, v: u64) -> Result<(), Error> {
        by_serde_json(self.out, v)
    }
    fn serialize_u128(self, v: u128) -> Result<(), Error> {
        by_serde_json(self.out, v)
    }
    fn serialize_f32(self, v: f32) -> Result<(), Error> {
        by_serde_json(self.out, v)
    }
    fn serialize_f64(self, v: f64) -> Result<(), Error> {
        by_serde_json(self.out, v)
    }
    fn serialize_char(self, v: char) -> Result<(), Error> {
        string(self.out, v.encode_utf8(&mut [0; 4]));
        Ok(())
    }
    fn serialize_str(self, v: &str) -> Result<(), Error> {
        string(self.out, v);
        Ok(())
    }
    fn serialize_bytes(self, v: &[u8]) -> Result<(), Error> {
        by_serde_json(self.out, v)
    }
    fn serialize_none(self) -> Result<(), Error> {
        self.out.extend_from_slice(b"null");
        Ok(())
    }
    fn serialize_some<T: Serialize + ?Sized>(self, value: &T) -> Result<(), Error> {
        value.serialize(self)
    }
    fn serialize_unit(self) -> Result<(), Error> {
        self.serialize_none()
    }
    fn serialize_unit_struct(self, _: &'static str) -> Result<(), Error> {
        self.serialize_none()
    }
    fn serialize_unit_variant(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
    ) -> Result<(), Error> {
        string(self.out, variant);
        Ok(())
    }
    fn serialize_newtype_struct<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        value: &T,
    ) -> Result<(), Error> {
        value.serialize(self)
    }
    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        value: &T,
    ) -> Result<(), Error> {
        self.out.push(b'{');
        string(self.out, variant);
        self.out.push(b':');
        value.serialize(Ser {
            out: &mut *self.out,
        })?;
        self.out.push(b'}');
        Ok(())
    }
    fn serialize_seq(self, _: Option<usize>) -> Result<Compound<'a>, Error> {
        self.out.push(b'[');
        Ok(Compound {
            out: self.out,
            first: true,
            variant: false,
        })
    }
    fn serialize_tuple(self, len: usize) -> Result<Compound<'a>, Error> {
        self.serialize_seq(Some(len))
    }
    fn serialize_tuple_struct(self, _: &'static str, len: usize) -> Result<Compound<'a>, Error> {
        self.serialize_seq(Some(len))
    }
    fn serialize_tuple_variant(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        _: usize,
    ) -> Result<Compound<'a>, Error> {
        self.out.push(b'{');
        string(self.out, variant);
        self.out.extend_from_slice(b":[");
        Ok(Compound {
            out: self.out,
            first: true,
            variant: true,
        })
    }
    fn serialize_map(self, _: Option<usize>) -> Result<Compound<'a>, Error> {
        self.out.push(b'{');
        Ok(Compound {
            out: self.out,
            first: true,
            variant: false,
        })
    }
    fn serialize_struct(self, _: &'static str, len: usize) -> Result<Compound<'a>, Error> {
        self.serialize_map(Some(len))
    }
    fn serialize_struct_variant(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        _: usize,
    ) -> Result<Compound<'a>, Error> {
        self.out.push(b'{');
        string(self.out, variant);
        self.out.extend_from_slice(b":{");
        Ok(Compound {
            out: self.out,
            first: true,
            variant: true,
        })
    }
    fn collect_str<T: Display + ?Sized>(self, value: &T) -> Result<(), Error> {
        self.out.push(b'"');
        write!(Escaping(&mut *self.out), "{value}")
            .map_err(|_| Error("a value's Display failed".into()))?;
        self.out.push(b'"');
        Ok(())
    }
}

impl ser::SerializeSeq for Compound<'_> {
    type Ok = ();
    type Error = Error;
    fn serialize_element<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Error> {
        self.comma();
        value.serialize(Ser {
            out: &mut *self.out,
        })
    }
    fn end(self) -> Result<(), Error> {
        self.out.push(b']');
        Ok(())
    }
}

impl ser::SerializeTuple for Compound<'_> {
    type Ok = ();
    type Error = Error;
    fn serialize_element<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Error> {
        ser::SerializeSeq::serialize_element(self, value)
    }
    fn end(self) -> Result<(), Error> {
        ser::SerializeSeq::end(self)
    }
}

impl ser::SerializeTupleStruct for Compound<'_> {
    type Ok = ();
    type Error = Error;
    fn serialize_field<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Error> {
        ser::SerializeSeq::serialize_element(self, value)
    }
    fn end(self) -> Result<(), Error> {
        ser::SerializeSeq::end(self)
    }
}

impl ser::SerializeTupleVariant for Compound<'_> {
    type Ok = ();
    type Error = Error;
    fn serialize_field<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Error> {
        ser::SerializeSeq::serialize_element(self, value)
    }
    fn end(self) -> Result<(), Error> {
        self.out
            .extend_from_slice(if self.variant { b"]}" } else { b"]" });
        Ok(())
    }
}

impl ser::SerializeMap for Compound<'_> {
    type Ok = ();
    type Error = Error;
    fn serialize_key<T: Serialize + ?Sized>(&mut self, key: &T) -> Result<(), Error> {
        self.comma();
        key.serialize(Key {
            out: &mut *self.out,
        })?;
        self.out.push(b':');
        Ok(())
    }
    fn serialize_value<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Error> {
        value.serialize(Ser {
            out: &mut *self.out,
        })
    }
    fn end(self) -> Result<(), Error> {
        self.out.push(b'}');
        Ok(())
    }
}

impl ser::SerializeStruct for Compound<'_> {
    type Ok = ();
    type Error = Error;
    fn serialize_field<T: Serialize + ?Sized>(
        &mut self,
        key: &'static str,
        value: &T,
    ) -> Result<(), Error> {
        self.comma();
        string(self.out, key);
        self.out.push(b':');
        value.serialize(Ser {
            out: &mut *self.out,
        })
    }
    fn end(self) -> Result<(), Error> {
        ser::SerializeMap::end(self)
    }
}

impl ser::SerializeStructVariant for Compound<'_> {
    type Ok = ();
    type Error = Error;
    fn serialize_field<T: Serialize + ?Sized>(
        &mut self,
        key: &'static str,
        value: &T,
    ) -> Result<(), Error> {
        ser::SerializeStruct::serialize_field(self, key, value)
    }
    fn end(self) -> Result<(), Error> {
        self.out.extend_from_slice(b"}}");
        Ok(())
    }
}

/// A map key: strings (and what serde_json writes as one: chars, unit
/// variants, newtypes and options of those) are quoted here; numbers and
/// bools are quoted around serde_json's own writing of them, as serde_json
/// does; anything else is refused, as serde_json refuses it.
struct Key<'a> {
    out: &'a mut Vec<u8>,
}

impl Key<'_> {
    fn quoted<T: Serialize>(self, v: T) -> Result<(), Error> {
        self.out.push(b'"');
        by_serde_json(self.out, v)?;
        self.out.push(b'"');
        Ok(())
    }
}

fn key_must_be_a_string() -> Error {
    Error("key must be a string".into())
}

impl ser::Serializer for Key<'_> {
    type Ok = ();
    type Error = Error;
    type SerializeSeq = Impossible<(), Error>;
    type SerializeTuple = Impossible<(), Error>;
    type SerializeTupleStruct = Impossible<(), Error>;
    type SerializeTupleVariant = Impossible<(), Error>;
    type SerializeMap = Impossible<(), Error>;
    type SerializeStruct = Impossible<(), Error>;
    type SerializeStructVariant = Impossible<(), Error>;

    fn serialize_str(self, v: &str) -> Result<(), Error> {
        string(self.out, v);
        Ok(())
    }
    fn serialize_char(self, v: char) -> Result<(), Error> {
        string(self.out, v.encode_utf8(&mut [0; 4]));
        Ok(())
    }
    fn serialize_unit_variant(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
    ) -> Result<(), Error> {
        string(self.out, variant);
        Ok(())
    }
    fn serialize_newtype_struct<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        value: &T,
    ) -> Result<(), Error> {
        value.serialize(self)
    }
    fn serialize_bool(self, v: bool) -> Result<(), Error> {
        self.quoted(v)
    }
    fn serialize_i8(self, v: i8) -> Result<(), Error> {
        self.quoted(v)
    }
    fn serialize_i16(self, v: i16) -> Result<(), Error> {
        self.quoted(v)
    }
    fn serialize_i32(self, v: i32) -> Result<(), Error> {
        self.quoted(v)
    }
    fn serialize_i64(self, v: i64) -> Result<(), Error> {
        self.quoted(v)
    }
    fn serialize_i128(self, v: i128) -> Result<(), Error> {
        self.quoted(v)
    }
    fn serialize_u8(self, v: u8) -> Result<(), Error> {
        self.quoted(v)
    }
    fn serialize_u16(self, v: u16) -> Result<(), Error> {
        self.quoted(v)
    }
    fn serialize_u32(self, v: u32) -> Result<(), Error> {
        self.quoted(v)
    }
    fn serialize_u64(self, v: u64) -> Result<(), Error> {
        self.quoted(v)
    }
    fn serialize_u128(self, v: u128) -> Result<(), Error> {
        self.quoted(v)
    }
    fn serialize_f32(self, v: f32) -> Result<(), Error> {
        if v.is_finite() {
            self.quoted(v)
        } else {
            Err(Error("float key must be finite (got NaN or +/-inf)".into()))
        }
    }
    fn serialize_f64(self, v: f64) -> Result<(), Error> {
        if v.is_finite() {
            self.quoted(v)
        } else {
            Err(Error("float key must be finite (got NaN or +/-inf)".into()))
        }
    }
    fn serialize_bytes(self, _: &[u8]) -> Result<(), Error> {
        Err(key_must_be_a_string())
    }
    fn serialize_none(self) -> Result<(), Error> {
        Err(key_must_be_a_string())
    }
    fn serialize_some<T: Serialize + ?Sized>(self, value: &T) -> Result<(), Error> {
        value.serialize(self)
    }
    fn serialize_unit(self) -> Result<(), Error> {
        Err(key_must_be_a_string())
    }
    fn serialize_unit_struct(self, _: &'static str) -> Result<(), Error> {
        Err(key_must_be_a_string())
    }
    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: &T,
    ) -> Result<(), Error> {
        Err(key_must_be_a_string())
    }
    fn serialize_seq(self, _: Option<usize>) -> Result<Self::SerializeSeq, Error> {
        Err(key_must_be_a_string())
    }
    fn serialize_tuple(self, _: usize) -> Result<Self::SerializeTuple, Error> {
        Err(key_must_be_a_string())
    }
    fn serialize_tuple_struct(
        self,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeTupleStruct, Error> {
        Err(key_must_be_a_string())
    }
    fn serialize_tuple_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeTupleVariant, Error> {
        Err(key_must_be_a_string())
    }
    fn serialize_map(self, _: Option<usize>) -> Result<Self::SerializeMap, Error> {
        Err(key_must_be_a_string())
    }
    fn serialize_struct(self, _: &'static str, _: usize) -> Result<Self::SerializeStruct, Error> {
        Err(key_must_be_a_string())
    }
    fn serialize_struct_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeStructVariant, Error> {
        Err(key_must_be_a_string())
    }
    fn collect_str<T: Display + ?Sized>(self, value: &T) -> Result<(), Error> {
        self.out.push(b'"');
        write!(Escaping(&mut *self.out), "{value}")
            .map_err(|_| Error("a value's Display failed".into()))?;
        self.out.push(b'"');
        Ok(())
    }
}

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
