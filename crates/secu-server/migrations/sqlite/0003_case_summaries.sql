-- The portfolio's per-case summary (issue 16), kept column for column equal
-- on both databases. Written in the same transaction as every write to its
-- case (open, import, event, redaction), so that `GET /v1/cases` reads one
-- row per case instead of replaying every case. `head` is the case's head
-- it was computed from (a summary whose head is not the case's is computed
-- again); the entry (the lines of `secu case list --json` without their
-- texts, and the days over which they hold) is sealed like the events: it
-- holds labels, and its bounds may be birthdays. Filled lazily for cases
-- stored before this migration.
CREATE TABLE case_summaries (
    case_id        TEXT PRIMARY KEY REFERENCES cases (id),
    head           TEXT NOT NULL,
    summary_sealed BLOB NOT NULL
);

-- Expired employee links are deleted (as expired sessions are): by expiry.
CREATE INDEX employee_links_expiry ON employee_links (expires_at);
