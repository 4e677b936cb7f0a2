//! Gzip of a whole `assess` response, with a compressor kept per thread.
//!
//! tower-http's compression layer (which still serves the batch stream)
//! builds a new compressor for every response: zlib-rs then allocates ~330
//! KB and zeroes 256 KB of it (window, chain and hash tables), and the body
//! goes out chunked through an asynchronous encoder. An assessment is whole
//! in memory before it is sent, so it is compressed here at once: the
//! thread's compressor is reset (zeroing only its 128 KB hash table), and the
//! response keeps a `Content-Length`. Same format and level (gzip at zlib's
//! fastest, level 1) as the layer's.

use std::cell::RefCell;

use axum::http::{HeaderMap, header};
use flate2::{Compress, Compression, Crc, FlushCompress, Status};

/// Whether `Accept-Encoding` accepts gzip (`gzip` or `x-gzip`, with a
/// quality above 0). Anything else, `*` included, gets the identity
/// (RFC 9110 §12.5.3: always acceptable unless refused).
pub(crate) fn accepted(headers: &HeaderMap) -> bool {
    headers
        .get_all(header::ACCEPT_ENCODING)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(','))
        .any(|item| {
            let mut parts = item.split(';');
            let name = parts.next().unwrap_or_default().trim();
            let q = parts
                .find_map(|p| p.trim().strip_prefix("q="))
                .map_or(Some(1.0), |q| q.trim().parse::<f32>().ok());
            (name.eq_ignore_ascii_case("gzip") || name.eq_ignore_ascii_case("x-gzip"))
                && q.is_some_and(|q| q > 0.0)
        })
}

thread_local! {
    /// This thread's compressor (raw deflate; the gzip frame is written here).
    static DEFLATE: RefCell<Compress> = RefCell::new(Compress::new(Compression::fast(), false));
}

/// The gzip member (RFC 1952) of `data`.
pub(crate) fn compress(data: &[u8]) -> Vec<u8> {
    // Header: magic, deflate, no flags, no time, "fastest" (XFL 4), OS unknown.
    let mut out = Vec::with_capacity(data.len() / 4 + 64);
    out.extend_from_slice(&[0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 4, 255]);
    DEFLATE.with_borrow_mut(|c| {
        c.reset();
        let start = c.total_in();
        loop {
            let done = usize::try_from(c.total_in() - start).unwrap_or(usize::MAX);
            out.reserve(data.len().saturating_sub(done) / 2 + 64);
            match c.compress_vec(
                &data[done.min(data.len())..],
                &mut out,
                FlushCompress::Finish,
            ) {
                Ok(Status::StreamEnd) => break,
                Ok(_) => {}
                // Deflating memory into memory does not fail; if it did,
                // a reset compressor and the identity would be the answer:
                // the caller sends the identity when this returns empty.
                Err(_) => {
                    out.clear();
                    return;
                }
            }
        }
    });
    if out.is_empty() {
        return out;
    }
    let mut crc = Crc::new();
    crc.update(data);
    out.extend_from_slice(&crc.sum().to_le_bytes());
    // ISIZE: the length modulo 2^32.
    out.extend_from_slice(&(data.len() as u32).to_le_bytes());
    out
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use std::io::Read as _;

    use axum::http::{HeaderMap, HeaderValue, header};

    #[test]
    fn round_trip_with_a_reused_compressor() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples");
        let a = std::fs::read(root.join("talent_passport_family.expect.json")).unwrap();
        let b = vec![b'x'; 200_000];
        // Twice each, on the same thread's compressor, and empty.
        for data in [&a[..], &b[..], &a[..], &b[..], &[][..]] {
            let gz = super::compress(data);
            let mut back = Vec::new();
            flate2::read::GzDecoder::new(&gz[..])
                .read_to_end(&mut back)
                .unwrap();
            assert_eq!(back, data);
            if !data.is_empty() {
                assert!(gz.len() < data.len() / 3, "{} -> {}", data.len(), gz.len());
            }
        }
    }

    #[test]
    fn accept_encoding() {
        let accepts = |values: &[&str]| {
            let mut h = HeaderMap::new();
            for v in values {
                h.append(header::ACCEPT_ENCODING, HeaderValue::from_str(v).unwrap());
            }
            super::accepted(&h)
        };
        assert!(accepts(&["gzip"]));
        assert!(accepts(&["gzip, compress, deflate, br"]));
        assert!(accepts(&["br;q=1.0, GZIP;q=0.5"]));
        assert!(accepts(&["br", "x-gzip"]));
        assert!(!accepts(&[]));
        assert!(!accepts(&["identity"]));
        assert!(!accepts(&["br, deflate"]));
        assert!(!accepts(&["gzip;q=0"]));
        assert!(!accepts(&["gzip; q=0.0, br"]));
        assert!(!accepts(&["gzip;q=x"]));
        assert!(!accepts(&["*"]));
    }
}
