//! The team service's storage (issue 16, contract §7): organisations,
//! accounts, sessions, bearer tokens, employee links, case files as
//! hash-chained event logs, and the access log, in SQLite or PostgreSQL.
//!
//! One code path over both databases: sqlx's `Any` driver, the same SQL
//! (`$1` placeholders, types both accept: TEXT, BIGINT, BLOB/BYTEA), and two
//! migration folders kept column for column equal. The backend shows in
//! three places only: how a write transaction takes its lock (SQLite
//! `BEGIN IMMEDIATE`, PostgreSQL `SELECT … FOR UPDATE` on the case row),
//! the connection settings (SQLite: WAL, busy timeout, foreign keys), and
//! backups (`VACUUM INTO`, or `pg_dump`).
//!
//! A case is stored as its case file is written: the header (household,
//! salts, commitments) and each entry, as JSON sealed with the database key
//! ([`Key`], XChaCha20-Poly1305; names, birth dates, NIRs and free texts are
//! never in clear), plus clear columns that carry no personal data (ids, the
//! event's kind and date, who recorded it, digests). The case row keeps the
//! head of its chain: a log cut short or rolled back no longer ends there,
//! and every read checks it.

pub mod admin;
pub mod cases;
mod crypto;
pub mod http;
mod listing;
pub mod ui;
mod write;

use std::str::FromStr;
use std::time::Duration;

use chrono::{DateTime, NaiveDate, SecondsFormat, Utc};
use serde_json::Value;
use sqlx::any::{AnyPoolOptions, AnyRow};
use sqlx::migrate::{Migration, MigrationType, Migrator};
use sqlx::{AnyPool, Executor as _, Row as _, SqlSafeStr as _};

use secu::model::Household;
use secu::policy::Policy;
use secu_case::case::{Case, CaseError, Entry, ReplayedCase};
use secu_case::event::Event;
use secu_case::status::PortfolioEntry;

pub use crypto::{ARGON2_M_KIB, ARGON2_P, ARGON2_T, KEY_ENV, KEY_FILE_ENV, Key};

/// A problem of the store: the library's one error type with a
/// [`StoreErrorCode`] as its code and, as its path, the field or the row it
/// is about.
pub type StoreError = secu::Error<&'static str>;

/// Stable codes of [`StoreError`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, strum::IntoStaticStr, strum::Display)]
#[strum(serialize_all = "snake_case")]
#[non_exhaustive]
pub enum StoreErrorCode {
    /// `--db` is neither `sqlite:PATH` nor `postgres://…`.
    InvalidUrl,
    /// The database cannot be reached or opened.
    ConnectFailed,
    /// The migrations could not be applied.
    MigrateFailed,
    /// A query failed (the database's own error).
    Database,
    /// The key is not 64 hex digits.
    InvalidKey,
    /// The key file cannot be read or created.
    KeyUnreadable,
    /// No key for a PostgreSQL database.
    KeyMissing,
    /// The OS has no random source.
    RandomUnavailable,
    /// A sealed value does not open (another key, altered or moved).
    Sealing,
    /// A value given to the store is not acceptable (an empty name…).
    InvalidInput,
    /// No such organisation, user, case…
    NotFound,
    /// Already exists (an e-mail address, an organisation's name).
    AlreadyExists,
    /// The case refused the event, or the household is invalid.
    Refused,
    /// The stored log fails verification (an entry edited, removed, moved).
    ChainBroken,
    /// The stored log does not end at the stored head (truncated or
    /// rolled back).
    ChainRolledBack,
    /// Not possible with this database (`VACUUM INTO` on PostgreSQL).
    Unsupported,
}

pub(crate) fn store_error(
    path: impl Into<String>,
    code: StoreErrorCode,
    message: impl Into<String>,
) -> StoreError {
    StoreError::new(path, code, message.into())
}

fn db_error(what: &str, e: &sqlx::Error) -> StoreError {
    store_error(what, StoreErrorCode::Database, e.to_string())
}

/// A case error (refused event, invalid file) as a store error.
fn case_error(code: StoreErrorCode, e: &CaseError) -> StoreError {
    // A refusal in the request's language (`crate::lang`; English outside
    // a request); what is only logged stays English.
    let message = match crate::lang::current() {
        lang if matches!(code, StoreErrorCode::Refused) && lang != secu::Lang::En => {
            e.to_string_in(lang)
        }
        _ => e.to_string(),
    };
    let path = e
        .problems()
        .first()
        .map(|p| p.path.clone())
        .unwrap_or_default();
    store_error(path, code, message)
}

/// The roles of contract §7.
#[derive(
    Clone,
    Copy,
    Debug,
    PartialEq,
    Eq,
    Hash,
    strum::IntoStaticStr,
    strum::EnumString,
    strum::Display,
    serde::Serialize,
    serde::Deserialize,
)]
#[strum(serialize_all = "snake_case")]
#[serde(rename_all = "snake_case")]
pub enum Role {
    /// Everything.
    Admin,
    /// Every case of the firm.
    Consultant,
    /// The cases of their own organisation.
    ClientHr,
    /// Read-only, their own case.
    Employee,
}

impl Role {
    /// Whether the role belongs to a client organisation (then `org` is
    /// required) rather than to the firm (then it is absent).
    #[must_use]
    pub fn needs_org(self) -> bool {
        matches!(self, Self::ClientHr | Self::Employee)
    }
}

/// The database behind a [`Store`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Backend {
    /// `sqlite:PATH`.
    Sqlite,
    /// `postgres://…`.
    Postgres,
}

/// An account.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct User {
    /// Opaque id (`u_…`): what `recorded_by` and the access log name.
    pub id: String,
    /// Sign-in address (lowercase).
    pub email: String,
    /// The account's role.
    pub role: Role,
    /// The client organisation (`client_hr`, `employee`).
    pub org: Option<String>,
}

/// A session just opened: both secrets are shown once, the store keeps
/// their hashes.
#[derive(Clone, Debug)]
pub struct NewSession {
    /// The cookie's value.
    pub token: String,
    /// The value of the `X-CSRF-Token` header.
    pub csrf_token: String,
    /// When it ends (Unix seconds).
    pub expires_at: i64,
}

/// A live session.
#[derive(Clone, Debug)]
pub struct Session {
    /// Whose it is.
    pub user: User,
    csrf_hash: Vec<u8>,
    /// When it ends (Unix seconds).
    pub expires_at: i64,
}

impl Session {
    /// Whether `header` is this session's CSRF token (constant time).
    #[must_use]
    pub fn csrf_matches(&self, header: &str) -> bool {
        crypto::constant_time_eq(&crypto::secret_hash(header), &self.csrf_hash)
    }
}

/// A bearer token just created: `token` is shown once.
#[derive(Clone, Debug)]
pub struct NewToken {
    /// Its id, to revoke it.
    pub id: String,
    /// The secret to send as `Authorization: Bearer TOKEN`.
    pub token: String,
}

/// An employee's personal link just created: `secret` is shown once.
#[derive(Clone, Debug)]
pub struct NewLink {
    /// Its id, to revoke it.
    pub id: String,
    /// The secret the link's URL carries.
    pub secret: String,
}

/// What an employee link opens.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LinkTarget {
    /// The case.
    pub case_id: String,
    /// The member whose checklist it shows.
    pub member: String,
}

/// One line of the access log: who read which case, when, how.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
pub struct AccessRecord {
    /// RFC 3339, UTC.
    pub at: String,
    /// The account, token or link id.
    pub actor: String,
    /// The case.
    pub case_id: String,
    /// `history`, `export`, `status`…
    pub action: String,
}

/// A case as the store holds it, with the stored head it was checked against.
#[derive(Clone, Debug)]
pub struct StoredCase {
    /// The case's id (`c_…`).
    pub id: String,
    /// Its client organisation.
    pub org: String,
    /// The verified case (its log ends at the stored head).
    pub case: Case,
}

/// The migrations, `(version, description, SQLite, PostgreSQL)`: append
/// only; an applied migration is never edited (sqlx checks its checksum).
const MIGRATIONS: &[(i64, &str, &str, &str)] = &[
    (
        1,
        "team",
        include_str!("../../migrations/sqlite/0001_team.sql"),
        include_str!("../../migrations/postgres/0001_team.sql"),
    ),
    (
        2,
        "login throttle",
        include_str!("../../migrations/sqlite/0002_login_throttle.sql"),
        include_str!("../../migrations/postgres/0002_login_throttle.sql"),
    ),
    (
        3,
        "case summaries",
        include_str!("../../migrations/sqlite/0003_case_summaries.sql"),
        include_str!("../../migrations/postgres/0003_case_summaries.sql"),
    ),
    (
        4,
        "portfolio filters",
        include_str!("../../migrations/sqlite/0004_portfolio_filters.sql"),
        include_str!("../../migrations/postgres/0004_portfolio_filters.sql"),
    ),
];

/// The versioned migrations of a backend, applied in order at start
/// (sqlx's `_sqlx_migrations` table records which ran, with checksums).
fn migrator(backend: Backend) -> Migrator {
    Migrator::with_migrations(
        MIGRATIONS
            .iter()
            .map(|&(version, description, sqlite, postgres)| {
                let sql = match backend {
                    Backend::Sqlite => sqlite,
                    Backend::Postgres => postgres,
                };
                Migration::new(
                    version,
                    description.into(),
                    MigrationType::Simple,
                    sql.into_sql_str(),
                    false,
                )
            })
            .collect(),
    )
}

/// Failed sign-ins of one address within [`LOGIN_WINDOW_SECS`] after which
/// the next are refused without checking the password.
pub const LOGIN_MAX_FAILURES: i64 = 10;
/// The window of [`LOGIN_MAX_FAILURES`], in seconds.
pub const LOGIN_WINDOW_SECS: i64 = 15 * 60;

/// The outcome of [`Store::sign_in`].
#[derive(Clone, Debug)]
pub enum SignIn {
    /// The password is right.
    Ok(User),
    /// Wrong address or password (the same answer for both).
    Wrong,
    /// Too many failures for this address lately: retry after so many seconds.
    Throttled {
        /// Seconds until the oldest failure of the window expires.
        retry_after: i64,
    },
}

/// Rejects what is not `sqlite:PATH` or `postgres://…`, and makes the URL
/// sqlx reads (for SQLite: the path percent-encoded, `mode=rwc` to create
/// the file when missing).
fn parse_url(url: &str) -> Result<(Backend, String), StoreError> {
    if let Some(path) = url.strip_prefix("sqlite:") {
        let path = path.strip_prefix("//").unwrap_or(path);
        if path.is_empty() || path.contains(":memory:") || path.contains('?') {
            return Err(store_error(
                "--db",
                StoreErrorCode::InvalidUrl,
                "expected sqlite:PATH with the path of a database file (no query string)",
            ));
        }
        let mut enc = String::with_capacity(path.len());
        for b in path.bytes() {
            if b.is_ascii_alphanumeric() || b"/._-~".contains(&b) {
                enc.push(char::from(b));
            } else {
                enc.push_str(&format!("%{b:02X}"));
            }
        }
        Ok((Backend::Sqlite, format!("sqlite://{enc}?mode=rwc")))
    } else if url.starts_with("postgres://") || url.starts_with("postgresql://") {
        Ok((Backend::Postgres, url.to_owned()))
    } else {
        Err(store_error(
            "--db",
            StoreErrorCode::InvalidUrl,
            "expected sqlite:PATH or postgres://…",
        ))
    }
}

/// RFC 3339 in UTC with seconds, as case files write `recorded_at`.
fn rfc3339(now: DateTime<Utc>) -> String {
    now.to_rfc3339_opts(SecondsFormat::Secs, true)
}

fn get<T>(row: &AnyRow, col: &str) -> Result<T, StoreError>
where
    T: for<'r> sqlx::Decode<'r, sqlx::Any> + sqlx::Type<sqlx::Any>,
{
    row.try_get(col).map_err(|e| db_error(col, &e))
}

/// The team service's database.
#[derive(Clone, Debug)]
pub struct Store {
    pool: AnyPool,
    backend: Backend,
    key: Key,
    /// SQLite has one writer at a time: this server's writers queue here
    /// (in order, without polling) before `BEGIN IMMEDIATE`, which only
    /// then waits (busy timeout) for another process's writer.
    write_lock: std::sync::Arc<tokio::sync::Mutex<()>>,
    /// Cases this server verified lately, by id, at the head they were
    /// verified at: a write whose case still ends there (checked in its
    /// transaction) records on the copy instead of reading and verifying
    /// the whole log again.
    verified: std::sync::Arc<std::sync::Mutex<std::collections::HashMap<String, Verified>>>,
    /// SQLite's writer queue: events written in groups, one commit each
    /// (`write.rs`).
    queue: std::sync::Arc<write::Queue>,
    /// The portfolio's summaries as last opened and written, by the exact
    /// sealed bytes they came from (`listing.rs`).
    listing: std::sync::Arc<listing::Cache>,
}

/// The connections of a [`Store`]'s pool, on both databases: all opened
/// ahead, never more (see [`Store::open`]).
pub const POOL_CONNECTIONS: u32 = 8;

/// How many verified cases a [`Store`] keeps ([`Store::append`]'s fast path).
const VERIFIED_CASES: usize = 256;

/// A case as verified, with the stored head it ended at.
#[derive(Clone, Debug)]
struct Verified {
    head: String,
    last_seq: i64,
    /// The case's sealed header as stored: a redaction rewrites it (and
    /// every entry) without changing the chain's digests, so the head alone
    /// would not show that this copy still holds the erased data.
    header: Vec<u8>,
    /// The case with its replay (its own policies): a plain event is
    /// applied to the procedure held, and the summary taken from it.
    case: ReplayedCase,
}

/// [`Store::token_and_case`]'s query: `$1` the token's hash, `$2` the case.
const TOKEN_AND_CASE_SQL: &str = "SELECT t.id AS token_id, u.id, u.email, u.role, u.org_id, \
     (SELECT c.org_id FROM cases c WHERE c.id = $2) AS case_org \
     FROM tokens t JOIN users u ON u.id = t.user_id \
     WHERE t.token_hash = $1 AND t.revoked_at IS NULL AND u.disabled_at IS NULL";

/// The organisation filter of a listing (`scope`: a client HR user's own
/// organisation; `org`: the one asked for) as the two parameters of
/// `WHERE c.org_id = $1 AND c.org_id = $2`, or `None` when neither
/// restricts it. Two statements, all cases or one organisation's, rather
/// than one with `($1 = '' OR org_id = $1)`: PostgreSQL plans each
/// prepared statement once for any parameters (`plan_cache_mode =
/// force_generic_plan`, see [`Store::open`]), and one plan cannot fit both
/// (issue 16: the admin's portfolio of 10,000 cases took 65-72 ms instead
/// of 46 with the catch-all's generic plan).
fn org_filter<'a>(scope: Option<&'a str>, org: Option<&'a str>) -> Option<(&'a str, &'a str)> {
    let first = scope.or(org)?;
    Some((first, org.unwrap_or(first)))
}

/// A listing's query ([`org_filter`]): `all` when neither `scope` nor
/// `org` restricts it, else `one_org` (its `WHERE c.org_id = $1 AND
/// c.org_id = $2`) with both bound.
fn org_query<'q>(
    all: &'static str,
    one_org: &'static str,
    scope: Option<&'q str>,
    org: Option<&'q str>,
) -> sqlx::query::Query<'q, sqlx::Any, sqlx::any::AnyArguments> {
    match org_filter(scope, org) {
        None => sqlx::query(all),
        Some((a, b)) => sqlx::query(one_org).bind(a).bind(b),
    }
}

/// The portfolio's read of every listed case (`$summary`: more columns of
/// the summary), in the portfolio's order, with `$where`.
macro_rules! listing_sql {
    ($summary:literal, $where:literal) => {
        concat!(
            "SELECT c.id, c.org_id, c.head, s.head AS summary_head, s.from_day, s.blocked, s.overdue, s.upcoming, s.until_sealed",
            $summary,
            " FROM cases c LEFT JOIN case_summaries s ON s.case_id = c.id",
            $where,
            " ORDER BY c.created_at, c.id"
        )
    };
}

/// A case's rows as stored, still sealed: its organisation, head, last
/// sequence number and sealed header, and its entries (`seq`, digest in
/// clear, sealed entry) in order.
struct SealedCase {
    org: String,
    head: String,
    last_seq: i64,
    header: Vec<u8>,
    events: Vec<(i64, String, Vec<u8>)>,
}

/// A case of the portfolio: its id, organisation, and its summary (or why
/// it has none: the code of the error its verification or replay gave).
#[derive(Clone, Debug)]
pub struct Summary {
    /// The case's id.
    pub id: String,
    /// Its client organisation.
    pub org: String,
    /// Its portfolio entry holding on the date asked, or an error code.
    pub entry: Result<PortfolioEntry, &'static str>,
}

/// A filter of the portfolio ([`Store::portfolio`]): the cases with a
/// member blocked, with a deadline overdue, or with one coming
/// ([`PortfolioEntry::blocked`], [`PortfolioEntry::overdue`],
/// [`PortfolioEntry::upcoming`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PortfolioFilter {
    /// `filter=blocked`.
    Blocked,
    /// `filter=overdue`.
    Overdue,
    /// `filter=upcoming`.
    Upcoming,
}

/// A write transaction, with this server's SQLite write lock held.
struct WriteTx {
    tx: sqlx::Transaction<'static, sqlx::Any>,
    _guard: Option<tokio::sync::OwnedMutexGuard<()>>,
}

impl Store {
    /// Opens the database at `url` (`sqlite:PATH`, created with its schema
    /// when missing; `postgres://…`) and applies the migrations it lacks.
    /// `key` seals the personal data ([`Key::resolve`]).
    ///
    /// # Errors
    /// `invalid_url`, `connect_failed`, `migrate_failed`.
    pub async fn open(url: &str, key: Key) -> Result<Self, StoreError> {
        let (backend, sqlx_url) = parse_url(url)?;
        sqlx::any::install_default_drivers();
        // `POOL_CONNECTIONS` (8) on both, all of them opened ahead. SQLite
        // writes one at a time (`write_lock`), its connections serve the
        // readers. On PostgreSQL an event holds a connection for one
        // statement at a time, so 32 concurrent writers share 8 warm
        // connections with little wait. With room for more (it was 40), a
        // burst of writers on a server just started made the pool open a
        // backend for each (fork, authentication, catalogue caches) on the
        // same 2 cores, and those first events waited 50-130 ms (issue 16:
        // closed loop, 32 writers, 10,000 cases, PostgreSQL p99 45-68 ms
        // with 40, 17-19 ms with 16); with 16 backends at work on 2 cores
        // rather than 8, each writer's first event waited longer again
        // (p99 19.1-26.3 ms with 16, 15.5-20.9 ms with 8, 7 alternated
        // pairs, 6 won by 8). No request holds a connection while it asks
        // for another.
        let options = AnyPoolOptions::new()
            .max_connections(POOL_CONNECTIONS)
            // All of them opened ahead (sqlx's maintenance task, in the
            // background from the start): a burst of writers on a server
            // just started does not wait for a PostgreSQL backend to fork
            // and authenticate each, nor for a SQLite connection's thread,
            // file and pragmas (issue 16, each writer's first event; on
            // SQLite, alternated on a quiet machine, 10,000 cases, closed
            // loop p99 28.5 / 35.3 ms with connections opened on demand,
            // 21.5 / 23.4 ms opened ahead). Two PostgreSQL instances keep
            // 2 × 8 of its 100 default slots.
            .min_connections(POOL_CONNECTIONS)
            .acquire_timeout(Duration::from_secs(30))
            // No ping before each use of a SQLite connection (a file, not a
            // socket that may have died): one round trip to its thread less
            // for every query (issue 16, the event path). A PostgreSQL
            // connection is pinged only after a second idle (a socket that
            // may have died meanwhile), not at every query: a busy server
            // saves a round trip per query (issue 16, the event path).
            .test_before_acquire(false);
        let options = match backend {
            Backend::Sqlite => options,
            Backend::Postgres => options.before_acquire(|conn, meta| {
                Box::pin(async move {
                    Ok(meta.idle_for < Duration::from_secs(1)
                        || sqlx::Connection::ping(conn).await.is_ok())
                })
            }),
        };
        let options = match backend {
            // Explicit, not left to sqlx's defaults: concurrent writers wait
            // (busy timeout) rather than fail, readers never block the writer
            // (WAL, persistent in the file), references are enforced.
            Backend::Sqlite => options.after_connect(|conn, _| {
                Box::pin(async move {
                    conn.execute(
                        "PRAGMA journal_mode = WAL; PRAGMA busy_timeout = 10000; PRAGMA foreign_keys = ON; PRAGMA synchronous = FULL;",
                    )
                    .await?;
                    Ok(())
                })
            }),
            // The statements of an event's path (the bearer token and the
            // case's organisation, the case read, the event's write) run
            // once on each new connection (their errors ignored: on a
            // database not yet migrated they fail): the backend's
            // catalogue caches are loaded, sqlx keeps them prepared and
            // PostgreSQL their plans, before a writer's first event needs
            // them (issue 16: a burst of first events on connections just
            // opened waited for all three).
            //
            // Each prepared statement is planned once, for any parameters
            // (`force_generic_plan`), not again at each of its first five
            // executions on each connection, as PostgreSQL does by default
            // before it settles on a plan: with 8 connections, the first 32
            // events — 32 writers' first, at once on 2 cores — were all
            // planned anew, the event's write (three data-modifying `WITH`
            // parts) the costliest (issue 16, PostgreSQL fsync=on, closed
            // loop, 3 alternated pairs: p99 16.7 / 18.1 / 21.7 ms before,
            // 11.7 / 12.6 / 14.7 ms with these plans and the write's
            // statement run ahead; neither alone was enough). Every
            // statement of the store looks rows up by key or lists all or
            // one organisation's cases (`org_filter`), for which one plan
            // fits any parameters.
            Backend::Postgres => options.after_connect(|conn, _| {
                Box::pin(async move {
                    conn.execute("SET plan_cache_mode = force_generic_plan")
                        .await?;
                    // Bound as the real query binds them (a hash, not
                    // text: bound as text, PostgreSQL refused the
                    // statement and it was never prepared).
                    let _ = sqlx::query(TOKEN_AND_CASE_SQL)
                        .bind(crypto::secret_hash(""))
                        .bind("")
                        .fetch_optional(&mut *conn)
                        .await;
                    let _ = sqlx::query(write::READ_CASE_SQL)
                        .bind("")
                        .fetch_all(&mut *conn)
                        .await;
                    write::warm_event(conn).await;
                    Ok(())
                })
            }),
        };
        let connect_failed =
            |e: sqlx::Error| store_error("--db", StoreErrorCode::ConnectFailed, e.to_string());
        let migrate_failed = |e: sqlx::migrate::MigrateError| {
            store_error("--db", StoreErrorCode::MigrateFailed, e.to_string())
        };
        // PostgreSQL: the migrations first, over a connection of their
        // own, so that the pool's connections find the schema when they
        // warm up as they open (at a first start their warm-up failed, each
        // failure logged by the backend as an `ERROR`, and the first events
        // found nothing prepared).
        if backend == Backend::Postgres {
            let mut conn = <sqlx::AnyConnection as sqlx::Connection>::connect(&sqlx_url)
                .await
                .map_err(connect_failed)?;
            migrator(backend)
                .run(&mut conn)
                .await
                .map_err(migrate_failed)?;
            let _ = sqlx::Connection::close(conn).await;
        }
        let pool = options.connect(&sqlx_url).await.map_err(connect_failed)?;
        if backend == Backend::Sqlite {
            migrator(backend).run(&pool).await.map_err(migrate_failed)?;
        }
        Ok(Self {
            pool,
            backend,
            key,
            write_lock: std::sync::Arc::default(),
            verified: std::sync::Arc::default(),
            queue: std::sync::Arc::default(),
            listing: std::sync::Arc::default(),
        })
    }

    /// Begins a write transaction: on SQLite, after this server's earlier
    /// writers (`write_lock`), with `BEGIN IMMEDIATE` (the database's write
    /// lock from the start, so no deadlock on upgrade); on PostgreSQL a
    /// plain transaction (writers of a case lock its row).
    async fn begin_write(&self) -> Result<WriteTx, StoreError> {
        match self.backend {
            Backend::Sqlite => {
                let guard = self.write_lock.clone().lock_owned().await;
                let tx = self
                    .pool
                    .begin_with("BEGIN IMMEDIATE")
                    .await
                    .map_err(|e| db_error("cases", &e))?;
                Ok(WriteTx {
                    tx,
                    _guard: Some(guard),
                })
            }
            Backend::Postgres => Ok(WriteTx {
                tx: self.pool.begin().await.map_err(|e| db_error("cases", &e))?,
                _guard: None,
            }),
        }
    }

    /// Which database this is.
    #[must_use]
    pub fn backend(&self) -> Backend {
        self.backend
    }

    /// PostgreSQL: the statements prepared on each of the pool's
    /// `POOL_CONNECTIONS` connections (`pg_prepared_statements`, all of
    /// them held at once, so that none is left out), each with how many
    /// times it ran on a generic plan and on a plan of its own parameters;
    /// empty on SQLite. For tests and diagnosis of the warm-up of a new
    /// connection (see [`Store::open`]).
    ///
    /// # Errors
    /// `database`.
    #[doc(hidden)]
    pub async fn prepared_statements(&self) -> Result<Vec<Vec<(String, i64, i64)>>, StoreError> {
        if self.backend == Backend::Sqlite {
            return Ok(Vec::new());
        }
        let failed = |e: &sqlx::Error| db_error("pg_prepared_statements", e);
        let mut held = Vec::new();
        for _ in 0..POOL_CONNECTIONS {
            held.push(self.pool.acquire().await.map_err(|e| failed(&e))?);
        }
        let mut out = Vec::with_capacity(held.len());
        for conn in &mut held {
            let rows = sqlx::query(
                "SELECT statement, generic_plans, custom_plans FROM pg_prepared_statements",
            )
            .fetch_all(&mut **conn)
            .await
            .map_err(|e| failed(&e))?;
            out.push(
                rows.iter()
                    .map(|r| {
                        Ok((
                            get(r, "statement")?,
                            get(r, "generic_plans")?,
                            get(r, "custom_plans")?,
                        ))
                    })
                    .collect::<Result<_, StoreError>>()?,
            );
        }
        Ok(out)
    }

    /// Closes the connections.
    pub async fn close(&self) {
        self.pool.close().await;
    }

    // -- organisations and users ------------------------------------------

    /// Creates a client organisation; returns its id (`o_…`).
    ///
    /// # Errors
    /// `invalid_input` (empty or over 200 characters), `already_exists`.
    pub async fn create_org(&self, name: &str, now: DateTime<Utc>) -> Result<String, StoreError> {
        let name = name.trim();
        if name.is_empty() || name.chars().count() > 200 || name.chars().any(char::is_control) {
            return Err(store_error(
                "name",
                StoreErrorCode::InvalidInput,
                "expected 1 to 200 characters without a control character",
            ));
        }
        let id = crypto::new_id("o_")?;
        let exists: Option<String> = sqlx::query_scalar("SELECT id FROM orgs WHERE name = $1")
            .bind(name)
            .fetch_optional(&self.pool)
            .await
            .map_err(|e| db_error("orgs", &e))?;
        if exists.is_some() {
            return Err(store_error(
                "name",
                StoreErrorCode::AlreadyExists,
                "an organisation of that name exists",
            ));
        }
        sqlx::query("INSERT INTO orgs (id, name, created_at) VALUES ($1, $2, $3)")
            .bind(&id)
            .bind(name)
            .bind(rfc3339(now))
            .execute(&self.pool)
            .await
            .map_err(|e| db_error("orgs", &e))?;
        Ok(id)
    }

    /// The organisations: `(id, name)`, by name.
    ///
    /// # Errors
    /// `database`.
    pub async fn orgs(&self) -> Result<Vec<(String, String)>, StoreError> {
        let rows = sqlx::query("SELECT id, name FROM orgs ORDER BY name")
            .fetch_all(&self.pool)
            .await
            .map_err(|e| db_error("orgs", &e))?;
        rows.iter()
            .map(|r| Ok((get(r, "id")?, get(r, "name")?)))
            .collect()
    }

    /// Creates an account; returns its id (`u_…`). The e-mail address is
    /// kept lowercase; the password as its Argon2id hash.
    ///
    /// # Errors
    /// `invalid_input` (address, password under 12 characters, `org` given
    /// or missing for the role), `not_found` (no such organisation),
    /// `already_exists` (the address).
    pub async fn create_user(
        &self,
        email: &str,
        password: &str,
        role: Role,
        org: Option<&str>,
        now: DateTime<Utc>,
    ) -> Result<String, StoreError> {
        let email = check_account(email, password)?;
        match (role.needs_org(), org) {
            (true, None) => {
                return Err(store_error(
                    "org",
                    StoreErrorCode::InvalidInput,
                    format!("required for the role {role}"),
                ));
            }
            (false, Some(_)) => {
                return Err(store_error(
                    "org",
                    StoreErrorCode::InvalidInput,
                    format!("the role {role} belongs to the firm: give no organisation"),
                ));
            }
            (true, Some(o)) => self.org_exists(o).await?,
            (false, None) => {}
        }
        let taken: Option<String> = sqlx::query_scalar("SELECT id FROM users WHERE email = $1")
            .bind(&email)
            .fetch_optional(&self.pool)
            .await
            .map_err(|e| db_error("users", &e))?;
        if taken.is_some() {
            return Err(store_error(
                "email",
                StoreErrorCode::AlreadyExists,
                "an account with that address exists",
            ));
        }
        // Argon2id is CPU work (tens of milliseconds): off the async threads.
        let owned = password.to_owned();
        let hash = tokio::task::spawn_blocking(move || crypto::hash_password(&owned))
            .await
            .map_err(|e| store_error("password", StoreErrorCode::Database, e.to_string()))??;
        let id = crypto::new_id("u_")?;
        sqlx::query(
            "INSERT INTO users (id, email, password_hash, role, org_id, created_at) VALUES ($1, $2, $3, $4, $5, $6)",
        )
        .bind(&id)
        .bind(&email)
        .bind(hash)
        .bind(<&str>::from(role))
        .bind(org)
        .bind(rfc3339(now))
        .execute(&self.pool)
        .await
        .map_err(|e| db_error("users", &e))?;
        Ok(id)
    }

    async fn org_exists(&self, org: &str) -> Result<(), StoreError> {
        let found: Option<String> = sqlx::query_scalar("SELECT id FROM orgs WHERE id = $1")
            .bind(org)
            .fetch_optional(&self.pool)
            .await
            .map_err(|e| db_error("orgs", &e))?;
        found
            .map(drop)
            .ok_or_else(|| store_error("org", StoreErrorCode::NotFound, "no such organisation"))
    }

    /// How many accounts exist (`secu admin init` creates the first only).
    ///
    /// # Errors
    /// `database`.
    pub async fn user_count(&self) -> Result<i64, StoreError> {
        sqlx::query_scalar("SELECT COUNT(*) FROM users")
            .fetch_one(&self.pool)
            .await
            .map_err(|e| db_error("users", &e))
    }

    fn user_of(row: &AnyRow) -> Result<User, StoreError> {
        let role: String = get(row, "role")?;
        Ok(User {
            id: get(row, "id")?,
            email: get(row, "email")?,
            role: Role::from_str(&role)
                .map_err(|_| store_error("users.role", StoreErrorCode::Database, "unknown role"))?,
            org: get(row, "org_id")?,
        })
    }

    /// The account of `email` when `password` is its password (and the
    /// account is not disabled); `None` otherwise. A missing account costs
    /// the same Argon2id computation as a wrong password, so that timing
    /// does not tell which addresses have accounts. No rate limit here:
    /// sign-in goes through [`Store::sign_in`], which adds it.
    ///
    /// # Errors
    /// `database`.
    pub async fn verify_password(
        &self,
        email: &str,
        password: &str,
    ) -> Result<Option<User>, StoreError> {
        let row = sqlx::query(
            "SELECT id, email, role, org_id, password_hash FROM users WHERE email = $1 AND disabled_at IS NULL",
        )
        .bind(email.trim().to_lowercase())
        .fetch_optional(&self.pool)
        .await
        .map_err(|e| db_error("users", &e))?;
        let (user, stored) = match &row {
            Some(r) => (Some(Self::user_of(r)?), get::<String>(r, "password_hash")?),
            None => (None, DUMMY_HASH.to_owned()),
        };
        let password = password.to_owned();
        let ok = tokio::task::spawn_blocking(move || crypto::verify_password(&password, &stored))
            .await
            .map_err(|e| store_error("password", StoreErrorCode::Database, e.to_string()))?;
        Ok(user.filter(|_| ok))
    }

    /// Sign-in with its rate limit: after [`LOGIN_MAX_FAILURES`] failures of
    /// one address within [`LOGIN_WINDOW_SECS`] the password is not even
    /// checked ([`SignIn::Throttled`]); a failure is recorded (as the
    /// address's SHA-256) in the database, so the limit holds across
    /// servers; a success clears the address's failures.
    ///
    /// # Errors
    /// `database`.
    pub async fn sign_in(
        &self,
        email: &str,
        password: &str,
        now: DateTime<Utc>,
    ) -> Result<SignIn, StoreError> {
        let key = crypto::secret_hash(&email.trim().to_lowercase());
        let since = now.timestamp() - LOGIN_WINDOW_SECS;
        let row = sqlx::query(
            "SELECT COUNT(*) AS n, MIN(at) AS oldest FROM login_failures WHERE email_hash = $1 AND at > $2",
        )
        .bind(&key)
        .bind(since)
        .fetch_one(&self.pool)
        .await
        .map_err(|e| db_error("login_failures", &e))?;
        let n: i64 = get(&row, "n")?;
        if n >= LOGIN_MAX_FAILURES {
            let oldest: Option<i64> = get(&row, "oldest")?;
            let retry_after = oldest.map_or(LOGIN_WINDOW_SECS, |o| {
                (o + LOGIN_WINDOW_SECS - now.timestamp()).max(1)
            });
            return Ok(SignIn::Throttled { retry_after });
        }
        match self.verify_password(email, password).await? {
            Some(user) => {
                sqlx::query("DELETE FROM login_failures WHERE email_hash = $1")
                    .bind(&key)
                    .execute(&self.pool)
                    .await
                    .map_err(|e| db_error("login_failures", &e))?;
                Ok(SignIn::Ok(user))
            }
            None => {
                // Also forgets the failures of every address older than
                // the window: the table stays small.
                sqlx::query("DELETE FROM login_failures WHERE at <= $1")
                    .bind(since)
                    .execute(&self.pool)
                    .await
                    .map_err(|e| db_error("login_failures", &e))?;
                sqlx::query("INSERT INTO login_failures (email_hash, at) VALUES ($1, $2)")
                    .bind(&key)
                    .bind(now.timestamp())
                    .execute(&self.pool)
                    .await
                    .map_err(|e| db_error("login_failures", &e))?;
                Ok(SignIn::Wrong)
            }
        }
    }

    /// The account of an id.
    ///
    /// # Errors
    /// `not_found`, `database`.
    pub async fn user(&self, id: &str) -> Result<User, StoreError> {
        let row = sqlx::query("SELECT id, email, role, org_id FROM users WHERE id = $1")
            .bind(id)
            .fetch_optional(&self.pool)
            .await
            .map_err(|e| db_error("users", &e))?;
        match row {
            Some(r) => Self::user_of(&r),
            None => Err(store_error(
                "user",
                StoreErrorCode::NotFound,
                "no such account",
            )),
        }
    }

    // -- sessions -----------------------------------------------------------

    /// Opens a session for `user` lasting `ttl`.
    ///
    /// # Errors
    /// `database`, `random_unavailable`.
    pub async fn open_session(
        &self,
        user: &str,
        now: DateTime<Utc>,
        ttl: Duration,
    ) -> Result<NewSession, StoreError> {
        // Each sign-in deletes some expired sessions and links: the tables
        // do not grow with every session ever opened, at a bounded cost.
        self.purge_expired(now).await?;
        let token = crypto::new_secret()?;
        let csrf_token = crypto::new_secret()?;
        let expires_at = now
            .timestamp()
            .saturating_add(i64::try_from(ttl.as_secs()).unwrap_or(i64::MAX));
        sqlx::query(
            "INSERT INTO sessions (token_hash, csrf_hash, user_id, created_at, expires_at) VALUES ($1, $2, $3, $4, $5)",
        )
        .bind(crypto::secret_hash(&token))
        .bind(crypto::secret_hash(&csrf_token))
        .bind(user)
        .bind(now.timestamp())
        .bind(expires_at)
        .execute(&self.pool)
        .await
        .map_err(|e| db_error("sessions", &e))?;
        Ok(NewSession {
            token,
            csrf_token,
            expires_at,
        })
    }

    /// The live session of a cookie value: `None` when unknown, ended,
    /// expired, or its account disabled.
    ///
    /// # Errors
    /// `database`.
    pub async fn session(
        &self,
        token: &str,
        now: DateTime<Utc>,
    ) -> Result<Option<Session>, StoreError> {
        let row = sqlx::query(
            "SELECT u.id, u.email, u.role, u.org_id, s.csrf_hash, s.expires_at FROM sessions s JOIN users u ON u.id = s.user_id WHERE s.token_hash = $1 AND s.expires_at > $2 AND u.disabled_at IS NULL",
        )
        .bind(crypto::secret_hash(token))
        .bind(now.timestamp())
        .fetch_optional(&self.pool)
        .await
        .map_err(|e| db_error("sessions", &e))?;
        row.map(|r| {
            Ok(Session {
                user: Self::user_of(&r)?,
                csrf_hash: get(&r, "csrf_hash")?,
                expires_at: get(&r, "expires_at")?,
            })
        })
        .transpose()
    }

    /// Ends a session (sign-out). Returns whether it existed.
    ///
    /// # Errors
    /// `database`.
    pub async fn end_session(&self, token: &str) -> Result<bool, StoreError> {
        let r = sqlx::query("DELETE FROM sessions WHERE token_hash = $1")
            .bind(crypto::secret_hash(token))
            .execute(&self.pool)
            .await
            .map_err(|e| db_error("sessions", &e))?;
        Ok(r.rows_affected() > 0)
    }

    /// How many expired sessions, and expired employee links, one
    /// [`Store::purge_expired`] deletes at most (the oldest first).
    pub const PURGE_BATCH: i64 = 500;

    /// Deletes up to [`Store::PURGE_BATCH`] expired sessions and as many
    /// expired employee links (revoked ones included once expired: until
    /// then a revoked link's row says it was revoked); returns how many of
    /// each. Called at every sign-in.
    ///
    /// # Errors
    /// `database`.
    pub async fn purge_expired(&self, now: DateTime<Utc>) -> Result<(u64, u64), StoreError> {
        let sessions = sqlx::query(
            "DELETE FROM sessions WHERE token_hash IN (SELECT token_hash FROM sessions WHERE expires_at <= $1 ORDER BY expires_at LIMIT $2)",
        )
        .bind(now.timestamp())
        .bind(Self::PURGE_BATCH)
        .execute(&self.pool)
        .await
        .map_err(|e| db_error("sessions", &e))?;
        let links = sqlx::query(
            "DELETE FROM employee_links WHERE id IN (SELECT id FROM employee_links WHERE expires_at <= $1 ORDER BY expires_at LIMIT $2)",
        )
        .bind(now.timestamp())
        .bind(Self::PURGE_BATCH)
        .execute(&self.pool)
        .await
        .map_err(|e| db_error("employee_links", &e))?;
        Ok((sessions.rows_affected(), links.rows_affected()))
    }

    /// Deletes the expired sessions; returns how many.
    ///
    /// # Errors
    /// `database`.
    pub async fn expire_sessions(&self, now: DateTime<Utc>) -> Result<u64, StoreError> {
        let r = sqlx::query("DELETE FROM sessions WHERE expires_at <= $1")
            .bind(now.timestamp())
            .execute(&self.pool)
            .await
            .map_err(|e| db_error("sessions", &e))?;
        Ok(r.rows_affected())
    }

    // -- bearer tokens --------------------------------------------------------

    /// Creates a bearer token acting as `user`, named `name`.
    ///
    /// # Errors
    /// `invalid_input` (name), `database`.
    pub async fn create_token(
        &self,
        user: &str,
        name: &str,
        now: DateTime<Utc>,
    ) -> Result<NewToken, StoreError> {
        if name.trim().is_empty() || name.chars().count() > 200 {
            return Err(store_error(
                "name",
                StoreErrorCode::InvalidInput,
                "expected 1 to 200 characters",
            ));
        }
        let id = crypto::new_id("t_")?;
        let token = crypto::new_secret()?;
        sqlx::query(
            "INSERT INTO tokens (id, token_hash, user_id, name, created_at) VALUES ($1, $2, $3, $4, $5)",
        )
        .bind(&id)
        .bind(crypto::secret_hash(&token))
        .bind(user)
        .bind(name.trim())
        .bind(rfc3339(now))
        .execute(&self.pool)
        .await
        .map_err(|e| db_error("tokens", &e))?;
        Ok(NewToken { id, token })
    }

    /// The account a bearer token acts as, with the token's id: `None` when
    /// unknown or revoked.
    ///
    /// # Errors
    /// `database`.
    pub async fn token(&self, token: &str) -> Result<Option<(String, User)>, StoreError> {
        let row = sqlx::query(
            "SELECT t.id AS token_id, u.id, u.email, u.role, u.org_id FROM tokens t JOIN users u ON u.id = t.user_id WHERE t.token_hash = $1 AND t.revoked_at IS NULL AND u.disabled_at IS NULL",
        )
        .bind(crypto::secret_hash(token))
        .fetch_optional(&self.pool)
        .await
        .map_err(|e| db_error("tokens", &e))?;
        row.map(|r| Ok((get(&r, "token_id")?, Self::user_of(&r)?)))
            .transpose()
    }

    /// [`Store::token`], and in the same query the organisation of case
    /// `case_id` (`None` when there is no such case), whoever may see it:
    /// the caller's visibility is checked on it afterwards, as
    /// [`Store::case_org`] does in its `WHERE` (issue 16: one round trip
    /// fewer per event; nothing is cached, a revoked token fails at once).
    ///
    /// # Errors
    /// `database`.
    pub async fn token_and_case(
        &self,
        token: &str,
        case_id: &str,
    ) -> Result<Option<(String, User, Option<String>)>, StoreError> {
        let row = sqlx::query(TOKEN_AND_CASE_SQL)
            .bind(crypto::secret_hash(token))
            .bind(case_id)
            .fetch_optional(&self.pool)
            .await
            .map_err(|e| db_error("tokens", &e))?;
        row.map(|r| {
            Ok((
                get(&r, "token_id")?,
                Self::user_of(&r)?,
                get(&r, "case_org")?,
            ))
        })
        .transpose()
    }

    /// Revokes a token; returns whether a live one was revoked.
    ///
    /// # Errors
    /// `database`.
    pub async fn revoke_token(&self, id: &str, now: DateTime<Utc>) -> Result<bool, StoreError> {
        let r =
            sqlx::query("UPDATE tokens SET revoked_at = $1 WHERE id = $2 AND revoked_at IS NULL")
                .bind(rfc3339(now))
                .bind(id)
                .execute(&self.pool)
                .await
                .map_err(|e| db_error("tokens", &e))?;
        Ok(r.rows_affected() > 0)
    }

    // -- employee links ---------------------------------------------------------

    /// Creates a personal read-only link to `member`'s checklist in a case,
    /// valid for `ttl`.
    ///
    /// # Errors
    /// `not_found` (case or member), `database`.
    pub async fn create_link(
        &self,
        case_id: &str,
        member: &str,
        created_by: &str,
        now: DateTime<Utc>,
        ttl: Duration,
    ) -> Result<NewLink, StoreError> {
        let stored = self.load(case_id).await?;
        if !stored.case.member_ids().iter().any(|m| m == member) {
            return Err(store_error(
                "member",
                StoreErrorCode::NotFound,
                "no such member in the case",
            ));
        }
        let id = crypto::new_id("l_")?;
        let secret = crypto::new_secret()?;
        let expires_at = now
            .timestamp()
            .saturating_add(i64::try_from(ttl.as_secs()).unwrap_or(i64::MAX));
        sqlx::query(
            "INSERT INTO employee_links (id, token_hash, case_id, member, created_by, created_at, expires_at) VALUES ($1, $2, $3, $4, $5, $6, $7)",
        )
        .bind(&id)
        .bind(crypto::secret_hash(&secret))
        .bind(case_id)
        .bind(member)
        .bind(created_by)
        .bind(rfc3339(now))
        .bind(expires_at)
        .execute(&self.pool)
        .await
        .map_err(|e| db_error("employee_links", &e))?;
        Ok(NewLink { id, secret })
    }

    /// What a link's secret opens, with the link's id: `None` when unknown,
    /// expired or revoked.
    ///
    /// # Errors
    /// `database`.
    pub async fn link(
        &self,
        secret: &str,
        now: DateTime<Utc>,
    ) -> Result<Option<(String, LinkTarget)>, StoreError> {
        let row = sqlx::query(
            "SELECT id, case_id, member FROM employee_links WHERE token_hash = $1 AND expires_at > $2 AND revoked_at IS NULL",
        )
        .bind(crypto::secret_hash(secret))
        .bind(now.timestamp())
        .fetch_optional(&self.pool)
        .await
        .map_err(|e| db_error("employee_links", &e))?;
        row.map(|r| {
            Ok((
                get(&r, "id")?,
                LinkTarget {
                    case_id: get(&r, "case_id")?,
                    member: get(&r, "member")?,
                },
            ))
        })
        .transpose()
    }

    /// Revokes a link; returns whether a live one was revoked.
    ///
    /// # Errors
    /// `database`.
    pub async fn revoke_link(&self, id: &str, now: DateTime<Utc>) -> Result<bool, StoreError> {
        let r = sqlx::query(
            "UPDATE employee_links SET revoked_at = $1 WHERE id = $2 AND revoked_at IS NULL",
        )
        .bind(rfc3339(now))
        .bind(id)
        .execute(&self.pool)
        .await
        .map_err(|e| db_error("employee_links", &e))?;
        Ok(r.rows_affected() > 0)
    }

    // -- cases --------------------------------------------------------------

    /// Opens a case for `household` in organisation `org` on `opened_on`
    /// (default: [`Case::default_opened_on`]); returns its id (`c_…`).
    ///
    /// # Errors
    /// `not_found` (org), `refused` (an invalid household), `database`.
    pub async fn open_case(
        &self,
        org: &str,
        household: Household,
        opened_on: Option<NaiveDate>,
        now: DateTime<Utc>,
    ) -> Result<String, StoreError> {
        self.org_exists(org).await?;
        let opened_on =
            opened_on.unwrap_or_else(|| Case::default_opened_on(household.as_of, now.date_naive()));
        let mut salts = salts()?;
        let case = Case::new(
            household,
            opened_on,
            &rfc3339(now),
            &mut salts,
            &Policy::default(),
        )
        .map_err(|e| {
            let path = e.0.first().map(|p| p.path.clone()).unwrap_or_default();
            let all: Vec<String> =
                e.0.iter()
                    .map(|p| format!("{}: {}", p.path, p.message))
                    .collect();
            store_error(path, StoreErrorCode::Refused, all.join("; "))
        })?;
        self.insert_case(org, &case).await
    }

    /// Imports a case file (verified and replayed as `secu case` does)
    /// into organisation `org`; returns its new id.
    ///
    /// # Errors
    /// `refused` (not a valid case file), `not_found` (org), `database`.
    pub async fn import(&self, org: &str, bytes: &[u8]) -> Result<String, StoreError> {
        self.org_exists(org).await?;
        let case = Case::load(bytes).map_err(|e| case_error(StoreErrorCode::Refused, &e))?;
        self.insert_case(org, &case).await
    }

    async fn insert_case(&self, org: &str, case: &Case) -> Result<String, StoreError> {
        let id = crypto::new_id("c_")?;
        let (header, entries) = split(case)?;
        let mut w = self.begin_write().await?;
        let tx = &mut w.tx;
        sqlx::query(
            "INSERT INTO cases (id, org_id, header_sealed, anchor, head, last_seq, opened_on, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
        )
        .bind(&id)
        .bind(org)
        .bind(self.key.seal(&header, &header_aad(&id))?)
        .bind(case.anchor_digest().to_string())
        .bind(case.head().to_string())
        .bind(last_seq(case))
        .bind(case.opened_on().to_string())
        .bind(case.created_at())
        .execute(&mut **tx)
        .await
        .map_err(|e| db_error("cases", &e))?;
        for (entry, json) in case.history().iter().zip(entries) {
            self.insert_entry(tx, &id, entry, &json).await?;
        }
        self.write_summary(tx, &id, case, Utc::now().date_naive())
            .await?;
        w.tx.commit().await.map_err(|e| db_error("cases", &e))?;
        Ok(id)
    }

    async fn insert_entry(
        &self,
        tx: &mut sqlx::AnyConnection,
        case_id: &str,
        entry: &Entry,
        json: &[u8],
    ) -> Result<(), StoreError> {
        let seq = i64::try_from(entry.seq).unwrap_or(i64::MAX);
        sqlx::query(
            "INSERT INTO events (case_id, seq, member, event, date, recorded_at, recorded_by, digest, entry_sealed) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
        )
        .bind(case_id)
        .bind(seq)
        .bind(&entry.member)
        .bind(entry.kind().code())
        .bind(entry.date.to_string())
        .bind(&entry.recorded_at)
        .bind(entry.recorded_by.as_deref())
        .bind(entry.digest.to_string())
        .bind(self.key.seal(json, &entry_aad(case_id, seq))?)
        .execute(&mut *tx)
        .await
        .map_err(|e| db_error("events", &e))?;
        Ok(())
    }

    /// Reads a case within `exec`: the header and every entry, unsealed,
    /// verified as a case file, and checked to end at the stored head.
    async fn read_case(
        &self,
        conn: &mut sqlx::AnyConnection,
        case_id: &str,
        lock: bool,
    ) -> Result<StoredCase, StoreError> {
        // PostgreSQL: the row lock serialises the writers of one case (SQLite
        // serialises them with BEGIN IMMEDIATE, which has no FOR UPDATE).
        let sql = if lock && self.backend == Backend::Postgres {
            "SELECT org_id, header_sealed, head, last_seq FROM cases WHERE id = $1 FOR UPDATE"
        } else {
            "SELECT org_id, header_sealed, head, last_seq FROM cases WHERE id = $1"
        };
        let row = sqlx::query(sql)
            .bind(case_id)
            .fetch_optional(&mut *conn)
            .await
            .map_err(|e| db_error("cases", &e))?
            .ok_or_else(|| store_error("case", StoreErrorCode::NotFound, "no such case"))?;
        let rows = sqlx::query(
            "SELECT seq, digest, entry_sealed FROM events WHERE case_id = $1 ORDER BY seq",
        )
        .bind(case_id)
        .fetch_all(&mut *conn)
        .await
        .map_err(|e| db_error("events", &e))?;
        let mut sealed = SealedCase {
            org: get(&row, "org_id")?,
            head: get(&row, "head")?,
            last_seq: get(&row, "last_seq")?,
            header: get(&row, "header_sealed")?,
            events: Vec::with_capacity(rows.len()),
        };
        for r in &rows {
            sealed
                .events
                .push((get(r, "seq")?, get(r, "digest")?, get(r, "entry_sealed")?));
        }
        self.unseal_case(case_id, &sealed)
    }

    /// A case as read from the database, still sealed, opened and
    /// verified: every entry unsealed and its clear digest checked, the
    /// chain verified as a case file, and its end checked against the
    /// stored head and sequence number. No database access (the CPU part
    /// of reading a case, done off the connection).
    fn unseal_case(&self, case_id: &str, sealed: &SealedCase) -> Result<StoredCase, StoreError> {
        let header = self.key.open(&sealed.header, &header_aad(case_id))?;
        let mut file: Value = serde_json::from_slice(&header)
            .map_err(|e| store_error("cases.header", StoreErrorCode::ChainBroken, e.to_string()))?;
        let mut events = Vec::with_capacity(sealed.events.len());
        for (seq, digest, entry) in &sealed.events {
            let seq = *seq;
            let json = self.key.open(entry, &entry_aad(case_id, seq))?;
            let v: Value = serde_json::from_slice(&json).map_err(|e| {
                store_error(
                    format!("events[{seq}]"),
                    StoreErrorCode::ChainBroken,
                    e.to_string(),
                )
            })?;
            // The clear copy of the digest must say what the sealed entry says.
            if v.get("digest").and_then(Value::as_str) != Some(digest.as_str()) {
                return Err(store_error(
                    format!("events[{seq}]"),
                    StoreErrorCode::ChainBroken,
                    "the stored digest differs from the entry's",
                ));
            }
            events.push(v);
        }
        if let Value::Object(m) = &mut file {
            m.insert("events".into(), Value::Array(events));
        }
        let case =
            Case::from_value(file).map_err(|e| case_error(StoreErrorCode::ChainBroken, &e))?;
        let stored_last = sealed.last_seq;
        if case.head().to_string() != sealed.head || last_seq(&case) != stored_last {
            return Err(store_error(
                "case",
                StoreErrorCode::ChainRolledBack,
                format!(
                    "the stored log ends at entry {} but the case's head is entry {stored_last}: entries were removed or rolled back",
                    last_seq(&case)
                ),
            ));
        }
        Ok(StoredCase {
            id: case_id.to_owned(),
            org: sealed.org.clone(),
            case,
        })
    }

    /// A case, verified (its chain, and that it ends at the stored head),
    /// without recording a read: for the store's own checks. Readers on
    /// behalf of someone use [`Store::read`].
    ///
    /// # Errors
    /// `not_found`, `sealing`, `chain_broken`, `chain_rolled_back`.
    pub async fn load(&self, case_id: &str) -> Result<StoredCase, StoreError> {
        // One snapshot for the case row and its events: a write committed
        // between the two reads must not look like a broken chain
        // (PostgreSQL's default READ COMMITTED takes one per statement).
        let mut tx = self.begin_snapshot().await?;
        let stored = self.read_case(&mut tx, case_id, false).await?;
        tx.commit().await.map_err(|e| db_error("cases", &e))?;
        Ok(stored)
    }

    /// A read-only transaction whose statements all see one snapshot (on
    /// SQLite any transaction does; PostgreSQL's default READ COMMITTED
    /// takes one per statement): a case row and its events read together.
    async fn begin_snapshot(&self) -> Result<sqlx::Transaction<'static, sqlx::Any>, StoreError> {
        match self.backend {
            Backend::Sqlite => self.pool.begin().await,
            Backend::Postgres => {
                self.pool
                    .begin_with("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
                    .await
            }
        }
        .map_err(|e| db_error("cases", &e))
    }

    /// A case read on behalf of `actor` (`action`: `history`, `status`,
    /// `export`…), the read recorded in the access log first.
    ///
    /// # Errors
    /// As [`Store::load`].
    pub async fn read(
        &self,
        case_id: &str,
        actor: &str,
        action: &str,
        now: DateTime<Utc>,
    ) -> Result<StoredCase, StoreError> {
        let stored = self.load(case_id).await?;
        self.record_read(actor, case_id, action, now).await?;
        Ok(stored)
    }

    /// The case file of a case (`secu case` reads and verifies it: the
    /// same bytes as the CLI writes), the read logged as `export`.
    ///
    /// # Errors
    /// As [`Store::load`].
    pub async fn export(
        &self,
        case_id: &str,
        actor: &str,
        now: DateTime<Utc>,
    ) -> Result<String, StoreError> {
        Ok(self
            .read(case_id, actor, "export", now)
            .await?
            .case
            .to_json_pretty())
    }

    /// Records an event in a case on behalf of `actor` (named in the entry's
    /// `recorded_by`). The work is done before the write transaction, on
    /// the case as this server last verified it (or as read and verified
    /// now): the event recorded (or refused) as in a case file, the entry
    /// and the case's summary sealed. The transaction then only checks that
    /// the case still ends at that head — the case row's head and sequence
    /// number and the last stored entry's (a log cut short or rolled back
    /// no longer matches) — and writes the entry, the head and the summary
    /// together. When anything differs (another server wrote, the rows were
    /// edited) or the event is refused, the event is recorded as before:
    /// in the transaction, on the log read and verified in full.
    ///
    /// # Errors
    /// `refused` (with the case's reason), `not_found`, the errors of
    /// [`Store::load`], `database`.
    pub async fn append(
        &self,
        case_id: &str,
        actor: &str,
        member: &str,
        date: NaiveDate,
        event: Event,
        now: DateTime<Utc>,
    ) -> Result<Entry, StoreError> {
        // Taken out, not copied (a copy of the whole log per event cost
        // about a quarter of the event's CPU, issue 16): the write puts the
        // case back at its new head; meanwhile another writer of the same
        // case reads and verifies it from the database, as when it was
        // never remembered (its write is checked against the head anyway).
        let cached = self
            .verified
            .lock()
            .ok()
            .and_then(|mut m| m.remove(case_id));
        // A case this server has not verified lately is read and verified
        // first, outside the write lock (beside the other writers), then
        // recorded on as a remembered one.
        let base = match cached {
            Some(base) => base,
            None => match self.verified_case(case_id).await? {
                Some(base) => base,
                // It does not replay: refused as stored, in the transaction.
                None => {
                    return self
                        .append_locked(case_id, actor, member, date, event, now)
                        .await;
                }
            },
        };
        let mut case = base.case;
        let mut salts = salts()?;
        let recorded = case
            .record_by(
                Some(actor),
                member,
                date,
                event.clone(),
                &rfc3339(now),
                &mut salts,
            )
            .cloned();
        let Ok(entry) = recorded else {
            // A refusal is the case's as stored now, not as cached.
            return self
                .append_locked(case_id, actor, member, date, event, now)
                .await;
        };
        let json = serde_json::to_vec(&entry)
            .map_err(|e| store_error("event", StoreErrorCode::Database, e.to_string()))?;
        // From the procedure held: no replay.
        let summary = case.procedure().portfolio_entry(now.date_naive());
        let sealed = self.seal_write(case_id, &entry, &json, &summary)?;
        let outcome = self
            .write_prepared(write::Prepared {
                case_id: case_id.to_owned(),
                head: base.head,
                last_seq: base.last_seq,
                header: base.header,
                entry: entry.clone(),
                case,
                sealed,
            })
            .await?;
        if outcome == write::Outcome::Changed {
            self.forget(case_id);
            return self
                .append_locked(case_id, actor, member, date, event, now)
                .await;
        }
        Ok(entry)
    }

    fn remember(&self, case_id: &str, header: Vec<u8>, case: ReplayedCase) {
        if let Ok(mut m) = self.verified.lock() {
            if m.len() >= VERIFIED_CASES && !m.contains_key(case_id) {
                let evict = m.keys().next().cloned();
                if let Some(k) = evict {
                    m.remove(&k);
                }
            }
            m.insert(
                case_id.to_owned(),
                Verified {
                    head: case.case().head().to_string(),
                    last_seq: last_seq(case.case()),
                    header,
                    case,
                },
            );
        }
    }

    fn forget(&self, case_id: &str) {
        if let Ok(mut m) = self.verified.lock() {
            m.remove(case_id);
        }
    }

    /// [`Store::append`] in one transaction: the case's writers serialised
    /// (SQLite `BEGIN IMMEDIATE`, PostgreSQL a row lock), the log read,
    /// verified against the stored head, the event recorded (or refused) as
    /// in a case file, and the entry and the new head written together.
    async fn append_locked(
        &self,
        case_id: &str,
        actor: &str,
        member: &str,
        date: NaiveDate,
        event: Event,
        now: DateTime<Utc>,
    ) -> Result<Entry, StoreError> {
        let mut w = self.begin_write().await?;
        let tx = &mut w.tx;
        let stored = self.read_case(tx, case_id, true).await?;
        let header: Vec<u8> = get(
            &sqlx::query("SELECT header_sealed FROM cases WHERE id = $1")
                .bind(case_id)
                .fetch_one(&mut **tx)
                .await
                .map_err(|e| db_error("cases", &e))?,
            "header_sealed",
        )?;
        // With the case's own policies, as the summary and the CLI.
        let mut case =
            ReplayedCase::new(stored.case).map_err(|e| case_error(StoreErrorCode::Refused, &e))?;
        let mut salts = salts()?;
        let entry = case
            .record_by(Some(actor), member, date, event, &rfc3339(now), &mut salts)
            .map_err(|e| case_error(StoreErrorCode::Refused, &e))?
            .clone();
        let json = serde_json::to_vec(&entry)
            .map_err(|e| store_error("event", StoreErrorCode::Database, e.to_string()))?;
        self.insert_entry(tx, case_id, &entry, &json).await?;
        sqlx::query("UPDATE cases SET head = $1, last_seq = $2 WHERE id = $3")
            .bind(entry.digest.to_string())
            .bind(i64::try_from(entry.seq).unwrap_or(i64::MAX))
            .bind(case_id)
            .execute(&mut **tx)
            .await
            .map_err(|e| db_error("cases", &e))?;
        let summary = case.procedure().portfolio_entry(now.date_naive());
        self.upsert_summary(&mut **tx, case_id, &entry.digest.to_string(), &summary)
            .await?;
        w.tx.commit().await.map_err(|e| db_error("cases", &e))?;
        self.remember(case_id, header, case);
        Ok(entry)
    }

    /// The organisation of case `case_id` when a caller whose visibility is
    /// `scope` may see it (`None`: the firm, every case; `Some(org)`: that
    /// organisation's cases), else `None`. One query, the scope part of its
    /// `WHERE`: another organisation's case and a missing one take the same
    /// path and answer the same.
    ///
    /// # Errors
    /// `database`.
    pub async fn case_org(
        &self,
        case_id: &str,
        scope: Option<&str>,
    ) -> Result<Option<String>, StoreError> {
        let row =
            sqlx::query("SELECT org_id FROM cases WHERE id = $1 AND ($2 = '' OR org_id = $2)")
                .bind(case_id)
                .bind(scope.unwrap_or(""))
                .fetch_optional(&self.pool)
                .await
                .map_err(|e| db_error("cases", &e))?;
        row.map(|r| get(&r, "org_id")).transpose()
    }

    /// The ids of the cases a caller whose visibility is `scope` may see
    /// (as in [`Store::case_org`]), optionally of one organisation, oldest
    /// first.
    ///
    /// # Errors
    /// `database`.
    pub async fn case_ids(
        &self,
        scope: Option<&str>,
        org: Option<&str>,
    ) -> Result<Vec<String>, StoreError> {
        let rows = org_query(
            "SELECT id FROM cases c ORDER BY created_at, id",
            "SELECT id FROM cases c WHERE c.org_id = $1 AND c.org_id = $2 ORDER BY created_at, id",
            scope,
            org,
        )
        .fetch_all(&self.pool)
        .await
        .map_err(|e| db_error("cases", &e))?;
        rows.iter().map(|r| get(r, "id")).collect()
    }

    /// Erases `member`'s personal data in a case (GDPR, as `secu case
    /// redact`): the header and every entry rewritten sealed in one
    /// transaction, the chain kept verifiable (its digests do not change).
    ///
    /// # Errors
    /// `refused` (an unknown member, or a redaction that would break the
    /// case), the errors of [`Store::load`], `database`.
    pub async fn redact(&self, case_id: &str, member: &str) -> Result<(), StoreError> {
        self.forget(case_id);
        let mut w = self.begin_write().await?;
        let tx = &mut w.tx;
        let mut case = self.read_case(tx, case_id, true).await?.case;
        case.redact(member)
            .map_err(|e| case_error(StoreErrorCode::Refused, &e))?;
        let (header, entries) = split(&case)?;
        sqlx::query("UPDATE cases SET header_sealed = $1, head = $2 WHERE id = $3")
            .bind(self.key.seal(&header, &header_aad(case_id))?)
            .bind(case.head().to_string())
            .bind(case_id)
            .execute(&mut **tx)
            .await
            .map_err(|e| db_error("cases", &e))?;
        for (entry, json) in case.history().iter().zip(entries) {
            let seq = i64::try_from(entry.seq).unwrap_or(i64::MAX);
            sqlx::query(
                "UPDATE events SET member = $1, digest = $2, entry_sealed = $3 WHERE case_id = $4 AND seq = $5",
            )
            .bind(&entry.member)
            .bind(entry.digest.to_string())
            .bind(self.key.seal(&json, &entry_aad(case_id, seq))?)
            .bind(case_id)
            .bind(seq)
            .execute(&mut **tx)
            .await
            .map_err(|e| db_error("events", &e))?;
        }
        // The summary again: its labels are the member's personal data.
        self.write_summary(tx, case_id, &case, Utc::now().date_naive())
            .await?;
        w.tx.commit().await.map_err(|e| db_error("cases", &e))?;
        // A listing that read the summary before the commit may have kept
        // it since: gone too (its bytes are no longer the stored ones).
        self.listing.forget(case_id);
        Ok(())
    }

    /// Writes (or replaces) the summary of `case` computed on `today`,
    /// within the transaction of the write to the case. A case that does
    /// not replay gets no summary (the portfolio then names it).
    async fn write_summary(
        &self,
        tx: &mut sqlx::Transaction<'static, sqlx::Any>,
        case_id: &str,
        case: &Case,
        today: NaiveDate,
    ) -> Result<(), StoreError> {
        match portfolio_entry(case, today) {
            Ok(entry) => {
                self.upsert_summary(&mut **tx, case_id, &case.head().to_string(), &entry)
                    .await
            }
            Err(_) => {
                sqlx::query("DELETE FROM case_summaries WHERE case_id = $1")
                    .bind(case_id)
                    .execute(&mut **tx)
                    .await
                    .map_err(|e| db_error("case_summaries", &e))?;
                Ok(())
            }
        }
    }

    /// A case's summary as `case_summaries` stores it at `head`: sealed,
    /// what the portfolio's filters read in clear (migration 0004), and
    /// the last day sealed on its own, bound to them and to the head.
    fn seal_summary(
        &self,
        case_id: &str,
        head: &str,
        entry: &PortfolioEntry,
    ) -> Result<SealedSummary, StoreError> {
        let json = serde_json::to_vec(entry)
            .map_err(|e| store_error("case_summaries", StoreErrorCode::Database, e.to_string()))?;
        let flags = SummaryFlags::of(entry);
        let from_day = entry.from.to_string();
        let until = entry.until.map(|d| d.to_string()).unwrap_or_default();
        Ok(SealedSummary {
            summary: self.key.seal(&json, &summary_aad(case_id))?,
            until: self.key.seal(
                until.as_bytes(),
                &until_aad(case_id, head, &from_day, flags),
            )?,
            flags,
            from_day,
        })
    }

    async fn upsert_summary<'e, E>(
        &self,
        exec: E,
        case_id: &str,
        head: &str,
        entry: &PortfolioEntry,
    ) -> Result<(), StoreError>
    where
        E: sqlx::Executor<'e, Database = sqlx::Any>,
    {
        self.listing.forget(case_id);
        let sealed = self.seal_summary(case_id, head, entry)?;
        sqlx::query(
            "INSERT INTO case_summaries (case_id, head, summary_sealed, blocked, overdue, upcoming, from_day, until_sealed) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8) \
             ON CONFLICT (case_id) DO UPDATE SET head = excluded.head, summary_sealed = excluded.summary_sealed, \
             blocked = excluded.blocked, overdue = excluded.overdue, upcoming = excluded.upcoming, \
             from_day = excluded.from_day, until_sealed = excluded.until_sealed",
        )
        .bind(case_id)
        .bind(head)
        .bind(sealed.summary)
        .bind(i64::from(sealed.flags.blocked))
        .bind(i64::from(sealed.flags.overdue))
        .bind(i64::from(sealed.flags.upcoming))
        .bind(sealed.from_day)
        .bind(sealed.until)
        .execute(exec)
        .await
        .map_err(|e| db_error("case_summaries", &e))?;
        Ok(())
    }

    /// The portfolio: every case a caller whose visibility is `scope` may
    /// see (as in [`Store::case_org`]), optionally of one organisation,
    /// oldest first, each with its summary on `as_of` (see
    /// [`Store::portfolio`], which this is without a filter).
    ///
    /// # Errors
    /// `database` (a case that fails verification is in the list, with its
    /// error code).
    pub async fn summaries(
        &self,
        scope: Option<&str>,
        org: Option<&str>,
        as_of: NaiveDate,
    ) -> Result<Vec<Summary>, StoreError> {
        self.portfolio(scope, org, as_of, None).await
    }

    /// The portfolio, as [`Store::summaries`], of the cases that may match
    /// `filter` (`None`: all): one query reads the stored summaries; a case
    /// whose summary is missing (stored before the summaries existed),
    /// stale (not at the case's head) or does not hold on `as_of` is read,
    /// verified and replayed, and its summary stored again (unless `as_of`
    /// is before the stored one's: a look at the past does not replace
    /// today's).
    ///
    /// With a filter, the database leaves out the summaries whose flag in
    /// clear is unset (migration 0004) once their sealed last day shows
    /// that they hold on `as_of`: those are never unsealed. The cases
    /// returned may still not match (a summary computed again, a flag set):
    /// the caller keeps those whose entry matches ([`PortfolioEntry::blocked`]
    /// and the others).
    ///
    /// # Errors
    /// `database` (a case that fails verification is in the list, with its
    /// error code).
    pub async fn portfolio(
        &self,
        scope: Option<&str>,
        org: Option<&str>,
        as_of: NaiveDate,
        filter: Option<PortfolioFilter>,
    ) -> Result<Vec<Summary>, StoreError> {
        Ok(self
            .portfolio_with(
                scope,
                org,
                as_of,
                filter,
                |_, _| None,
                listing::Opener::new(
                    self.key.clone(),
                    as_of,
                    std::sync::Arc::new(|_: &str, _, e| e),
                    None,
                ),
            )
            .await?
            .into_iter()
            .map(|(id, org, entry)| Summary { id, org, entry })
            .collect())
    }

    /// A request lists the portfolio: this server's warm-up, if under way,
    /// gives way to it ([`Store::warm_up_with`]).
    pub(crate) fn a_request_lists(&self) {
        self.listing.a_request_lists();
    }

    /// Runs `work` (the warm-up of the listing cache) unless a request
    /// lists meanwhile: then it is dropped (`None`), so the request does not
    /// compete with it; the batches it had spawned run to their end, and
    /// the request waits for those instead of opening their summaries
    /// again (`listing::Opener`).
    pub(crate) async fn warm_up_with<T>(&self, work: impl Future<Output = T>) -> Option<T> {
        let listing = self.listing.clone();
        let request = listing.until_a_request_lists();
        tokio::pin!(request);
        tokio::select! {
            biased;
            () = &mut request => None,
            t = work => Some(t),
        }
    }

    /// The portfolio as [`Store::portfolio`] gives it, each case's entry
    /// as `render` writes its members in `lang` (the response's JSON):
    /// served from this server's cache when the sealed summary just read is
    /// exactly the one it was made from and holds on `as_of` (`listing.rs`),
    /// made and kept otherwise.
    pub(crate) async fn portfolio_views(
        &self,
        scope: Option<&str>,
        org: Option<&str>,
        as_of: NaiveDate,
        filter: Option<PortfolioFilter>,
        lang: secu::Lang,
        render: impl Fn(&PortfolioEntry) -> Option<Vec<u8>> + Send + Sync + 'static,
    ) -> Result<
        Vec<(
            String,
            String,
            Result<std::sync::Arc<listing::View>, &'static str>,
        )>,
        StoreError,
    > {
        self.portfolio_with(
            scope,
            org,
            as_of,
            filter,
            |id, sealed| {
                self.listing
                    .summary(id, lang, sealed)
                    .filter(|v| v.holds_on(as_of))
            },
            listing::Opener::new(
                self.key.clone(),
                as_of,
                {
                    let cache = self.listing.clone();
                    std::sync::Arc::new(move |id: &str, sealed: Option<Box<[u8]>>, e| {
                        let view = std::sync::Arc::new(listing::View {
                            from: e.from,
                            until: e.until,
                            blocked: e.blocked(),
                            overdue: e.overdue(),
                            upcoming: e.upcoming(),
                            members: render(&e).map(Vec::into_boxed_slice),
                        });
                        if let Some(sealed) = sealed {
                            cache.keep_summary(id, lang, sealed, view.clone());
                        }
                        view
                    })
                },
                Some(listing::Share {
                    cache: self.listing.clone(),
                    lang,
                    lookup: {
                        let cache = self.listing.clone();
                        Box::new(move |id, sealed| {
                            cache
                                .summary(id, lang, sealed)
                                .filter(|v| v.holds_on(as_of))
                        })
                    },
                }),
            ),
        )
        .await
    }

    /// [`Store::portfolio`], each case's entry made by `opener`'s `make`
    /// (given the exact sealed bytes it was opened from when it is the
    /// stored one, `None` when it was computed again) or taken from `cached`
    /// (given the case and the sealed bytes of its stored summary at its
    /// head: `Some` only for an entry that holds on `as_of`). The stored
    /// summaries `cached` does not know are opened, decoded and made by
    /// `opener` on tokio's blocking pool as the rows come
    /// ([`listing::Opener`]).
    async fn portfolio_with<T: Send + 'static>(
        &self,
        scope: Option<&str>,
        org: Option<&str>,
        as_of: NaiveDate,
        filter: Option<PortfolioFilter>,
        cached: impl Fn(&str, &[u8]) -> Option<T>,
        mut opener: listing::Opener<T>,
    ) -> Result<Vec<(String, String, Result<T, &'static str>)>, StoreError> {
        let fresh = opener.make();
        let listed = match filter {
            None => {
                self.listed_with_summaries(scope, org, &cached, &mut opener)
                    .await?
            }
            Some(f) => self
                .listed_by_flag(scope, org, f)
                .await?
                .into_iter()
                .map(|l| (l, Got::Row))
                .collect(),
        };
        // The scan is over: its last batch is opened at once (another
        // listing may be waiting for it), not after the replays below.
        opener.flush();
        /// A case's entry, or the index of its result in the opener's.
        enum Slot<T> {
            Done(Result<T, &'static str>),
            Opening(usize),
        }
        let mut out = Vec::with_capacity(if filter.is_none() { listed.len() } else { 0 });
        for (l, got) in listed {
            match got {
                Got::Hit(t) => {
                    out.push((l.id, l.org, Slot::Done(Ok(t))));
                    continue;
                }
                Got::Opening(i) => {
                    out.push((l.id, l.org, Slot::Opening(i)));
                    continue;
                }
                Got::Row => {}
            }
            let Listed {
                id,
                org,
                head,
                summary_head,
                from_day,
                flags,
                until,
                sealed,
            } = l;
            let at_head = summary_head.is_some_and(|h| h == head);
            let entry = match (at_head, sealed, &from_day, flags) {
                // A row of this version (flags in clear): taken from the
                // cache when it knows its exact bytes, else opened.
                (true, Some(b), _, Some(_)) => {
                    if let Some(t) = cached(&id, &b) {
                        out.push((id, org, Slot::Done(Ok(t))));
                    } else {
                        let i = opener.push(id.clone(), b);
                        out.push((id, org, Slot::Opening(i)));
                    }
                    continue;
                }
                // A row of an earlier version (no flags).
                (true, Some(b), _, None) => {
                    opener.flush();
                    let stored = self
                        .key
                        .open(&b, &summary_aad(&id))
                        .ok()
                        .and_then(|json| serde_json::from_slice::<PortfolioEntry>(&json).ok());
                    match stored {
                        Some(e) if e.holds_on(as_of) => {
                            // Stored again with its flags (best effort).
                            if let Err(err) = self.upsert_summary(&self.pool, &id, &head, &e).await
                            {
                                tracing::warn!(case = %id, "team case summary not stored: {}", err.message);
                            }
                            Ok(fresh(&id, None, e))
                        }
                        stale => self
                            .refresh_summary(&id, as_of, stale.map(|s| s.from))
                            .await
                            .map(|e| fresh(&id, None, e)),
                    }
                }
                // Left out by the filter's flag: it does not match if the
                // summary holds on `as_of`, which its sealed last day tells
                // (opened once by this server for these exact bytes in
                // this context, then taken from the cache).
                (true, None, Some(from_day), Some(flags)) => {
                    let from = NaiveDate::parse_from_str(from_day, "%Y-%m-%d").ok();
                    let aad = until_aad(&id, &head, from_day, flags);
                    let last_day =
                        until.as_deref().and_then(|u| {
                            if let Some(last) = self.listing.until(&id, u, &aad) {
                                return Some(last);
                            }
                            let last = self.key.open(u, &aad).ok().and_then(|day| {
                                match day.as_slice() {
                                    b"" => Some(None),
                                    day => std::str::from_utf8(day)
                                        .ok()
                                        .and_then(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d").ok())
                                        .map(Some),
                                }
                            })?;
                            self.listing.keep_until(&id, u, &aad, last);
                            Some(last)
                        });
                    let holds = from.is_some_and(|from| from <= as_of)
                        && last_day.is_some_and(|last| last.is_none_or(|until| as_of < until));
                    if holds {
                        continue;
                    }
                    opener.flush();
                    self.refresh_summary(&id, as_of, from)
                        .await
                        .map(|e| fresh(&id, None, e))
                }
                _ => {
                    opener.flush();
                    self.refresh_summary(&id, as_of, None)
                        .await
                        .map(|e| fresh(&id, None, e))
                }
            };
            out.push((id, org, Slot::Done(entry)));
        }
        let mut opened: Vec<Option<listing::Opened<T>>> =
            opener.finish().await?.into_iter().map(Some).collect();
        let mut done = Vec::with_capacity(out.len());
        for (id, org, slot) in out {
            let entry = match slot {
                Slot::Done(entry) => entry,
                Slot::Opening(i) => match opened.get_mut(i).and_then(Option::take) {
                    Some(listing::Opened::Made(t)) => Ok(t),
                    // Stale, or did not open: computed again, as above.
                    Some(listing::Opened::Stale(from)) => self
                        .refresh_summary(&id, as_of, from)
                        .await
                        .map(|e| fresh(&id, None, e)),
                    None => {
                        return Err(store_error(
                            "case_summaries",
                            StoreErrorCode::Database,
                            "a summary opened went missing",
                        ));
                    }
                },
            };
            done.push((id, org, entry));
        }
        Ok(done)
    }

    /// The cases a portfolio lists (see [`Store::portfolio`]), in its
    /// order, each with its stored summary: one query, its rows taken as
    /// they come (not all held at once), a summary at its case's head that
    /// `cached` knows by its exact bytes taken from the cache instead of
    /// copied.
    async fn listed_with_summaries<T: Send + 'static>(
        &self,
        scope: Option<&str>,
        org: Option<&str>,
        cached: impl Fn(&str, &[u8]) -> Option<T>,
        opener: &mut listing::Opener<T>,
    ) -> Result<Vec<(Listed, Got<T>)>, StoreError> {
        use futures_util::TryStreamExt as _;
        let mut rows = org_query(
            listing_sql!(", s.summary_sealed", ""),
            listing_sql!(
                ", s.summary_sealed",
                " WHERE c.org_id = $1 AND c.org_id = $2"
            ),
            scope,
            org,
        )
        .fetch(&self.pool);
        let mut out = Vec::new();
        while let Some(r) = rows.try_next().await.map_err(|e| db_error("cases", &e))? {
            let id: String = get(&r, "id")?;
            let head: String = get(&r, "head")?;
            let summary_head: Option<String> = get(&r, "summary_head")?;
            let flags = SummaryFlags::from_row(&r)?;
            let sealed: Option<&[u8]> = r
                .try_get("summary_sealed")
                .map_err(|e| db_error("summary_sealed", &e))?;
            // As in `Store::portfolio_with`: only a summary of this version
            // (flags in clear) at its case's head is looked up.
            // A summary the cache does not know goes to the opener at once:
            // opened on another core while the next rows are read.
            let (got, sealed) = match sealed {
                Some(b) if flags.is_some() && summary_head.as_ref() == Some(&head) => {
                    match cached(&id, b) {
                        Some(t) => (Got::Hit(t), None),
                        None => (Got::Opening(opener.push(id.clone(), b.to_vec())), None),
                    }
                }
                other => (Got::Row, other.map(<[u8]>::to_vec)),
            };
            out.push((
                Listed {
                    org: get(&r, "org_id")?,
                    from_day: get(&r, "from_day")?,
                    until: get(&r, "until_sealed")?,
                    sealed,
                    id,
                    head,
                    summary_head,
                    flags,
                },
                got,
            ));
        }
        Ok(out)
    }

    /// The cases a portfolio lists with `filter`, each with its summary's
    /// head, flags and bounds, and its sealed summary only if the flag may
    /// keep it (set, or no flags: a row of an earlier version). Two
    /// queries: the first reads only the indexes of migration 0004 (a case
    /// row holds its sealed header, a summary row its sealed entry), one
    /// row per case; the second the sealed summaries kept.
    async fn listed_by_flag(
        &self,
        scope: Option<&str>,
        org: Option<&str>,
        filter: PortfolioFilter,
    ) -> Result<Vec<Listed>, StoreError> {
        let rows = org_query(
            listing_sql!("", ""),
            listing_sql!("", " WHERE c.org_id = $1 AND c.org_id = $2"),
            scope,
            org,
        )
        .fetch_all(&self.pool)
        .await
        .map_err(|e| db_error("cases", &e))?;
        let mut listed = Vec::with_capacity(rows.len());
        let mut wanted = Vec::new();
        for r in &rows {
            let id: String = get(r, "id")?;
            let summary_head: Option<String> = get(r, "summary_head")?;
            let flags = SummaryFlags::from_row(r)?;
            let keep = flags.is_none_or(|f| match filter {
                PortfolioFilter::Blocked => f.blocked,
                PortfolioFilter::Overdue => f.overdue,
                PortfolioFilter::Upcoming => f.upcoming,
            });
            if summary_head.is_some() && keep {
                wanted.push(id.clone());
            }
            listed.push(Listed {
                org: get(r, "org_id")?,
                head: get(r, "head")?,
                summary_head,
                from_day: get(r, "from_day")?,
                flags,
                until: get(r, "until_sealed")?,
                sealed: None,
                id,
            });
        }
        let mut sealed = self.sealed_summaries(&wanted).await?;
        for l in &mut listed {
            l.sealed = sealed.remove(&l.id);
        }
        Ok(listed)
    }

    /// The sealed summaries of `case_ids`, by case (500 a query).
    async fn sealed_summaries(
        &self,
        case_ids: &[String],
    ) -> Result<std::collections::HashMap<String, Vec<u8>>, StoreError> {
        let mut out = std::collections::HashMap::with_capacity(case_ids.len());
        for chunk in case_ids.chunks(500) {
            let mut sql = String::from(
                "SELECT case_id, summary_sealed FROM case_summaries WHERE case_id IN (",
            );
            for i in 0..chunk.len() {
                if i > 0 {
                    sql.push_str(", ");
                }
                sql.push_str(&format!("${}", i + 1));
            }
            sql.push(')');
            let mut q = sqlx::query(sqlx::AssertSqlSafe(sql));
            for id in chunk {
                q = q.bind(id);
            }
            for r in q
                .fetch_all(&self.pool)
                .await
                .map_err(|e| db_error("case_summaries", &e))?
            {
                out.insert(get(&r, "case_id")?, get(&r, "summary_sealed")?);
            }
        }
        Ok(out)
    }

    /// A case's summary computed again on `as_of` (see [`Store::portfolio`]);
    /// `stale_from`: the day the stored one was computed for, if any.
    async fn refresh_summary(
        &self,
        case_id: &str,
        as_of: NaiveDate,
        stale_from: Option<NaiveDate>,
    ) -> Result<PortfolioEntry, &'static str> {
        let stored = match self.load(case_id).await {
            Ok(s) => s,
            Err(e) => {
                tracing::error!(code = e.code, case = %case_id, "team case: {}", e.message);
                return Err(e.code);
            }
        };
        let entry = portfolio_entry(&stored.case, as_of).map_err(|e| {
            tracing::error!(
                case = %case_id,
                "team case does not replay: {}",
                e.to_string().replace('\n', "; ")
            );
            "replay_failed"
        })?;
        if stale_from.is_none_or(|from| as_of >= from) {
            // Best effort: a failure here costs a replay next time.
            if let Err(e) = self
                .upsert_summary(&self.pool, case_id, &stored.case.head().to_string(), &entry)
                .await
            {
                tracing::warn!(case = %case_id, "team case summary not stored: {}", e.message);
            }
        }
        Ok(entry)
    }

    /// Records that `actor` read each of `case_ids` (`action`) at once
    /// (the portfolio reads many cases): one access-log row naming them all
    /// (migration 0004; [`Store::access_log`] gives one record per case).
    ///
    /// # Errors
    /// `database`; `invalid_input` for an id holding a space (the
    /// separator; the store's ids never do).
    pub async fn record_reads(
        &self,
        actor: &str,
        case_ids: &[String],
        action: &str,
        now: DateTime<Utc>,
    ) -> Result<(), StoreError> {
        if case_ids.is_empty() {
            return Ok(());
        }
        if case_ids.iter().any(|id| id.is_empty() || id.contains(' ')) {
            return Err(store_error(
                "case_ids",
                StoreErrorCode::InvalidInput,
                "a case id is empty or holds a space",
            ));
        }
        sqlx::query(
            "INSERT INTO access_log (at, actor, case_id, action, case_ids) VALUES ($1, $2, '', $3, $4)",
        )
        .bind(rfc3339(now))
        .bind(actor)
        .bind(action)
        .bind(case_ids.join(" "))
        .execute(&self.pool)
        .await
        .map_err(|e| db_error("access_log", &e))?;
        Ok(())
    }

    /// Records that `actor` read `case_id` (`action`: what they read).
    ///
    /// # Errors
    /// `database`.
    pub async fn record_read(
        &self,
        actor: &str,
        case_id: &str,
        action: &str,
        now: DateTime<Utc>,
    ) -> Result<(), StoreError> {
        sqlx::query("INSERT INTO access_log (at, actor, case_id, action) VALUES ($1, $2, $3, $4)")
            .bind(rfc3339(now))
            .bind(actor)
            .bind(case_id)
            .bind(action)
            .execute(&self.pool)
            .await
            .map_err(|e| db_error("access_log", &e))?;
        Ok(())
    }

    /// The access log, oldest first (for an admin's export).
    ///
    /// # Errors
    /// `database`.
    pub async fn access_log(&self) -> Result<Vec<AccessRecord>, StoreError> {
        let rows =
            sqlx::query("SELECT at, actor, case_id, action, case_ids FROM access_log ORDER BY id")
                .fetch_all(&self.pool)
                .await
                .map_err(|e| db_error("access_log", &e))?;
        let mut out = Vec::with_capacity(rows.len());
        for r in &rows {
            let (at, actor, action): (String, String, String) =
                (get(r, "at")?, get(r, "actor")?, get(r, "action")?);
            // A listing's row: one record per case it names.
            match get::<Option<String>>(r, "case_ids")? {
                Some(ids) => out.extend(ids.split(' ').map(|case_id| AccessRecord {
                    at: at.clone(),
                    actor: actor.clone(),
                    case_id: case_id.to_owned(),
                    action: action.clone(),
                })),
                None => out.push(AccessRecord {
                    at,
                    actor,
                    case_id: get(r, "case_id")?,
                    action,
                }),
            }
        }
        Ok(out)
    }
}

/// The address (lowercased) of a new account, once it and the password are
/// acceptable.
pub(crate) fn check_account(email: &str, password: &str) -> Result<String, StoreError> {
    let email = email.trim().to_lowercase();
    let plausible = email.len() <= 254
        && email
            .split_once('@')
            .is_some_and(|(a, b)| !a.is_empty() && b.contains('.') && !b.starts_with('.'))
        && !email.chars().any(|c| c.is_whitespace() || c.is_control());
    if !plausible {
        return Err(store_error(
            "email",
            StoreErrorCode::InvalidInput,
            "expected an e-mail address",
        ));
    }
    if password.chars().count() < 12 || password.len() > 1024 {
        return Err(store_error(
            "password",
            StoreErrorCode::InvalidInput,
            "expected a password of 12 to 1024 characters",
        ));
    }
    Ok(email)
}

/// The hash a missing account's password is checked against (so that the
/// time of a failed sign-in does not tell whether the address exists):
/// the same parameters as real hashes, of no known password.
const DUMMY_HASH: &str = "argon2id$v=19$m=19456,t=2,p=1$00000000000000000000000000000000$0000000000000000000000000000000000000000000000000000000000000000";

fn header_aad(case_id: &str) -> String {
    format!("secu.team/cases/{case_id}/header")
}

fn summary_aad(case_id: &str) -> String {
    format!("secu.team/summaries/{case_id}")
}

/// The context of a summary's sealed last day: its case, the head and day
/// it was computed at, and its flags in clear, so that a flag changed
/// behind the store's back (or a last day moved from another summary)
/// fails to open, and the case is then computed again.
fn until_aad(case_id: &str, head: &str, from_day: &str, flags: SummaryFlags) -> String {
    format!(
        "secu.team/summaries/{case_id}/until/{head}/{from_day}/{}{}{}",
        u8::from(flags.blocked),
        u8::from(flags.overdue),
        u8::from(flags.upcoming)
    )
}

/// What a listing's scan got for a case: its entry from the cache, the
/// index of its summary handed to the opener, or its row to look at.
enum Got<T> {
    Hit(T),
    Opening(usize),
    Row,
}

/// A case as a portfolio reads it: its row and its stored summary's
/// (`summary_head` and the rest `None` without one; `sealed` `None` when
/// the filter's flag leaves it out).
struct Listed {
    id: String,
    org: String,
    head: String,
    summary_head: Option<String>,
    from_day: Option<String>,
    flags: Option<SummaryFlags>,
    until: Option<Vec<u8>>,
    sealed: Option<Vec<u8>>,
}

/// A summary's columns in `case_summaries` ([`Store::seal_summary`]).
struct SealedSummary {
    summary: Vec<u8>,
    flags: SummaryFlags,
    from_day: String,
    until: Vec<u8>,
}

/// A summary's flags kept in clear for the portfolio's filters.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct SummaryFlags {
    blocked: bool,
    overdue: bool,
    upcoming: bool,
}

impl SummaryFlags {
    /// The flags of a `case_summaries` row; `None` in a row of an earlier
    /// version (or no row).
    fn from_row(r: &AnyRow) -> Result<Option<Self>, StoreError> {
        Ok(
            match (
                get::<Option<i64>>(r, "blocked")?,
                get::<Option<i64>>(r, "overdue")?,
                get::<Option<i64>>(r, "upcoming")?,
            ) {
                (Some(b), Some(o), Some(u)) => Some(Self {
                    blocked: b != 0,
                    overdue: o != 0,
                    upcoming: u != 0,
                }),
                _ => None,
            },
        )
    }

    /// `secu_case`'s flags of the entry (no rule here).
    fn of(entry: &PortfolioEntry) -> Self {
        Self {
            blocked: entry.blocked(),
            overdue: entry.overdue(),
            upcoming: entry.upcoming(),
        }
    }
}

/// The portfolio entry of a case on `as_of`: `secu_case`'s, from the
/// replayed procedure (no rule here).
fn portfolio_entry(case: &Case, as_of: NaiveDate) -> Result<PortfolioEntry, CaseError> {
    let policy = case.policy()?;
    Ok(case.replay(&policy)?.portfolio_entry(as_of))
}

fn entry_aad(case_id: &str, seq: i64) -> String {
    format!("secu.team/events/{case_id}/{seq}")
}

fn last_seq(case: &Case) -> i64 {
    case.history()
        .last()
        .map_or(0, |e| i64::try_from(e.seq).unwrap_or(i64::MAX))
}

/// Salts for one recording: `secu_case`'s scheme from 256 random bits of
/// the OS (`sha256(seed ‖ n)`), so that no salt can fail once the seed is
/// drawn.
fn salts() -> Result<impl FnMut() -> [u8; 16], StoreError> {
    Ok(secu_case::case::salts_from_entropy(
        crypto::random::<32>()?.to_vec(),
    ))
}

/// The case file's header (without `events`) and each entry, as JSON.
fn split(case: &Case) -> Result<(Vec<u8>, Vec<Vec<u8>>), StoreError> {
    let mut v = serde_json::to_value(case)
        .map_err(|e| store_error("case", StoreErrorCode::Database, e.to_string()))?;
    if let Value::Object(m) = &mut v {
        m.remove("events");
    }
    let header = serde_json::to_vec(&v)
        .map_err(|e| store_error("case", StoreErrorCode::Database, e.to_string()))?;
    let entries = case
        .history()
        .iter()
        .map(|e| {
            serde_json::to_vec(e)
                .map_err(|e| store_error("case", StoreErrorCode::Database, e.to_string()))
        })
        .collect::<Result<_, _>>()?;
    Ok((header, entries))
}

#[cfg(test)]
mod tests {
    use super::org_filter;

    /// A listing's organisation: none, the caller's scope, the one asked
    /// for, or both (which then must be the same organisation for a case
    /// to be listed).
    #[test]
    fn org_filter_binds_scope_and_asked_organisation() {
        assert_eq!(org_filter(None, None), None);
        assert_eq!(org_filter(Some("o_a"), None), Some(("o_a", "o_a")));
        assert_eq!(org_filter(None, Some("o_b")), Some(("o_b", "o_b")));
        assert_eq!(org_filter(Some("o_a"), Some("o_b")), Some(("o_a", "o_b")));
    }
}
