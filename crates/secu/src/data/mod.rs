//! Reference data as typed tables: countries, bilateral agreements,
//! departments and their funds, forms, typical delays.
pub mod agreements;
pub mod countries;
pub mod delays;
pub mod departments;
pub mod forms;
