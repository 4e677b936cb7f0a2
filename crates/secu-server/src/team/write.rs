//! The event path's write (issue 16, speed of recording an event): an
//! event recorded on the case as this server last verified it (see
//! [`Store::append`]) is written by one transaction that first checks the
//! case still ends where it was verified.
//!
//! On SQLite, which has one writer at a time and syncs each commit
//! (`synchronous = FULL`), these writes go through a writer queue with
//! **group commit**: whoever gets the write lock takes every event waiting
//! in the queue and writes them in one transaction, each in its own
//! savepoint (an event that fails is rolled back alone, and answered
//! alone), then commits once — one sync for the group — and only then
//! answers each. An event is acknowledged only once the commit that holds
//! it returned, so the guarantee is the one of a transaction per event:
//! an acknowledged event survives `kill -9` and, with `synchronous = FULL`,
//! a power loss. The group runs in a task of its own, so a caller that
//! goes away (a closed connection) cannot cut the group short for the
//! others.
//!
//! On PostgreSQL each event is one statement, committed on its own: the
//! conditional `UPDATE` that moves the head (and locks the case row, so the
//! writers of one case are serialised) feeds the entry's `INSERT` and the
//! summary's upsert through `RETURNING` — one round trip, where a
//! transaction of three statements took five. PostgreSQL groups the
//! concurrent commits' syncs itself.

use secu_case::case::{Entry, ReplayedCase};
use secu_case::status::PortfolioEntry;

use super::{
    Backend, SealedCase, SealedSummary, Store, StoreError, StoreErrorCode, Verified, db_error,
    entry_aad, get, last_seq, store_error,
};

/// [`Store::verified_case`]'s query (`$1` the case): the case row, then
/// its entries in order, in one statement (one snapshot on both
/// databases). A union, not a join: a join repeats the case's sealed
/// header (about 2 KB for 4 members) on every entry's row, five times the
/// bytes of the entries themselves, each copied by the database, the
/// driver and sqlx's `AnyRow` (issue 16, a case's first event).
pub(super) const READ_CASE_SQL: &str = "SELECT 0 AS part, org_id, header_sealed, head, last_seq, \
     CAST(NULL AS BIGINT) AS seq, CAST(NULL AS TEXT) AS digest, CAST(NULL AS BYTEA) AS entry_sealed \
     FROM cases WHERE id = $1 \
     UNION ALL \
     SELECT 1, NULL, NULL, NULL, NULL, seq, digest, entry_sealed FROM events WHERE case_id = $1 \
     ORDER BY part, seq";

/// An event recorded off the transaction, ready to be written.
pub(super) struct Prepared {
    pub(super) case_id: String,
    /// Where the case ended when it was verified: its head, last sequence
    /// number, and sealed header as stored.
    pub(super) head: String,
    pub(super) last_seq: i64,
    pub(super) header: Vec<u8>,
    /// The new entry, and the case with it.
    pub(super) entry: Entry,
    pub(super) case: ReplayedCase,
    /// What the write binds, sealed before it queues (off SQLite's write
    /// lock).
    pub(super) sealed: SealedWrite,
}

/// The entry and the case's summary as an event's write stores them.
pub(super) struct SealedWrite {
    digest: String,
    seq: i64,
    entry: Vec<u8>,
    summary: SealedSummary,
}

impl Store {
    /// Seals a recorded `entry` (`json` its JSON) and the case's `summary`
    /// after it, for [`Store::write_prepared`].
    pub(super) fn seal_write(
        &self,
        case_id: &str,
        entry: &Entry,
        json: &[u8],
        summary: &PortfolioEntry,
    ) -> Result<SealedWrite, StoreError> {
        let seq = i64::try_from(entry.seq).unwrap_or(i64::MAX);
        let digest = entry.digest.to_string();
        Ok(SealedWrite {
            entry: self.key.seal(json, &entry_aad(case_id, seq))?,
            summary: self.seal_summary(case_id, &digest, summary)?,
            digest,
            seq,
        })
    }
}

/// An event's write on PostgreSQL, one statement ([`bind_event`]'s
/// parameters): the conditional `UPDATE` of the case row (which takes the
/// row lock: a writer of the same case that waited re-checks the moved
/// head and matches nothing) feeds the entry's `INSERT` and the summary's
/// upsert through `RETURNING`; when it matches nothing, nothing is
/// written.
const EVENT_POSTGRES_SQL: &str = "WITH moved AS (UPDATE cases SET head = $1, last_seq = $2 \
     WHERE id = $3 AND head = $4 AND last_seq = $5 AND header_sealed = $6 \
     AND EXISTS (SELECT 1 FROM events WHERE case_id = $3 AND seq = $5 AND digest = $4) \
     AND NOT EXISTS (SELECT 1 FROM events WHERE case_id = $3 AND seq > $5) \
     RETURNING id), \
     entry AS (INSERT INTO events (case_id, seq, member, event, date, recorded_at, \
     recorded_by, digest, entry_sealed) \
     SELECT id, $2, $7, $8, $9, $10, $11, $1, $12 FROM moved RETURNING case_id), \
     summary AS (INSERT INTO case_summaries (case_id, head, summary_sealed, \
     blocked, overdue, upcoming, from_day, until_sealed) \
     SELECT id, $1, $13, $14, $15, $16, $17, $18 FROM moved \
     ON CONFLICT (case_id) DO UPDATE SET head = excluded.head, \
     summary_sealed = excluded.summary_sealed, blocked = excluded.blocked, \
     overdue = excluded.overdue, upcoming = excluded.upcoming, \
     from_day = excluded.from_day, until_sealed = excluded.until_sealed \
     RETURNING case_id) \
     SELECT (SELECT count(*) FROM moved) AS moved, (SELECT count(*) FROM entry) AS written";

/// The same write on SQLite, inside the group's transaction: the same
/// statements (SQLite has no `UPDATE` in a `WITH`), sent together — one
/// trip to the connection's thread instead of four (issue 16: on 2 cores,
/// those trips' thread switches were most of a group's time) — in a
/// savepoint of their own, released at the end: an event that fails is
/// rolled back to it alone (`ROLLBACK TO event`). The `INSERT`s write
/// only when the `UPDATE` moved the head (the case then ends at the new
/// entry's digest, which nothing else can hold); the `UPDATE` and the
/// entry's `INSERT` each return a row when they wrote.
const EVENT_SQLITE_SQL: &str = "SAVEPOINT event; \
     UPDATE cases SET head = $1, last_seq = $2 \
     WHERE id = $3 AND head = $4 AND last_seq = $5 AND header_sealed = $6 \
     AND EXISTS (SELECT 1 FROM events WHERE case_id = $3 AND seq = $5 AND digest = $4) \
     AND NOT EXISTS (SELECT 1 FROM events WHERE case_id = $3 AND seq > $5) \
     RETURNING id; \
     INSERT INTO events (case_id, seq, member, event, date, recorded_at, \
     recorded_by, digest, entry_sealed) \
     SELECT id, $2, $7, $8, $9, $10, $11, $1, $12 FROM cases \
     WHERE id = $3 AND head = $1 AND last_seq = $2 RETURNING case_id; \
     INSERT INTO case_summaries (case_id, head, summary_sealed, \
     blocked, overdue, upcoming, from_day, until_sealed) \
     SELECT id, $1, $13, $14, $15, $16, $17, $18 FROM cases \
     WHERE id = $3 AND head = $1 AND last_seq = $2 \
     ON CONFLICT (case_id) DO UPDATE SET head = excluded.head, \
     summary_sealed = excluded.summary_sealed, blocked = excluded.blocked, \
     overdue = excluded.overdue, upcoming = excluded.upcoming, \
     from_day = excluded.from_day, until_sealed = excluded.until_sealed; \
     RELEASE event";

/// Runs [`EVENT_POSTGRES_SQL`] once on a new connection, on a case that
/// does not exist (it writes nothing; its error, on a database not yet
/// migrated, is ignored): the statement is prepared, its plan's catalogue
/// lookups done, before a writer's first event.
pub(super) async fn warm_event(conn: &mut sqlx::AnyConnection) {
    let none: &[u8] = &[];
    let _ = sqlx::query(EVENT_POSTGRES_SQL)
        .bind("")
        .bind(0_i64)
        .bind("")
        .bind("")
        .bind(0_i64)
        .bind(none)
        .bind("")
        .bind("")
        .bind("")
        .bind("")
        .bind(None::<&str>)
        .bind(none)
        .bind(none)
        .bind(0_i64)
        .bind(0_i64)
        .bind(0_i64)
        .bind("")
        .bind(none)
        .fetch_one(conn)
        .await;
}

/// Binds an event's write ([`EVENT_POSTGRES_SQL`], [`EVENT_SQLITE_SQL`]).
fn bind_event<'q>(
    q: sqlx::query::Query<'q, sqlx::Any, sqlx::any::AnyArguments>,
    p: &'q Prepared,
) -> sqlx::query::Query<'q, sqlx::Any, sqlx::any::AnyArguments> {
    let s = &p.sealed;
    q.bind(s.digest.as_str())
        .bind(s.seq)
        .bind(p.case_id.as_str())
        .bind(p.head.as_str())
        .bind(p.last_seq)
        .bind(p.header.as_slice())
        .bind(p.entry.member.as_str())
        .bind(p.entry.kind().code())
        .bind(p.entry.date.to_string())
        .bind(p.entry.recorded_at.as_str())
        .bind(p.entry.recorded_by.as_deref())
        .bind(s.entry.as_slice())
        .bind(s.summary.summary.as_slice())
        .bind(i64::from(s.summary.flags.blocked))
        .bind(i64::from(s.summary.flags.overdue))
        .bind(i64::from(s.summary.flags.upcoming))
        .bind(s.summary.from_day.as_str())
        .bind(s.summary.until.as_slice())
}

/// What became of a [`Prepared`] event.
#[derive(Debug, PartialEq, Eq)]
pub(super) enum Outcome {
    /// Written, and committed.
    Written,
    /// Not written: the case no longer ends where it was verified (another
    /// server wrote, the rows were edited); record it again on the log as
    /// stored.
    Changed,
}

/// An event waiting in the writer queue, with where to send its answer.
struct Job {
    prepared: Prepared,
    reply: tokio::sync::oneshot::Sender<Result<Outcome, StoreError>>,
}

/// SQLite's writer queue (see the module's documentation).
#[derive(Debug, Default)]
pub(super) struct Queue {
    jobs: std::sync::Mutex<Vec<Job>>,
}

impl std::fmt::Debug for Job {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Job")
            .field("case_id", &self.prepared.case_id)
            .finish_non_exhaustive()
    }
}

fn unknown_outcome() -> StoreError {
    store_error(
        "cases",
        StoreErrorCode::Database,
        "the write was interrupted: its outcome is unknown",
    )
}

impl Store {
    /// A case read and verified as [`Store::load`] does, with its sealed
    /// header as stored: the base of an event recorded off the write
    /// transaction. One statement (the case row joined to its entries),
    /// which sees one snapshot on both databases without a transaction,
    /// and the unsealing, verification and replay done after it, off the
    /// connection (issue 16: a case's first event cost 72–105 ms p50 on
    /// PostgreSQL with 32 writers when it took five round trips, holding
    /// its connection meanwhile).
    /// `None` when it does not replay (its events are then refused as
    /// stored, in the write transaction).
    pub(super) async fn verified_case(
        &self,
        case_id: &str,
    ) -> Result<Option<Verified>, StoreError> {
        let rows = sqlx::query(READ_CASE_SQL)
            .bind(case_id)
            .fetch_all(&self.pool)
            .await
            .map_err(|e| db_error("cases", &e))?;
        // The case's row comes first (`part` 0); none: no such case.
        let (first, entries) = match rows.split_first() {
            Some((first, entries)) if get::<i64>(first, "part")? == 0 => (first, entries),
            _ => {
                return Err(store_error(
                    "case",
                    StoreErrorCode::NotFound,
                    "no such case",
                ));
            }
        };
        let mut sealed = SealedCase {
            org: get(first, "org_id")?,
            head: get(first, "head")?,
            last_seq: get(first, "last_seq")?,
            header: get(first, "header_sealed")?,
            events: Vec::with_capacity(entries.len()),
        };
        for r in entries {
            sealed
                .events
                .push((get(r, "seq")?, get(r, "digest")?, get(r, "entry_sealed")?));
        }
        // The unsealing, verification and replay (a few hundred µs of CPU)
        // on tokio's blocking pool, not on one of the runtime's workers:
        // a burst of first events (32 writers on a server just started)
        // otherwise held both workers of a 2-core machine, and the tasks
        // waiting on the database, SQLite's writer group among them (on
        // the path of every event), waited behind them (issue 16).
        let store = self.clone();
        let id = case_id.to_owned();
        tokio::task::spawn_blocking(move || {
            let stored = store.unseal_case(&id, &sealed)?;
            let (head, last_seq) = (stored.case.head().to_string(), last_seq(&stored.case));
            Ok(ReplayedCase::new(stored.case).ok().map(|case| Verified {
                head,
                last_seq,
                header: sealed.header,
                case,
            }))
        })
        .await
        .map_err(|e| store_error("case", StoreErrorCode::Database, e.to_string()))?
    }

    /// Writes a prepared event: on SQLite through the writer queue (group
    /// commit), on PostgreSQL in a transaction of its own. When `Written`,
    /// the case is remembered as verified at its new head.
    pub(super) async fn write_prepared(&self, p: Prepared) -> Result<Outcome, StoreError> {
        match self.backend {
            Backend::Postgres => {
                let outcome = self.write_one_statement(&p).await?;
                if outcome == Outcome::Written {
                    self.remember(&p.case_id, p.header, p.case);
                }
                Ok(outcome)
            }
            Backend::Sqlite => self.group_commit(p).await,
        }
    }

    /// SQLite: queues the event, then either gets its answer from the group
    /// that took it or, on getting the write lock first, writes the group.
    async fn group_commit(&self, p: Prepared) -> Result<Outcome, StoreError> {
        let (reply, mut answer) = tokio::sync::oneshot::channel();
        self.queue
            .jobs
            .lock()
            .map_err(|_| unknown_outcome())?
            .push(Job { prepared: p, reply });
        tokio::select! {
            biased;
            a = &mut answer => return a.unwrap_or_else(|_| Err(unknown_outcome())),
            guard = self.write_lock.clone().lock_owned() => {
                let jobs = std::mem::take(&mut *self.queue.jobs.lock().map_err(|_| unknown_outcome())?);
                if jobs.is_empty() {
                    // Taken by a group that has answered (it held the lock).
                    drop(guard);
                } else {
                    // A task of its own: this caller going away must not
                    // cut the group short.
                    let store = self.clone();
                    tokio::spawn(async move {
                        store.write_group(jobs).await;
                        drop(guard);
                    });
                }
            }
        }
        answer.await.unwrap_or_else(|_| Err(unknown_outcome()))
    }

    /// Writes `jobs` in one transaction (one savepoint each), commits, then
    /// answers each. Called with this server's write lock held.
    async fn write_group(&self, jobs: Vec<Job>) {
        let mut tx = match self.pool.begin_with("BEGIN IMMEDIATE").await {
            Ok(tx) => tx,
            Err(e) => {
                for j in jobs {
                    let _ = j.reply.send(Err(db_error("cases", &e)));
                }
                return;
            }
        };
        let mut results = Vec::with_capacity(jobs.len());
        let mut broken = None;
        for j in &jobs {
            if let Some(e) = &broken {
                results.push(Err(Clone::clone(e)));
                continue;
            }
            let r = self.write_in_group(&mut tx, &j.prepared).await;
            if r.is_err()
                && let Err(e) = sqlx::raw_sql("ROLLBACK TO event; RELEASE event")
                    .execute(&mut *tx)
                    .await
            {
                broken = Some(db_error("cases", &e));
            }
            results.push(r);
        }
        let committed = match broken {
            // Nothing of this transaction is kept: every write is answered
            // with the error (a `Changed` may still be recorded again).
            Some(e) => {
                drop(tx);
                Err(e)
            }
            None => tx.commit().await.map_err(|e| db_error("cases", &e)),
        };
        for (j, r) in jobs.into_iter().zip(results) {
            let r = match (r, &committed) {
                (Ok(Outcome::Written), Ok(())) => {
                    let p = j.prepared;
                    self.remember(&p.case_id, p.header, p.case);
                    Ok(Outcome::Written)
                }
                (Ok(Outcome::Written), Err(e)) => Err(Clone::clone(e)),
                (r, _) => r,
            };
            let _ = j.reply.send(r);
        }
    }

    /// PostgreSQL: an event's write as one statement
    /// ([`EVENT_POSTGRES_SQL`]), committed on its own (no
    /// `BEGIN`/`COMMIT`): one round trip instead of five. A statement is
    /// atomic: a failed `INSERT` undoes the `UPDATE`.
    async fn write_one_statement(&self, p: &Prepared) -> Result<Outcome, StoreError> {
        self.listing.forget(&p.case_id);
        let row = bind_event(sqlx::query(EVENT_POSTGRES_SQL), p)
            .fetch_one(&self.pool)
            .await
            .map_err(|e| db_error("cases", &e))?;
        let moved: i64 = get(&row, "moved")?;
        let written: i64 = get(&row, "written")?;
        outcome(moved, written)
    }

    /// SQLite, within the group's transaction: an event's write
    /// ([`EVENT_SQLITE_SQL`]) when the case still ends where `p` was
    /// verified — the case row's head, sequence number and sealed header,
    /// and the last stored entry (a log cut short or rolled back no longer
    /// matches). `Changed` writes nothing; on an error the caller rolls
    /// back to the event's savepoint.
    async fn write_in_group(
        &self,
        conn: &mut sqlx::AnyConnection,
        p: &Prepared,
    ) -> Result<Outcome, StoreError> {
        self.listing.forget(&p.case_id);
        let rows = bind_event(sqlx::query(EVENT_SQLITE_SQL), p)
            .fetch_all(&mut *conn)
            .await
            .map_err(|e| db_error("cases", &e))?;
        // The `UPDATE`'s row (column `id`), then the entry's (`case_id`).
        let moved = rows
            .iter()
            .filter(|r| sqlx::Row::try_column(*r, "id").is_ok())
            .count();
        let written = rows.len() - moved;
        outcome(
            i64::try_from(moved).unwrap_or(i64::MAX),
            i64::try_from(written).unwrap_or(i64::MAX),
        )
    }
}

/// What a write that moved `moved` heads and wrote `written` entries did.
fn outcome(moved: i64, written: i64) -> Result<Outcome, StoreError> {
    match (moved, written) {
        (1, 1) => Ok(Outcome::Written),
        (0, 0) => Ok(Outcome::Changed),
        _ => Err(store_error(
            "cases",
            StoreErrorCode::Database,
            format!("the event's write moved {moved} heads and wrote {written} entries"),
        )),
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use chrono::{DateTime, NaiveDate, Utc};
    use secu_case::event::Event;

    use super::super::{Key, Store};

    fn now() -> DateTime<Utc> {
        DateTime::parse_from_rfc3339("2027-03-10T10:00:00Z")
            .unwrap()
            .with_timezone(&Utc)
    }

    /// A group of events written together: one that fails in the
    /// database is rolled back alone and answered alone; the others are
    /// committed and acknowledged; a refused one never reaches the group.
    /// `test` on a store over a SQLite file of its own, in a runtime of 2
    /// workers (the machine's cores).
    fn on_sqlite(test: impl AsyncFnOnce(Store)) {
        let rt = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            .enable_all()
            .build()
            .unwrap();
        rt.block_on(async {
            let dir = tempfile::tempdir().unwrap();
            let url = format!("sqlite:{}", dir.path().join("t.db").display());
            test(Store::open(&url, Key::from_bytes([7; 32])).await.unwrap()).await;
        });
    }

    #[test]
    fn a_failed_event_in_a_group_loses_none_of_the_others() {
        on_sqlite(async |store| {
            let org = store.create_org("Org", now()).await.unwrap();
            let path = concat!(
                env!("CARGO_MANIFEST_DIR"),
                "/../../examples/returning_worker_with_nir.json"
            );
            let h = secu::parse_household(&std::fs::read(path).unwrap()).unwrap();
            let kind = secu::assess(&h, &secu::Options::default())
                .unwrap()
                .members
                .iter()
                .find(|m| m.id == "emilie")
                .unwrap()
                .documents[0]
                .kind;
            let date = NaiveDate::from_ymd_opt(2027, 2, 3).unwrap();
            let waive = |reason: &str| Event::DocumentWaived {
                kind,
                reason: reason.to_owned(),
            };
            let mut ids = Vec::new();
            for _ in 0..4 {
                let id = store
                    .open_case(&org, h.clone(), h.as_of, now())
                    .await
                    .unwrap();
                // A first event each: the case verified and remembered.
                store
                    .append(&id, "u_a", "emilie", date, waive("first"), now())
                    .await
                    .unwrap();
                ids.push(id);
            }
            // The database refuses the entries of the second case.
            sqlx::raw_sql(sqlx::AssertSqlSafe(format!(
                "CREATE TRIGGER refuse AFTER INSERT ON events WHEN NEW.case_id = '{}' \
                 BEGIN SELECT RAISE(ABORT, 'refused by the test'); END",
                ids[1]
            )))
            .execute(&store.pool)
            .await
            .unwrap();
            // Held, so that the four events queue up and go as one group.
            let lock = store.write_lock.clone().lock_owned().await;
            let mut tasks = Vec::new();
            for id in &ids {
                let (store, id, e) = (store.clone(), id.clone(), waive("second"));
                tasks.push(tokio::spawn(async move {
                    store.append(&id, "u_b", "emilie", date, e, now()).await
                }));
            }
            for _ in 0..500 {
                if store.queue.jobs.lock().unwrap().len() == 4 {
                    break;
                }
                tokio::time::sleep(std::time::Duration::from_millis(10)).await;
            }
            assert_eq!(store.queue.jobs.lock().unwrap().len(), 4, "one group");
            // Refused by the case (a date in the future): recorded again on
            // the log as stored (which waits for the lock), never queued.
            let refused = {
                let (store, id, e) = (store.clone(), ids[0].clone(), waive("late"));
                let late = NaiveDate::from_ymd_opt(2027, 4, 1).unwrap();
                tokio::spawn(
                    async move { store.append(&id, "u_b", "emilie", late, e, now()).await },
                )
            };
            tokio::time::sleep(std::time::Duration::from_millis(100)).await;
            assert_eq!(store.queue.jobs.lock().unwrap().len(), 4);
            drop(lock);
            assert_eq!(refused.await.unwrap().unwrap_err().code, "refused");
            let answers: Vec<_> = futures_join(tasks).await;
            for (i, (id, a)) in ids.iter().zip(&answers).enumerate() {
                let events = store.load(id).await.unwrap().case.history().len();
                if i == 1 {
                    assert_eq!(a.as_ref().unwrap_err().code, "database", "{a:?}");
                    assert_eq!(events, 1, "the failed event is not kept");
                } else {
                    assert_eq!(a.as_ref().unwrap().seq, 2, "{a:?}");
                    assert_eq!(events, 2, "the others are kept");
                }
            }
            store.close().await;
        });
    }

    async fn futures_join<T>(tasks: Vec<tokio::task::JoinHandle<T>>) -> Vec<T> {
        let mut out = Vec::new();
        for t in tasks {
            out.push(t.await.unwrap());
        }
        out
    }

    /// SQLite's pool also opens its `POOL_CONNECTIONS` connections ahead (a thread, the file
    /// and the pragmas each), before a burst of writers' first events needs
    /// them (issue 16), and opens no more for a burst of 64 reads.
    #[test]
    fn sqlite_pool_opens_ahead() {
        on_sqlite(async |store| {
            for _ in 0..200 {
                if store.pool.size() >= super::super::POOL_CONNECTIONS {
                    break;
                }
                tokio::time::sleep(std::time::Duration::from_millis(25)).await;
            }
            assert_eq!(
                store.pool.size(),
                super::super::POOL_CONNECTIONS,
                "opened ahead, without a query asking"
            );
            let burst: Vec<_> = (0..64)
                .map(|i| {
                    let store = store.clone();
                    tokio::spawn(async move { store.case_org(&format!("c_{i}"), None).await })
                })
                .collect();
            for b in burst {
                assert_eq!(b.await.unwrap().unwrap(), None);
            }
            assert_eq!(store.pool.size(), super::super::POOL_CONNECTIONS);
        });
    }
}
