//! `secu interview` on a pseudo-terminal (Linux): placeholder replaced below.
