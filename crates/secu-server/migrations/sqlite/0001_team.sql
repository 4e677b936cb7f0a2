-- The team service's schema (issue 16), SQLite. Kept column for column
-- equal to ../postgres/0001_team.sql: the store has one code path over both.
-- Personal data (households, events) are only in the `*_sealed` columns,
-- encrypted by the server (XChaCha20-Poly1305) with a key kept outside.
-- Timestamps are Unix seconds (BIGINT) where compared, RFC 3339 text where
-- only shown; flags are nullable timestamps (no boolean: one type on both).

CREATE TABLE orgs (
    id          TEXT PRIMARY KEY,
    name        TEXT NOT NULL UNIQUE,
    created_at  TEXT NOT NULL
);

CREATE TABLE users (
    id             TEXT PRIMARY KEY,
    email          TEXT NOT NULL UNIQUE,
    password_hash  TEXT NOT NULL,
    role           TEXT NOT NULL CHECK (role IN ('admin', 'consultant', 'client_hr', 'employee')),
    org_id         TEXT REFERENCES orgs (id),
    created_at     TEXT NOT NULL,
    disabled_at    TEXT,
    CHECK ((role IN ('admin', 'consultant')) = (org_id IS NULL))
);

CREATE TABLE sessions (
    token_hash  BLOB PRIMARY KEY,
    csrf_hash   BLOB NOT NULL,
    user_id     TEXT NOT NULL REFERENCES users (id),
    created_at  BIGINT NOT NULL,
    expires_at  BIGINT NOT NULL
);
CREATE INDEX sessions_expiry ON sessions (expires_at);

CREATE TABLE tokens (
    id          TEXT PRIMARY KEY,
    token_hash  BLOB NOT NULL UNIQUE,
    user_id     TEXT NOT NULL REFERENCES users (id),
    name        TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    revoked_at  TEXT
);

CREATE TABLE cases (
    id            TEXT PRIMARY KEY,
    org_id        TEXT NOT NULL REFERENCES orgs (id),
    header_sealed BLOB NOT NULL,
    anchor        TEXT NOT NULL,
    head          TEXT NOT NULL,
    last_seq      BIGINT NOT NULL,
    opened_on     TEXT NOT NULL,
    created_at    TEXT NOT NULL
);
CREATE INDEX cases_org ON cases (org_id);

CREATE TABLE events (
    case_id      TEXT NOT NULL REFERENCES cases (id),
    seq          BIGINT NOT NULL,
    member       TEXT NOT NULL,
    event        TEXT NOT NULL,
    date         TEXT NOT NULL,
    recorded_at  TEXT NOT NULL,
    recorded_by  TEXT,
    digest       TEXT NOT NULL,
    entry_sealed BLOB NOT NULL,
    PRIMARY KEY (case_id, seq)
);

CREATE TABLE employee_links (
    id          TEXT PRIMARY KEY,
    token_hash  BLOB NOT NULL UNIQUE,
    case_id     TEXT NOT NULL REFERENCES cases (id),
    member      TEXT NOT NULL,
    created_by  TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    expires_at  BIGINT NOT NULL,
    revoked_at  TEXT
);

CREATE TABLE access_log (
    id       INTEGER PRIMARY KEY AUTOINCREMENT,
    at       TEXT NOT NULL,
    actor    TEXT NOT NULL,
    case_id  TEXT NOT NULL,
    action   TEXT NOT NULL
);
CREATE INDEX access_log_case ON access_log (case_id);
