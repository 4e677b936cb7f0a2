//! `secu admin`: the first administrator of a new database, and backups.
//! Blocking entry points for the CLI (each runs its own small runtime).

use std::path::Path;

use chrono::Utc;

use super::{Backend, Key, Role, Store, StoreError, StoreErrorCode, parse_url, store_error};

fn runtime() -> Result<tokio::runtime::Runtime, StoreError> {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(|e| store_error("", StoreErrorCode::ConnectFailed, e.to_string()))
}

/// `secu admin init --db URL --email E`: opens (creates) the database and
/// creates its first administrator with `password`; returns the account id.
/// Refused when the database has accounts already (administrators then
/// create the others).
///
/// # Errors
/// Those of [`Store::open`], [`Key::resolve`], [`Store::create_user`], and
/// `already_exists` when the database has accounts.
pub fn init(
    url: &str,
    key_file: Option<&Path>,
    email: &str,
    password: &str,
) -> Result<String, StoreError> {
    parse_url(url)?;
    // Before anything is created: a refused address or password leaves no file.
    super::check_account(email, password).map_err(|e| {
        let path = if e.path == "email" {
            "--email"
        } else {
            e.path.as_str()
        };
        StoreError::new(path, e.code, e.message.clone())
    })?;
    let key = Key::resolve(url, key_file)?;
    runtime()?.block_on(async {
        let store = Store::open(url, key).await?;
        if store.user_count().await? > 0 {
            return Err(store_error(
                "--db",
                StoreErrorCode::AlreadyExists,
                "the database has accounts already: `admin init` creates the first administrator only",
            ));
        }
        let id = store
            .create_user(email, password, Role::Admin, None, Utc::now())
            .await?;
        store.close().await;
        Ok(id)
    })
}

/// `secu admin backup --db URL -o FILE`: a consistent snapshot of a SQLite
/// database (`VACUUM INTO`, safe while servers write); for PostgreSQL, an
/// `unsupported` error that says to use `pg_dump`.
///
/// # Errors
/// `invalid_url`, `unsupported` (PostgreSQL), `already_exists` (FILE),
/// `not_found` (no database at PATH), `database`.
pub fn backup(url: &str, out: &Path) -> Result<(), StoreError> {
    let (backend, sqlx_url) = parse_url(url)?;
    if backend == Backend::Postgres {
        return Err(store_error(
            "--db",
            StoreErrorCode::Unsupported,
            "a PostgreSQL database is backed up with its own tools: pg_dump --format=custom --file=FILE URL (consistent while the servers run)",
        ));
    }
    if out.exists() {
        return Err(store_error(
            "-o",
            StoreErrorCode::AlreadyExists,
            format!(
                "{} exists: the backup is written to a new file",
                out.display()
            ),
        ));
    }
    let Some(out_text) = out.to_str() else {
        return Err(store_error(
            "-o",
            StoreErrorCode::InvalidInput,
            "the path is not UTF-8",
        ));
    };
    // Read-write but never created: a backup of a missing database is an
    // error, not an empty file.
    let sqlx_url = sqlx_url.replace("?mode=rwc", "?mode=rw");
    runtime()?.block_on(async {
        use sqlx::ConnectOptions as _;
        let opts: sqlx::any::AnyConnectOptions = sqlx_url.parse().map_err(|e: sqlx::Error| {
            store_error("--db", StoreErrorCode::InvalidUrl, e.to_string())
        })?;
        sqlx::any::install_default_drivers();
        let mut conn = opts.connect().await.map_err(|e| {
            store_error(
                "--db",
                StoreErrorCode::NotFound,
                format!("cannot open the database: {e}"),
            )
        })?;
        sqlx::query("VACUUM INTO $1")
            .bind(out_text)
            .execute(&mut conn)
            .await
            .map_err(|e| store_error("-o", StoreErrorCode::Database, e.to_string()))?;
        Ok(())
    })
}

/// True for the problems of the command line or its input (the CLI's exit
/// 2), false for the system's (exit 1).
#[must_use]
pub fn is_usage_error(e: &StoreError) -> bool {
    [
        StoreErrorCode::InvalidUrl,
        StoreErrorCode::InvalidInput,
        StoreErrorCode::InvalidKey,
        StoreErrorCode::KeyMissing,
        StoreErrorCode::AlreadyExists,
        StoreErrorCode::Unsupported,
    ]
    .into_iter()
    .any(|c| <&str>::from(c) == e.code)
}
