//! secu: French health-insurance (Sécurité sociale) affiliation rules for
//! foreign employees moving to France and their families.
#![forbid(unsafe_code)]

pub mod country;
pub mod data;
pub mod id;
pub mod lang;
pub mod model;
pub mod source;

pub use country::Country;
pub use lang::Lang;
