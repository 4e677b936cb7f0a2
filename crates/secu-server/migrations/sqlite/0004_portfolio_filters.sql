-- The portfolio's filters in SQL and its reads in one access-log row
-- (issue 16), kept column for column equal on both databases.
--
-- Beside each sealed summary, what the filters read, in clear: whether a
-- member is blocked, has a deadline overdue, or one coming within the
-- horizon (0/1, computed by `secu_case`, no name, date or number), and
-- `from_day`, the day the summary was computed for (the day of a write or
-- of a listing, as `created_at`; YYYY-MM-DD). The last day it holds may be
-- a birthday: `until_sealed` keeps it sealed (a few bytes, opened without
-- the summary). NULL in the rows of an earlier version: such a summary is
-- opened whole, and stored again with them.
ALTER TABLE case_summaries ADD COLUMN blocked INTEGER;
ALTER TABLE case_summaries ADD COLUMN overdue INTEGER;
ALTER TABLE case_summaries ADD COLUMN upcoming INTEGER;
ALTER TABLE case_summaries ADD COLUMN from_day TEXT;
ALTER TABLE case_summaries ADD COLUMN until_sealed BLOB;

-- A listing's reads: one row naming its cases (separated by spaces) in
-- `case_ids`, its `case_id` empty; the export writes one record per case.
ALTER TABLE access_log ADD COLUMN case_ids TEXT;

-- What a portfolio reads of every case, covered by indexes so that it need
-- not read the rows (a case row holds its sealed header, a summary row its
-- sealed entry: about a page each): the cases in the portfolio's order,
-- and each summary's head, flags and bounds.
CREATE INDEX cases_portfolio ON cases (created_at, id, org_id, head);
CREATE INDEX case_summaries_flags ON case_summaries (case_id, head, blocked, overdue, upcoming, from_day, until_sealed);
