//! Case files you can trust (issue 10).
