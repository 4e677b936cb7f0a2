-- Failed sign-ins, for the login rate limit (issue 16): shared by every
-- server on the database, so a limit holds behind a load balancer too. The
-- address is kept as its SHA-256 (no personal data, bounded size, also for
-- addresses that have no account).
CREATE TABLE login_failures (
    email_hash  BLOB NOT NULL,
    at          BIGINT NOT NULL
);
CREATE INDEX login_failures_email ON login_failures (email_hash, at);
