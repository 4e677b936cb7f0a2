//! Case files: the household and its append-only, hash-chained event log. (Being written.)
