//! Cutting a streamed request body into lines (`POST /v1/batch`), in bounded
//! memory: a line longer than the limit is dropped as it arrives and only
//! reported, as `secu batch` does (`line_too_long`).

/// A line as the splitter hands it over.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Cut {
    /// The bytes of a line, without its line break.
    Text(Vec<u8>),
    /// A line longer than the limit; its bytes were dropped.
    TooLong,
}

/// Splits bytes fed piece by piece into lines of at most `max` bytes.
#[derive(Debug)]
pub struct LineSplitter {
    max: usize,
    current: Vec<u8>,
    too_long: bool,
}

impl LineSplitter {
    /// A splitter for lines of at most `max` bytes (without the line break).
    #[must_use]
    pub fn new(max: usize) -> Self {
        Self {
            max,
            current: Vec::new(),
            too_long: false,
        }
    }

    /// Feeds the next piece of the body; every line it completes is pushed to `out`.
    pub fn feed(&mut self, mut bytes: &[u8], out: &mut Vec<Cut>) {
        while !bytes.is_empty() {
            let (part, rest, ended) = match bytes.iter().position(|&b| b == b'\n') {
                Some(i) => (&bytes[..i], &bytes[i + 1..], true),
                None => (bytes, &[][..], false),
            };
            if !self.too_long {
                if self.current.len() + part.len() > self.max {
                    self.too_long = true;
                    self.current = Vec::new();
                } else {
                    self.current.extend_from_slice(part);
                }
            }
            if ended {
                out.push(self.take());
            }
            bytes = rest;
        }
    }

    /// The end of the body: the last line, when it has no line break.
    pub fn finish(mut self, out: &mut Vec<Cut>) {
        if self.too_long || !self.current.is_empty() {
            out.push(self.take());
        }
    }

    fn take(&mut self) -> Cut {
        if std::mem::take(&mut self.too_long) {
            Cut::TooLong
        } else {
            Cut::Text(std::mem::take(&mut self.current))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cut(pieces: &[&[u8]], max: usize) -> Vec<Cut> {
        let mut s = LineSplitter::new(max);
        let mut out = Vec::new();
        for p in pieces {
            s.feed(p, &mut out);
        }
        s.finish(&mut out);
        out
    }

    #[test]
    fn lines_across_pieces_and_limits() {
        let t = |s: &str| Cut::Text(s.as_bytes().to_vec());
        assert_eq!(cut(&[b"ab", b"c\nde\n"], 3), vec![t("abc"), t("de")]);
        assert_eq!(cut(&[b"abcd\nx"], 3), vec![Cut::TooLong, t("x")]);
        assert_eq!(cut(&[b"ab", b"cd", b"\n\n"], 3), vec![Cut::TooLong, t("")]);
        assert_eq!(cut(&[b"abcd"], 3), vec![Cut::TooLong]);
        assert_eq!(cut(&[b""], 3), vec![]);
    }
}
