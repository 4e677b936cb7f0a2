//! Test helpers: HTTP clients over plain TCP.
pub mod http;
pub mod keepalive;
