//! The iCalendar (RFC 5545) form of a procedure's dated items, shared by
//! `secu case calendar` and the team service's `GET /v1/cases/{id}/calendar.ics`
//! so that both write the same events: stable UIDs (regenerating a calendar
//! updates its events instead of duplicating them), all-day events ending the
//! next day (DTEND is exclusive), texts free of control characters.

use chrono::NaiveDate;
use icalendar::{Calendar, Component, Event, EventLike};
use secu::Lang;
use secu::text::T;

use crate::Procedure;

/// An empty calendar with its name, in English (see [`calendar_in`]).
pub fn calendar() -> Calendar {
    calendar_in(Lang::En)
}

/// An empty calendar with its name in `lang` (« secu : échéances de
/// l'assurance maladie »), as calendar applications show it.
pub fn calendar_in(lang: Lang) -> Calendar {
    let mut cal = Calendar::new();
    cal.name(T::IcalCalendarName.get(lang));
    cal
}

/// Adds the items of [`Procedure::calendar`] at `as_of` in `lang`, each
/// naming the case `case` (a file stem or a case id) in its UID and
/// description.
pub fn push_events(cal: &mut Calendar, p: &Procedure, case: &str, as_of: NaiveDate, lang: Lang) {
    // The crate escapes `\ , ;` and newlines (RFC 5545 §3.3.11); every other
    // control or bidirectional character becomes a visible escape first.
    let safe = |s: &str| secu::report::sanitize(s).into_owned();
    for e in p.calendar(as_of, lang) {
        let uid = safe(&format!("{case}-{}-{}-{}@secu", e.member, e.code, e.date));
        let summary = safe(&format!("{} — {}", e.text, e.who));
        let description = safe(&format!("{}: {} ({case})", e.who, e.text));
        let mut ev = Event::new();
        ev.uid(&uid)
            .summary(&summary)
            .description(&description)
            .starts(e.date);
        if let Some(next) = e.date.succ_opt() {
            ev.ends(next);
        }
        cal.push(ev.done());
    }
}
