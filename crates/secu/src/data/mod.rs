//! Reference data as typed tables: countries, bilateral agreements, departments.
pub mod agreements;
pub mod countries;
pub mod departments;
