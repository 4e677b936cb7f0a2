//! "Did you mean …?" suggestions for misspelt field names, enum values and
//! policy names.

/// The candidate closest to `word` by edit distance (Levenshtein, case-insensitive),
/// if it is close enough to be a plausible typo: at most a third of the
/// longer word's length, and at least one character.
pub fn closest<'a>(word: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    // ASCII lowering: field names, enum values, country codes and policy
    // names are ASCII, so a non-ASCII letter differs from all of them in
    // either case; a member id with a non-ASCII capital is still found within
    // the distance limit. Unicode's case tables weighed 7.4 KB of the gzipped
    // WebAssembly module.
    let w: Vec<char> = word.to_ascii_lowercase().chars().collect();
    let mut best: Option<(usize, &'a str)> = None;
    let mut seen: Vec<&'a str> = Vec::new();
    for c in candidates {
        seen.push(c);
        let cc: Vec<char> = c.chars().collect();
        let dist = distance(&w, &cc);
        let limit = (w.len().max(cc.len()) / 3).max(1);
        if dist <= limit && best.is_none_or(|(d, _)| dist < d) {
            best = Some((dist, c));
        }
    }
    if best.is_none() && w.len() >= 3 {
        // A truncated or extended name ("start" for "start_date").
        let lw: String = w.iter().collect();
        best = candidates_prefix(&lw, &seen).map(|c| (0, c));
    }
    best.map(|(_, c)| c)
}

/// The first candidate that starts with `word`, or that `word` starts with.
fn candidates_prefix<'a>(word: &str, seen: &[&'a str]) -> Option<&'a str> {
    seen.iter()
        .copied()
        .find(|c| c.starts_with(word) || (word.starts_with(*c) && c.len() >= 3))
}

/// Levenshtein distance; an underscore and its absence cost 1 like any edit.
fn distance(a: &[char], b: &[char]) -> usize {
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    let mut cur = vec![0; b.len() + 1];
    for (i, ca) in a.iter().enumerate() {
        cur[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let cost = usize::from(ca != cb);
            cur[j + 1] = (prev[j] + cost).min(prev[j + 1] + 1).min(cur[j] + 1);
        }
        std::mem::swap(&mut prev, &mut cur);
    }
    prev[b.len()]
}

#[cfg(test)]
mod tests {
    use super::closest;

    #[test]
    fn suggestions() {
        let fields = [
            "birth_date",
            "birth_country",
            "nationality",
            "nir",
            "nir_status",
        ];
        assert_eq!(closest("birthdate", fields), Some("birth_date"));
        assert_eq!(closest("Nationalty", fields), Some("nationality"));
        assert_eq!(closest("nirr", fields), Some("nir"));
        assert_eq!(closest("zzzzzz", fields), None);
        // Member ids may be non-ASCII: a capital is one edit away.
        assert_eq!(closest("Élodie", ["élodie", "marc"]), Some("élodie"));
        assert_eq!(closest("ÉLODIE", ["élodie", "marc"]), Some("élodie"));
        assert_eq!(
            closest("start", ["kind", "start_date", "sector"]),
            Some("start_date")
        );
        assert_eq!(closest("kindness", ["kind", "start_date"]), Some("kind"));
    }
}
