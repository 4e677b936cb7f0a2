//! # secu
//!
//! French health insurance (Sécurité sociale) for foreign employees moving to
//! France and their families: which affiliation type applies to each person,
//! what status each child has and when it changes, which documents to gather,
//! which steps remain with the CPAM, and what to tell payroll — each decision
//! with its rule and legal or official sources.
//!
//! The crate is pure: no I/O, no clock, no printing. The evaluation date is an
//! input. It compiles to `wasm32-unknown-unknown`.
//!
//! ## Usage
//!
//! ```
//! let json = br#"{
//!   "format": "secu.household.v1",
//!   "as_of": "2026-11-27",
//!   "members": [{
//!     "id": "priya", "relationship": "primary", "birth_date": "1990-04-12",
//!     "sex": "female", "nationality": "IN", "birth_country": "IN",
//!     "previously_insured_in_france": false,
//!     "activity": { "kind": "employed", "start_date": "2026-10-01",
//!                   "employer": { "siren": "552100554", "payroll_id": "0042" } },
//!     "residence": { "arrival_date": "2026-09-20", "permit": "talent_passport",
//!                    "permit_valid_from": "2026-09-20", "postcode": "92400" }
//!   }]
//! }"#;
//! let household = secu::parse_household(json)?;
//! let assessment = secu::assess(&household, &secu::Options::default())?;
//! let priya = &assessment.members[0];
//! assert_eq!(priya.affiliation, secu::output::Affiliation::Registration);
//! assert_eq!(priya.covered_from, Some("2026-10-01".parse()?));
//! assert!(priya.identification_required);
//! assert_eq!(priya.payroll.as_ref().map(|p| p.dsn_identifier), Some(secu::output::DsnIdentifier::Ntt));
//! // Every text exists in English and French; the report is plain text.
//! let text = secu::report::render(&assessment, &secu::report::Style::plain());
//! assert!(text.contains("CPAM de Paris"));
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! Invalid input never panics and never gives a partial result: every problem
//! is reported at once, each with its JSON path.
//!
//! ```
//! let err = secu::parse_household(br#"{"members":[{"id":"a","birthdate":"1990-01-01"}]}"#).unwrap_err();
//! assert!(err.to_string().contains("members[0].birthdate: unknown field \"birthdate\"; did you mean \"birth_date\"?"));
//! ```
//!
//! ## Map
//! - [`model`]: the input; [`decode`]: JSON with every error at once; `validate` (internal);
//! - [`intake`]: partial households, provisional results and questions (contract §5);
//! - [`assess()`]: the rules; [`output`]: the assessment; [`report`]: the human report;
//! - [`policy`]: the library's defaults where the sources disagree (domain Decisions);
//! - [`rules`]: the catalogue of rules with sources; [`text`]: the ids of every text, [`l10n`]: their Fluent rendering;
//! - [`small`]: the sorted-`Vec` maps and sets of the procedure's states;
//! - [`steps`]: which steps of the procedure apply to a member (the procedure
//!   itself and the case files are the `secu-case` crate's);
//! - [`suggest`]: "did you mean" for misspelt names;
//! - [`id`]: NIR/NIA, NTT, SIREN; [`country`], [`data`]: reference tables; [`date`]: ages and birthdays.
#![forbid(unsafe_code)]
#![deny(missing_docs)]

mod assess;
pub mod batch;
pub mod codes;
pub mod country;
pub mod data;
pub mod date;
pub mod decode;
pub mod error;
pub mod form;
pub mod id;
pub mod intake;
pub mod l10n;
pub mod lang;
pub mod model;
pub mod msg;
pub mod output;
pub mod policy;
pub mod report;
pub mod rules;
pub mod small;
#[doc(hidden)] // Internal (code size), public for the case crate (ARCHITECTURE.md).
pub mod sort;
pub mod source;
pub mod steps;
pub mod suggest;
pub mod text;
pub mod tree;
mod validate;

pub use assess::{Options, assess};
pub use codes::Detail;
pub use country::Country;
pub use decode::parse_household;
pub use error::{Error, ErrorCode, InputError, InputErrors};
pub use lang::Lang;
pub use model::Household;
pub use output::Assessment;
pub use policy::Policy;
