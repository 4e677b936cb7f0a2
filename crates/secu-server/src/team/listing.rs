//! The portfolio's per-process cache (issue 16: `GET /v1/cases` over
//! 10,000 cases): each case's summary as last opened, decoded and written
//! out in a language, and each summary's last day as last opened, kept with
//! the exact sealed bytes they came from.
//!
//! Nothing that matters lives here. A listing reads every case's row from
//! the database as before, and an entry serves only when the bytes just
//! read are those it was made from (and, for a last day, in the same
//! context: head, day, flags); anything else is a miss, which is the
//! uncached path (open, decode, write; or replay). A write to a case seals
//! its summary again with a fresh nonce, so its entries no longer match,
//! whichever server wrote; this server also drops them at once when it
//! writes a summary or redacts a case. The cache is bounded
//! ([`Cache::DEFAULT_BUDGET`] bytes, counted), never written anywhere, and
//! its `Debug` shows sizes only.

use std::collections::HashMap;
use std::sync::{Arc, Mutex, PoisonError};

use chrono::NaiveDate;
use secu::Lang;
use secu_case::status::PortfolioEntry;
use strum::IntoEnumIterator as _;

use super::Key;

/// A case's summary as the portfolio shows it in one language.
#[derive(Debug)]
pub(crate) struct View {
    /// The first day the summary holds.
    pub(crate) from: NaiveDate,
    /// The first day it may no longer hold (`None`: not with the date alone).
    pub(crate) until: Option<NaiveDate>,
    /// `secu_case`'s flags of the entry (`filter=blocked`, `overdue`,
    /// `upcoming`).
    pub(crate) blocked: bool,
    /// See [`View::blocked`].
    pub(crate) overdue: bool,
    /// See [`View::blocked`].
    pub(crate) upcoming: bool,
    /// The members' lines as the portfolio's JSON writes them (`None`: a
    /// code unknown to this version, listed as a problem).
    pub(crate) members: Option<Box<[u8]>>,
}

impl View {
    /// Whether the summary holds on `as_of` (as
    /// [`secu_case::status::PortfolioEntry::holds_on`]).
    pub(crate) fn holds_on(&self, as_of: NaiveDate) -> bool {
        self.from <= as_of && self.until.is_none_or(|u| as_of < u)
    }
}

struct Summary {
    sealed: Box<[u8]>,
    view: Arc<View>,
}

struct Until {
    sealed: Box<[u8]>,
    aad: Box<str>,
    until: Option<NaiveDate>,
}

#[derive(Default)]
struct Inner {
    summaries: HashMap<(Box<str>, Lang), Summary>,
    untils: HashMap<Box<str>, Until>,
    bytes: usize,
    /// The summaries a batch of some listing is opening now, by case and
    /// language: its number, and what wakes up when it is done
    /// ([`Claims`]). No personal data: ids only.
    opening: HashMap<(Box<str>, Lang), (u64, tokio::sync::watch::Receiver<()>)>,
}

/// What an entry costs, counted against the budget: its bytes and a fixed
/// allowance for the map's slot, the key and the allocations.
const ENTRY_OVERHEAD: usize = 128;

fn summary_cost(id: &str, s: &Summary) -> usize {
    ENTRY_OVERHEAD + id.len() + s.sealed.len() + s.view.members.as_ref().map_or(0, |m| m.len())
}

fn until_cost(id: &str, u: &Until) -> usize {
    ENTRY_OVERHEAD + id.len() + u.sealed.len() + u.aad.len()
}

/// The cache (see the module's documentation).
pub(crate) struct Cache {
    inner: Mutex<Inner>,
    budget: usize,
    /// Wakes a warm-up up when a request lists: it gives way.
    listing: tokio::sync::Notify,
}

impl std::fmt::Debug for Cache {
    // Sizes only: the entries hold personal data (labels, dates).
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let (summaries, untils, bytes) = self.sizes();
        f.debug_struct("Cache")
            .field("summaries", &summaries)
            .field("untils", &untils)
            .field("bytes", &bytes)
            .field("budget", &self.budget)
            .finish()
    }
}

impl Default for Cache {
    fn default() -> Self {
        Self::with_budget(Self::DEFAULT_BUDGET)
    }
}

impl Cache {
    /// The bytes a server's cache holds at most: 64 MiB, about 40,000
    /// cases of the 4-member example in one language.
    pub(crate) const DEFAULT_BUDGET: usize = 64 << 20;

    /// A cache of at most `budget` counted bytes.
    pub(crate) fn with_budget(budget: usize) -> Self {
        Self {
            inner: Mutex::default(),
            budget,
            listing: tokio::sync::Notify::new(),
        }
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Inner> {
        // A panic while holding the lock leaves consistent maps (each
        // change is one insert or remove with its count).
        self.inner.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// The summary of `case_id` in `lang` if it was made from exactly
    /// `sealed`.
    pub(crate) fn summary(&self, case_id: &str, lang: Lang, sealed: &[u8]) -> Option<Arc<View>> {
        let inner = self.lock();
        let s = inner.summaries.get(&(Box::from(case_id), lang))?;
        (*s.sealed == *sealed).then(|| s.view.clone())
    }

    /// Keeps `view`, made from exactly `sealed`, for `case_id` in `lang`.
    /// (The bytes are taken, not copied: the caller read them for this.)
    pub(crate) fn keep_summary(
        &self,
        case_id: &str,
        lang: Lang,
        sealed: Box<[u8]>,
        view: Arc<View>,
    ) {
        let s = Summary { sealed, view };
        let cost = summary_cost(case_id, &s);
        if cost > self.budget {
            return;
        }
        let mut inner = self.lock();
        // One look-up and one key: the entry replaced, if any, comes back.
        if let Some(old) = inner.summaries.insert((case_id.into(), lang), s) {
            inner.bytes -= summary_cost(case_id, &old);
        }
        inner.bytes += cost;
        self.make_room(&mut inner, 0, Some((case_id, lang)));
    }

    /// What the summary's last day sealed as `sealed` in the context `aad`
    /// said when this server opened it (`Some(None)`: no last day), if it
    /// did.
    pub(crate) fn until(
        &self,
        case_id: &str,
        sealed: &[u8],
        aad: &str,
    ) -> Option<Option<NaiveDate>> {
        let inner = self.lock();
        let u = inner.untils.get(case_id)?;
        (*u.sealed == *sealed && *u.aad == *aad).then_some(u.until)
    }

    /// Keeps what the last day sealed as `sealed` in `aad` said.
    pub(crate) fn keep_until(
        &self,
        case_id: &str,
        sealed: &[u8],
        aad: &str,
        until: Option<NaiveDate>,
    ) {
        let u = Until {
            sealed: sealed.into(),
            aad: aad.into(),
            until,
        };
        let cost = until_cost(case_id, &u);
        if cost > self.budget {
            return;
        }
        let mut inner = self.lock();
        if let Some(old) = inner.untils.remove(case_id) {
            inner.bytes -= until_cost(case_id, &old);
        }
        self.make_room(&mut inner, cost, None);
        inner.bytes += cost;
        inner.untils.insert(case_id.into(), u);
    }

    /// Drops every entry of `case_id` (a write to it, a redaction): one
    /// look-up per language, not a pass over the whole cache, since every
    /// event's write calls it.
    pub(crate) fn forget(&self, case_id: &str) {
        let mut inner = self.lock();
        let Inner {
            summaries,
            untils,
            bytes,
            ..
        } = &mut *inner;
        let mut key = (Box::<str>::from(case_id), Lang::En);
        // Every language, the tests' pseudo-locale too (not in strum's list).
        for lang in Lang::iter().chain([Lang::Pseudo]) {
            key.1 = lang;
            if let Some(old) = summaries.remove(&key) {
                *bytes -= summary_cost(case_id, &old);
            }
        }
        if let Some(old) = untils.remove(case_id) {
            *bytes -= until_cost(case_id, &old);
        }
    }

    /// Evicts entries (in the maps' arbitrary order) until `cost` more
    /// bytes fit in the budget, leaving an eighth of it free so that a
    /// full cache does not evict at every insert; never the summary `keep`
    /// (the one just kept).
    fn make_room(&self, inner: &mut Inner, cost: usize, keep: Option<(&str, Lang)>) {
        if inner.bytes + cost <= self.budget {
            return;
        }
        let target = (self.budget - self.budget / 8).saturating_sub(cost);
        let Inner {
            summaries,
            untils,
            bytes,
            ..
        } = inner;
        summaries.retain(|(id, lang), s| {
            if *bytes <= target || keep == Some((&**id, *lang)) {
                return true;
            }
            *bytes -= summary_cost(id, s);
            false
        });
        untils.retain(|id, u| {
            if *bytes <= target {
                return true;
            }
            *bytes -= until_cost(id, u);
            false
        });
    }

    /// Claims the summary of `case_id` in `claims`' language for its batch,
    /// unless another batch is opening it already: then what wakes up when
    /// that one is done (see [`Opener`]).
    fn claim(
        &self,
        claims: &mut Claims,
        case_id: &str,
    ) -> Option<tokio::sync::watch::Receiver<()>> {
        use std::collections::hash_map::Entry;
        let mut inner = self.lock();
        match inner.opening.entry((case_id.into(), claims.lang)) {
            Entry::Occupied(e) => Some(e.get().1.clone()),
            Entry::Vacant(e) => {
                e.insert((claims.batch, claims.done_rx.clone()));
                claims.ids.push(case_id.into());
                None
            }
        }
    }

    /// How many summaries batches are opening now (claimed).
    #[cfg(test)]
    pub(crate) fn opening(&self) -> usize {
        self.lock().opening.len()
    }

    /// A request lists the portfolio: a warm-up under way gives way
    /// ([`Cache::until_a_request_lists`]).
    pub(crate) fn a_request_lists(&self) {
        self.listing.notify_waiters();
    }

    /// Done when a request lists after this was first polled (a warm-up
    /// races its work against it).
    pub(crate) async fn until_a_request_lists(&self) {
        self.listing.notified().await;
    }

    /// The entries (summaries, last days) and the bytes counted.
    pub(crate) fn sizes(&self) -> (usize, usize, usize) {
        let inner = self.lock();
        (inner.summaries.len(), inner.untils.len(), inner.bytes)
    }

    /// The budget, in counted bytes.
    #[cfg(test)]
    pub(crate) fn budget(&self) -> usize {
        self.budget
    }
}

/// What becomes of a summary's entry once opened: `T` (the caller's, from
/// the entry and the exact sealed bytes it was opened from) when it holds
/// on the day asked; otherwise `Stale` with the day the stored one was
/// computed for (`None`: it did not open or decode), for the caller to
/// compute again.
pub(crate) enum Opened<T> {
    /// Made from an entry that holds.
    Made(T),
    /// Not usable as stored.
    Stale(Option<NaiveDate>),
}

/// What makes a listing's entry of a case from its summary: given the
/// exact sealed bytes it was opened from when it is the stored one
/// (`None`: computed again).
pub(crate) type Fresh<T> = dyn Fn(&str, Option<Box<[u8]>>, PortfolioEntry) -> T + Send + Sync;

/// How many summaries one blocking task opens: enough to pay for the
/// task's hand-over (a few µs) many times over, few enough that a
/// portfolio of thousands keeps both cores busy while its rows still
/// stream in.
const BATCH: usize = 512;

/// The summaries one batch claimed ([`Cache::claim`]): released when it is
/// dropped — its batch done, or never spawned — and only then are those
/// waiting for them woken (the sender's drop), so that they find the
/// entries the batch kept.
struct Claims {
    cache: Arc<Cache>,
    lang: Lang,
    batch: u64,
    ids: Vec<Box<str>>,
    done_rx: tokio::sync::watch::Receiver<()>,
    _done: tokio::sync::watch::Sender<()>,
}

impl Claims {
    fn new(cache: Arc<Cache>, lang: Lang) -> Self {
        static BATCHES: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);
        let (done, done_rx) = tokio::sync::watch::channel(());
        Self {
            cache,
            lang,
            batch: BATCHES.fetch_add(1, std::sync::atomic::Ordering::Relaxed),
            ids: Vec::new(),
            done_rx,
            _done: done,
        }
    }
}

impl Drop for Claims {
    fn drop(&mut self) {
        let mut inner = self.cache.lock();
        let mut key = (Box::<str>::default(), self.lang);
        for id in self.ids.drain(..) {
            key.0 = id;
            if inner
                .opening
                .get(&key)
                .is_some_and(|(batch, _)| *batch == self.batch)
            {
                inner.opening.remove(&key);
            }
        }
    }
}

/// What lets listings share their work through the cache: the cache, the
/// language of the entries, and how to take an entry from the cache (the
/// listing's own look-up: exact sealed bytes, holding on its day).
pub(crate) struct Share<T> {
    /// The cache.
    pub(crate) cache: Arc<Cache>,
    /// The language of the entries made.
    pub(crate) lang: Lang,
    /// The entry of a case in the cache for these exact sealed bytes.
    pub(crate) lookup: Box<Lookup<T>>,
}

/// How a listing takes a case's entry from the cache by exact sealed bytes.
pub(crate) type Lookup<T> = dyn Fn(&str, &[u8]) -> Option<T> + Send + Sync;

/// A batch on the blocking pool: each summary's index and result.
type Batch<T> = tokio::task::JoinHandle<Vec<(usize, Opened<T>)>>;

/// A summary waiting for another batch that is opening it: its index, case
/// and sealed bytes, and what wakes up when that batch is done.
type Wait = (usize, String, Box<[u8]>, tokio::sync::watch::Receiver<()>);

/// Opens the sealed summaries of a listing off the async runtime (issue
/// 16: a server's first portfolio of 10,000 cases unseals, decodes and
/// writes every summary, 100+ ms of CPU). Summaries are handed over as the
/// listing's rows are read; each [`BATCH`] goes to tokio's blocking pool at
/// once, so that they are opened on the other core while the database is
/// still read, and several batches at a time on both cores once it is
/// not. The runtime's workers only wait. The results come back in the
/// order the summaries were handed over, whatever the batches' order of
/// completion: the listing's order and content are those of a sequential
/// pass.
///
/// With a [`Share`], listings (the warm-up at start, requests) do not open
/// the same summary at the same time: a summary another batch is opening
/// (claimed, in the same language) is not opened again but waited for,
/// then taken from the cache by this listing's exact bytes; if the cache
/// does not have it so (the other listing read other bytes, or its entry
/// was evicted or does not hold on this day), it is opened here after all.
/// A batch is spawned as soon as it is full or its listing's scan is over
/// ([`Opener::flush`]), so a wait is never for a batch not yet running.
pub(crate) struct Opener<T> {
    key: Key,
    as_of: NaiveDate,
    make: Arc<Fresh<T>>,
    share: Option<Share<T>>,
    batch: Vec<(usize, String, Box<[u8]>)>,
    claims: Option<Claims>,
    waits: Vec<Wait>,
    tasks: Vec<Batch<T>>,
    handed: usize,
}

impl<T: Send + 'static> Opener<T> {
    /// An opener of the summaries sealed with `key` for the day `as_of`,
    /// each entry that holds then given to `make`; sharing the work with
    /// other listings through `share`, if any.
    pub(crate) fn new(
        key: Key,
        as_of: NaiveDate,
        make: Arc<Fresh<T>>,
        share: Option<Share<T>>,
    ) -> Self {
        Self {
            key,
            as_of,
            make,
            share,
            batch: Vec::new(),
            claims: None,
            waits: Vec::new(),
            tasks: Vec::new(),
            handed: 0,
        }
    }

    /// What makes the entries (for the summaries computed again).
    pub(crate) fn make(&self) -> Arc<Fresh<T>> {
        self.make.clone()
    }

    /// Hands over the summary of `case_id` sealed as `sealed`; its result is
    /// at the returned index of [`Opener::finish`]'s.
    pub(crate) fn push(&mut self, case_id: String, sealed: Vec<u8>) -> usize {
        let i = self.handed;
        self.handed += 1;
        let sealed = sealed.into_boxed_slice();
        if let Some(share) = &self.share {
            let claims = self
                .claims
                .get_or_insert_with(|| Claims::new(share.cache.clone(), share.lang));
            if let Some(done) = share.cache.claim(claims, &case_id) {
                self.waits.push((i, case_id, sealed, done));
                return i;
            }
        }
        self.batch.push((i, case_id, sealed));
        if self.batch.len() == BATCH {
            self.flush();
        }
        i
    }

    /// Spawns the summaries handed over and not spawned yet, if any.
    pub(crate) fn flush(&mut self) {
        let claims = self.claims.take();
        if self.batch.is_empty() {
            return;
        }
        let batch = std::mem::take(&mut self.batch);
        self.spawn(batch, claims);
    }

    fn spawn(&mut self, batch: Vec<(usize, String, Box<[u8]>)>, claims: Option<Claims>) {
        let (key, as_of, make) = (self.key.clone(), self.as_of, self.make.clone());
        self.tasks.push(tokio::task::spawn_blocking(move || {
            let out = batch
                .into_iter()
                .map(|(i, id, sealed)| (i, open_one(&key, as_of, &*make, &id, sealed)))
                .collect();
            // Released once every entry of the batch is kept.
            drop(claims);
            out
        }));
    }

    /// The results of every summary handed over, in order.
    ///
    /// # Errors
    /// `database` when a blocking task could not run to its end (the
    /// runtime shutting down, a panic in it).
    pub(crate) async fn finish(mut self) -> Result<Vec<Opened<T>>, super::StoreError> {
        let failed = |what: &str| {
            super::store_error(
                "case_summaries",
                super::StoreErrorCode::Database,
                format!("opening the summaries failed: {what}"),
            )
        };
        self.flush();
        let mut out: Vec<Option<Opened<T>>> =
            std::iter::repeat_with(|| None).take(self.handed).collect();
        let mut again = Vec::new();
        for (i, id, sealed, mut done) in std::mem::take(&mut self.waits) {
            // Its batch drops the sender when done: `changed` then fails.
            let _ = done.changed().await;
            match self.share.as_ref().and_then(|s| (s.lookup)(&id, &sealed)) {
                Some(t) => out[i] = Some(Opened::Made(t)),
                None => again.push((i, id, sealed)),
            }
        }
        if !again.is_empty() {
            self.spawn(again, None);
        }
        for task in std::mem::take(&mut self.tasks) {
            for (i, o) in task.await.map_err(|e| failed(&e.to_string()))? {
                out[i] = Some(o);
            }
        }
        out.into_iter()
            .map(|o| o.ok_or_else(|| failed("a summary went missing")))
            .collect()
    }
}

/// One summary: unsealed in its context, decoded, and made when it holds on
/// `as_of`.
fn open_one<T>(
    key: &Key,
    as_of: NaiveDate,
    make: &Fresh<T>,
    case_id: &str,
    sealed: Box<[u8]>,
) -> Opened<T> {
    let stored = key
        .open(&sealed, &super::summary_aad(case_id))
        .ok()
        .and_then(|json| serde_json::from_slice::<PortfolioEntry>(&json).ok());
    match stored {
        Some(e) if e.holds_on(as_of) => Opened::Made(make(case_id, Some(sealed), e)),
        stale => Opened::Stale(stale.map(|e| e.from)),
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used)]
mod tests {
    use super::*;

    fn view(members: &[u8]) -> Arc<View> {
        Arc::new(View {
            from: NaiveDate::from_ymd_opt(2027, 1, 1).unwrap(),
            until: None,
            blocked: false,
            overdue: false,
            upcoming: false,
            members: Some(members.into()),
        })
    }

    #[test]
    fn an_entry_serves_only_its_exact_bytes_and_language() {
        let c = Cache::default();
        c.keep_summary("c1", Lang::En, b"sealed one"[..].into(), view(b"[1]"));
        assert!(c.summary("c1", Lang::En, b"sealed one").is_some());
        assert!(c.summary("c1", Lang::En, b"sealed onE").is_none());
        assert!(c.summary("c1", Lang::En, b"sealed one ").is_none());
        assert!(c.summary("c1", Lang::Fr, b"sealed one").is_none());
        assert!(c.summary("c2", Lang::En, b"sealed one").is_none());
        let d = NaiveDate::from_ymd_opt(2027, 1, 1).unwrap();
        c.keep_until("c1", b"u", "aad 1", Some(d));
        assert_eq!(c.until("c1", b"u", "aad 1"), Some(Some(d)));
        assert_eq!(c.until("c1", b"u", "aad 2"), None);
        assert_eq!(c.until("c1", b"v", "aad 1"), None);
        c.keep_summary("c1", Lang::Pseudo, b"sealed one"[..].into(), view(b"[2]"));
        c.keep_summary("c10", Lang::En, b"sealed one"[..].into(), view(b"[3]"));
        c.forget("c1");
        assert!(c.summary("c1", Lang::En, b"sealed one").is_none());
        assert!(c.summary("c1", Lang::Pseudo, b"sealed one").is_none());
        assert!(c.summary("c10", Lang::En, b"sealed one").is_some());
        c.forget("c10");
        assert_eq!(c.until("c1", b"u", "aad 1"), None);
        assert_eq!(c.sizes(), (0, 0, 0));
    }

    /// Two listings meeting on a summary: the second waits for the first's
    /// batch and takes its entry from the cache (opened once); for other
    /// bytes than the first read, it opens its own after waiting.
    #[test]
    fn listings_share_what_they_open() {
        use std::sync::atomic::{AtomicUsize, Ordering};
        let rt = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            .build()
            .unwrap();
        let key = Key::from_bytes([7; 32]);
        let cache = Arc::new(Cache::default());
        let day = |d| NaiveDate::from_ymd_opt(2027, 1, d).unwrap();
        let sealed = |d: u32| {
            let json = format!(r#"{{"from":"2027-01-{d:02}","until":null,"members":[]}}"#);
            key.seal(json.as_bytes(), &super::super::summary_aad("c1"))
                .unwrap()
        };
        let made = Arc::new(AtomicUsize::new(0));
        let opener = || {
            let (c, m) = (cache.clone(), made.clone());
            let make: Arc<Fresh<Arc<View>>> = Arc::new(move |id, sealed, e| {
                m.fetch_add(1, Ordering::SeqCst);
                let v = Arc::new(View {
                    from: e.from,
                    until: e.until,
                    blocked: false,
                    overdue: false,
                    upcoming: false,
                    members: None,
                });
                if let Some(s) = sealed {
                    c.keep_summary(id, Lang::En, s, v.clone());
                }
                v
            });
            let c = cache.clone();
            Opener::new(
                key.clone(),
                day(10),
                make,
                Some(Share {
                    cache: cache.clone(),
                    lang: Lang::En,
                    lookup: Box::new(move |id, s| c.summary(id, Lang::En, s)),
                }),
            )
        };
        let from = |r: Vec<Opened<Arc<View>>>| match r.as_slice() {
            [Opened::Made(v)] => v.from,
            _ => panic!("not made"),
        };
        rt.block_on(async {
            // The same bytes: opened once.
            let (mut a, mut b) = (opener(), opener());
            // (Sealing draws a nonce: the same bytes are one sealing.)
            let one = sealed(1);
            a.push("c1".into(), one.clone());
            b.push("c1".into(), one);
            assert_eq!(cache.opening(), 1);
            let (ra, rb) = tokio::join!(b.finish(), a.finish());
            assert_eq!((from(ra.unwrap()), from(rb.unwrap())), (day(1), day(1)));
            assert_eq!(made.load(Ordering::SeqCst), 1);
            assert_eq!(cache.opening(), 0);
            // Other bytes (an event recorded between the two reads): the
            // second waits, then opens its own.
            let (mut c, mut d) = (opener(), opener());
            c.push("c1".into(), sealed(2));
            d.push("c1".into(), sealed(3));
            let (rd, rc) = tokio::join!(d.finish(), c.finish());
            assert_eq!((from(rc.unwrap()), from(rd.unwrap())), (day(2), day(3)));
            assert_eq!(made.load(Ordering::SeqCst), 3);
            // A listing dropped before its batch ran releases its claims.
            let mut e = opener();
            e.push("c1".into(), sealed(4));
            assert_eq!(cache.opening(), 1);
            drop(e);
            assert_eq!(cache.opening(), 0);
        });
    }

    #[test]
    fn the_budget_holds() {
        let c = Cache::with_budget(64 * 1024);
        let members = vec![b'x'; 700];
        for i in 0..1000 {
            let id = format!("case{i}");
            c.keep_summary(&id, Lang::En, [7; 300].into(), view(&members));
            c.keep_until(&id, &[1; 57], "aad", None);
            let (_, _, bytes) = c.sizes();
            assert!(bytes <= c.budget(), "{bytes} > {}", c.budget());
        }
        let (summaries, untils, bytes) = c.sizes();
        assert!(summaries > 0 && summaries < 1000, "{summaries}");
        assert!(untils > 0, "{untils}");
        // The count is the entries' own: recomputed, it agrees.
        let inner = c.lock();
        let counted: usize = inner
            .summaries
            .iter()
            .map(|((id, _), s)| summary_cost(id, s))
            .chain(inner.untils.iter().map(|(id, u)| until_cost(id, u)))
            .sum();
        assert_eq!(counted, bytes);
        drop(inner);
        // An entry over the whole budget is not kept.
        c.keep_summary("big", Lang::En, vec![0; 70 * 1024].into(), view(b"[]"));
        assert!(c.summary("big", Lang::En, &vec![0; 70 * 1024]).is_none());
    }
}
