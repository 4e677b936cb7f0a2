//! # secu-server
//!
//! The HTTP API of `secu` (`secu serve`, contract §6): households, batches
//! and NIRs in, the core's JSON out. No rule lives here: every answer is the
//! core's, exactly as the CLI gives it (`secu::batch` holds the batch records
//! both use).
//!
//! Inside: axum on tokio. A request passes, from the outside in: its request
//! id, the access log and metrics (route template, status, time: never a body
//! or a query value), the security headers, gzip, then the guard: draining
//! (503 once shutdown began), authentication (when `--api-keys` is given),
//! admission (at most `max_concurrency + max_queue` requests admitted, 503
//! beyond: memory stays bounded), and the request timeout. Assessing is CPU
//! work: it runs on the blocking pool, at most `max_concurrency` at a time.
//! The team service (contract §7) will be one more router merged into
//! [`router`], behind the same guard, with its own authentication layer.
#![forbid(unsafe_code)]
#![deny(missing_docs)]

mod api;
mod gzip;
mod json;
pub mod lang;
pub mod lines;
mod log;
mod metrics;
pub mod openapi;
pub mod problem;
pub mod team;

use std::collections::HashSet;
use std::future::Future;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::time::{Duration, Instant};

use axum::Router;
use axum::extract::{MatchedPath, Request, State};
use axum::http::{HeaderName, HeaderValue, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use sha2::{Digest, Sha256};
use tokio::sync::Semaphore;
use tower_http::compression::Predicate as _;
use tower_http::compression::predicate::{DefaultPredicate, SizeAbove};
use tower_http::request_id::{
    MakeRequestId, PropagateRequestIdLayer, RequestId, SetRequestIdLayer,
};

pub use api::nir_number;
pub use problem::{Problem, ProblemItem};

/// Why the server could not start or stopped on an error: the library's one
/// error type ([`secu::Error`]) with a [`ServeErrorCode`] as its code; its
/// path is the flag or file the problem is in (`--listen`,
/// `keys.txt:3`), so it displays as the CLI's `PATH: MESSAGE` line.
pub type ServeError = secu::Error<&'static str>;

/// Stable codes of [`ServeError`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, strum::IntoStaticStr, strum::Display)]
#[strum(serialize_all = "snake_case")]
#[non_exhaustive]
pub enum ServeErrorCode {
    /// A non-loopback `--listen` address without authentication (a usage error).
    PublicWithoutAuth,
    /// The `--api-keys` file cannot be read.
    ApiKeysUnreadable,
    /// A line of the `--api-keys` file is not a SHA-256 digest.
    InvalidApiKey,
    /// The `--api-keys` file holds no key.
    NoApiKey,
    /// The address cannot be listened on (in use, not permitted…).
    ListenFailed,
    /// The runtime could not start, or the server failed while serving.
    ServerFailed,
    /// `--db` or its key is not usable as given (a usage error).
    InvalidDatabase,
    /// The team database cannot be opened or migrated.
    DatabaseFailed,
}

/// True for the problems of the command line or its files (the CLI's exit
/// 2: invalid input or usage), false for the system's (exit 1).
#[must_use]
pub fn is_usage_error(e: &ServeError) -> bool {
    [
        ServeErrorCode::PublicWithoutAuth,
        ServeErrorCode::InvalidApiKey,
        ServeErrorCode::NoApiKey,
        ServeErrorCode::InvalidDatabase,
    ]
    .into_iter()
    .any(|c| <&str>::from(c) == e.code)
}

fn serve_error(path: impl Into<String>, code: ServeErrorCode, message: String) -> ServeError {
    ServeError::new(path, code, message)
}

/// The options of `secu serve`.
#[derive(clap::Args, Clone, Debug)]
pub struct ServeArgs {
    /// Address and port to listen on. A non-loopback address needs `--api-keys`.
    #[arg(long, value_name = "ADDR:PORT", default_value = "127.0.0.1:8080")]
    pub listen: SocketAddr,
    /// File of accepted API keys, one SHA-256 hex digest a line (`sha256:HEX`
    /// or `HEX`; `#` comments). Clients send `Authorization: Bearer KEY`.
    #[arg(long, value_name = "FILE")]
    pub api_keys: Option<PathBuf>,
    /// Largest request body of `assess` and `nir`, in bytes (beyond: 413).
    #[arg(long, value_name = "BYTES", default_value_t = 1 << 20)]
    pub max_body_bytes: u64,
    /// Largest `batch` request body, in bytes (beyond: 413, or the stream is cut).
    #[arg(long, value_name = "BYTES", default_value_t = 1 << 30)]
    pub max_batch_bytes: u64,
    /// Longest `batch` line, in bytes (beyond: a `line_too_long` record).
    #[arg(long, value_name = "BYTES", default_value_t = 1 << 20)]
    pub max_line_bytes: u64,
    /// Time limit of a request up to its response head, in seconds (beyond: 503).
    #[arg(long, value_name = "SECONDS", default_value_t = 10)]
    pub timeout_secs: u64,
    /// Households assessed at the same time (default: the number of cores).
    #[arg(long, value_name = "N")]
    pub max_concurrency: Option<usize>,
    /// Requests admitted beyond those being served, waiting (beyond: 503).
    #[arg(long, value_name = "N", default_value_t = 512)]
    pub max_queue: usize,
    /// After SIGTERM/SIGINT, how long in-flight requests may take, in seconds.
    #[arg(long, value_name = "SECONDS", default_value_t = 10)]
    pub shutdown_grace_secs: u64,
    /// The team service's database (contract §7): `sqlite:PATH` (created
    /// when missing) or `postgres://…`. Adds sign-in and bearer tokens.
    #[arg(long, value_name = "URL")]
    pub db: Option<String>,
    /// The key file sealing the database's personal data (64 hex digits).
    /// Default: `SECU_DB_KEY`, `SECU_DB_KEY_FILE`, or for SQLite `PATH.key`.
    #[arg(long, value_name = "FILE", requires = "db")]
    pub key_file: Option<PathBuf>,
}

impl Default for ServeArgs {
    fn default() -> Self {
        Self {
            listen: SocketAddr::from(([127, 0, 0, 1], 8080)),
            api_keys: None,
            max_body_bytes: 1 << 20,
            max_batch_bytes: 1 << 30,
            max_line_bytes: 1 << 20,
            timeout_secs: 10,
            max_concurrency: None,
            max_queue: 512,
            shutdown_grace_secs: 10,
            db: None,
            key_file: None,
        }
    }
}

/// The server's shared state.
pub struct App {
    args: ServeArgs,
    keys: Option<HashSet<[u8; 32]>>,
    admit: Arc<Semaphore>,
    cpu: Arc<Semaphore>,
    batches: Arc<Semaphore>,
    draining: AtomicBool,
    metrics: metrics::Metrics,
    cache: api::Cache,
    /// The team service's store (`--db`), opened by [`App::with_team`].
    team: Option<team::Store>,
}

impl App {
    /// The state for `args`: reads the API keys, refuses a non-loopback
    /// address without them.
    ///
    /// # Errors
    /// [`ServeErrorCode::PublicWithoutAuth`], or a problem of the
    /// `--api-keys` file.
    pub fn new(args: ServeArgs) -> Result<Self, ServeError> {
        let keys = match &args.api_keys {
            Some(path) => Some(read_keys(path)?),
            None => None,
        };
        if keys.is_none() && args.db.is_none() && !args.listen.ip().is_loopback() {
            return Err(serve_error(
                "--listen",
                ServeErrorCode::PublicWithoutAuth,
                format!(
                    "refusing to listen on {} without authentication: give --api-keys FILE, or listen on a loopback address",
                    args.listen
                ),
            ));
        }
        let cpu = args
            .max_concurrency
            .unwrap_or_else(|| std::thread::available_parallelism().map_or(2, usize::from))
            .max(1);
        Ok(Self {
            keys,
            admit: Arc::new(Semaphore::new(cpu + args.max_queue)),
            cpu: Arc::new(Semaphore::new(cpu)),
            batches: Arc::new(Semaphore::new(2 * cpu)),
            draining: AtomicBool::new(false),
            metrics: metrics::Metrics::default(),
            cache: api::Cache::new(),
            team: None,
            args,
        })
    }

    /// The state with the team service's store (`secu serve --db`).
    #[must_use]
    pub fn with_team(mut self, store: team::Store) -> Self {
        self.team = Some(store);
        self
    }

    /// Fills the team service's listing cache (`secu serve --db` starts it
    /// in the background once it listens; a no-op without `--db`): logs the
    /// number of cases and the time taken (field `warmed_up_cases`), that
    /// it gave way to a request that listed meanwhile (`warm_up_gave_way`),
    /// or the error's code. See the team service's `cases::warm_up`.
    pub async fn warm_up(&self) {
        let Some(store) = &self.team else {
            return;
        };
        let t = std::time::Instant::now();
        let ms = || u64::try_from(t.elapsed().as_millis()).unwrap_or(u64::MAX);
        match team::cases::warm_up(store).await {
            Ok(Some(n)) => tracing::info!(
                warmed_up_cases = n,
                ms = ms(),
                "team listing cache warmed up"
            ),
            Ok(None) => tracing::info!(
                warm_up_gave_way = true,
                ms = ms(),
                "team listing cache warm-up gave way to a listing"
            ),
            Err(e) => tracing::warn!(
                code = e.code,
                "team listing cache not warmed up: {}",
                e.message
            ),
        }
    }

    /// Starts draining: new requests get 503, `/healthz` too.
    pub fn drain(&self) {
        self.draining.store(true, Ordering::SeqCst);
    }
}

/// The SHA-256 digest of an API key, as the keys file holds it (hex).
#[must_use]
pub fn hash_key(key: &str) -> String {
    hex(&Sha256::digest(key.as_bytes()))
}

fn hex(bytes: &[u8]) -> String {
    use std::fmt::Write;
    bytes.iter().fold(String::new(), |mut s, b| {
        let _ = write!(s, "{b:02x}");
        s
    })
}

fn read_keys(path: &std::path::Path) -> Result<HashSet<[u8; 32]>, ServeError> {
    let text = std::fs::read_to_string(path).map_err(|e| {
        serve_error(
            path.display().to_string(),
            ServeErrorCode::ApiKeysUnreadable,
            e.to_string(),
        )
    })?;
    let mut keys = HashSet::new();
    for (i, line) in text.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let digest = line.split_whitespace().next().unwrap_or_default();
        let digest = digest.strip_prefix("sha256:").unwrap_or(digest);
        let mut key = [0u8; 32];
        let ok = digest.len() == 64
            && (0..32).all(|k| {
                u8::from_str_radix(&digest[2 * k..2 * k + 2], 16)
                    .map(|b| key[k] = b)
                    .is_ok()
            });
        if !ok {
            return Err(serve_error(
                format!("{}:{}", path.display(), i + 1),
                ServeErrorCode::InvalidApiKey,
                "expected a SHA-256 digest in hex (64 characters), optionally after `sha256:`"
                    .to_owned(),
            ));
        }
        keys.insert(key);
    }
    if keys.is_empty() {
        return Err(serve_error(
            path.display().to_string(),
            ServeErrorCode::NoApiKey,
            "no API key".to_owned(),
        ));
    }
    Ok(keys)
}

/// Request ids: a per-process counter (`x-request-id`), unless the client
/// sent one.
#[derive(Clone, Default)]
struct Counter(Arc<AtomicU64>);

impl MakeRequestId for Counter {
    fn make_request_id<B>(&mut self, _: &axum::http::Request<B>) -> Option<RequestId> {
        let n = self.0.fetch_add(1, Ordering::Relaxed);
        HeaderValue::from_str(&format!("req-{n}"))
            .ok()
            .map(RequestId::new)
    }
}

/// Responses of at most this many bytes go uncompressed, whatever the client
/// accepts: below about one TCP segment (1,460 bytes of payload on Ethernet)
/// compression saves no packet and only costs time on both sides (health,
/// NIR checks, errors). Assessments (11 KB and more) and batch streams are
/// compressed when the client asks.
pub(crate) const COMPRESS_ABOVE: u16 = 1024;

const REQUEST_ID: HeaderName = HeaderName::from_static("x-request-id");

/// The whole HTTP API with its layers.
pub fn router(app: Arc<App>) -> Router {
    api::routes()
        .merge(team::http::routes())
        .merge(team::ui::routes(app.team.is_some()))
        .layer(axum::middleware::from_fn(lang::check))
        .layer(axum::middleware::from_fn_with_state(app.clone(), guard))
        .layer(axum::middleware::from_fn(lang::scope))
        .layer(
            tower_http::compression::CompressionLayer::new()
                .quality(tower_http::CompressionLevel::Fastest)
                .compress_when(DefaultPredicate::new().and(SizeAbove::new(COMPRESS_ABOVE))),
        )
        .layer(axum::middleware::from_fn(security_headers))
        .layer(axum::middleware::from_fn_with_state(
            app.clone(),
            access_log,
        ))
        .layer(PropagateRequestIdLayer::new(REQUEST_ID))
        .layer(SetRequestIdLayer::new(REQUEST_ID, Counter::default()))
        .with_state(app)
}

/// The route template of a request (`/v1/assess`), or `other`: metrics and
/// logs never carry a path a client chose.
fn route_of(req: &Request) -> &'static str {
    let path = req
        .extensions()
        .get::<MatchedPath>()
        .map_or("", MatchedPath::as_str);
    api::ROUTES
        .iter()
        .chain(team::http::ROUTES)
        .chain(team::ui::ROUTES)
        .find(|r| **r == path)
        .copied()
        .unwrap_or("other")
}

/// Access log and metrics: route template, method, status, time, request id.
async fn access_log(State(app): State<Arc<App>>, req: Request, next: Next) -> Response {
    let start = Instant::now();
    let method = req.method().clone();
    let route = route_of(&req);
    let id = req
        .headers()
        .get(REQUEST_ID)
        .and_then(|v| v.to_str().ok())
        .map(|s| {
            s.chars()
                .take(64)
                .filter(|c| c.is_ascii_graphic())
                .collect::<String>()
        })
        .unwrap_or_default();
    app.metrics.in_flight.fetch_add(1, Ordering::Relaxed);
    let response = next.run(req).await;
    app.metrics.in_flight.fetch_sub(1, Ordering::Relaxed);
    let took = start.elapsed();
    let status = response.status().as_u16();
    app.metrics.record(route, method.as_str(), status, took);
    tracing::info!(
        request_id = %id,
        // A standard method or `other`, as in the metrics: a client may
        // send any token as a method.
        method = crate::metrics::method_label(method.as_str()),
        route,
        status,
        micros = u64::try_from(took.as_micros()).unwrap_or(u64::MAX),
        "request"
    );
    response
}

/// Security headers on every response.
async fn security_headers(req: Request, next: Next) -> Response {
    let mut r = next.run(req).await;
    let h = r.headers_mut();
    h.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    h.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    // The team's page sets its own (team::ui::CSP); everything else loads nothing.
    if !h.contains_key(header::CONTENT_SECURITY_POLICY) {
        h.insert(
            header::CONTENT_SECURITY_POLICY,
            HeaderValue::from_static("default-src 'none'; frame-ancestors 'none'"),
        );
    }
    h.insert(
        header::REFERRER_POLICY,
        HeaderValue::from_static("no-referrer"),
    );
    h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    r
}

/// Draining, authentication, admission, timeout.
async fn guard(State(app): State<Arc<App>>, req: Request, next: Next) -> Response {
    let route = route_of(&req);
    if app.draining.load(Ordering::SeqCst) {
        return Problem::unavailable("shutting_down", "the server is shutting down")
            .into_response();
    }
    if route == "/healthz" {
        return next.run(req).await;
    }
    // The team routes authenticate by session or team bearer token.
    let team_route = team::http::ROUTES.contains(&route) || team::ui::ROUTES.contains(&route);
    if let Some(keys) = app.keys.as_ref().filter(|_| !team_route) {
        let given = req
            .headers()
            .get(header::AUTHORIZATION)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.strip_prefix("Bearer "));
        let ok = given.is_some_and(|k| {
            let digest: [u8; 32] = Sha256::digest(k.trim().as_bytes()).into();
            keys.contains(&digest)
        });
        if !ok {
            let p = Problem::one(
                StatusCode::UNAUTHORIZED,
                "unauthorized",
                "",
                "unauthorized",
                "a valid API key is required: Authorization: Bearer KEY",
            );
            return p.into_response();
        }
    }
    let Ok(permit) = app.admit.clone().try_acquire_owned() else {
        app.metrics.shed.fetch_add(1, Ordering::Relaxed);
        return Problem::unavailable("at_capacity", "the server is at capacity; retry later")
            .into_response();
    };
    let timeout = Duration::from_secs(app.args.timeout_secs.max(1));
    let response = match tokio::time::timeout(timeout, next.run(req)).await {
        Ok(r) => r,
        Err(_) => Problem::unavailable("timeout", "the request took too long").into_response(),
    };
    drop(permit);
    response
}

/// Serves `router(app)` on `listener` until `shutdown` resolves, then drains:
/// new requests get 503, in-flight ones finish, for at most the grace period.
pub async fn serve(
    listener: tokio::net::TcpListener,
    app: Arc<App>,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    let grace = Duration::from_secs(app.args.shutdown_grace_secs);
    let (stopped_tx, stopped_rx) = tokio::sync::oneshot::channel::<()>();
    let drain_app = app.clone();
    let signal = async move {
        shutdown.await;
        drain_app.drain();
        tracing::info!("shutting down: draining in-flight requests");
        let _ = stopped_tx.send(());
    };
    let server = axum::serve(listener, router(app)).with_graceful_shutdown(signal);
    let server = server.into_future();
    tokio::pin!(server);
    tokio::select! {
        r = &mut server => return r,
        _ = stopped_rx => {}
    }
    match tokio::time::timeout(grace, server).await {
        Ok(r) => r,
        Err(_) => {
            tracing::warn!(
                grace_secs = grace.as_secs(),
                "shutdown grace period over: exiting"
            );
            Ok(())
        }
    }
}

/// SIGTERM or SIGINT (Ctrl-C).
async fn signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let term = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let term = std::future::pending::<()>();
    tokio::select! { () = ctrl_c => {}, () = term => {} }
}

/// `secu serve`: JSON logs on stderr, then serves until SIGTERM/SIGINT.
///
/// # Errors
/// Those of [`App::new`], [`ServeErrorCode::ListenFailed`] when the address
/// cannot be listened on, [`ServeErrorCode::ServerFailed`] when the runtime
/// cannot start or serving fails.
pub fn run(args: ServeArgs) -> Result<(), ServeError> {
    // Dropped last: the log lines still buffered are written before exit.
    let (writer, _flush_on_exit) = log::spawn(std::io::stderr(), log::MAX_BYTES, log::EVERY);
    let log_drops = writer.dropped();
    let _ = tracing_subscriber::fmt()
        .json()
        .with_writer(writer)
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_env("SECU_LOG")
                .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("info")),
        )
        .try_init();
    let mut app = App::new(args)?;
    app.metrics.log_drops = Some(log_drops);
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .map_err(|e| serve_error("", ServeErrorCode::ServerFailed, e.to_string()))?;
    if let Some(db) = app.args.db.clone() {
        let store = runtime.block_on(async {
            let key = team::Key::resolve(&db, app.args.key_file.as_deref())?;
            team::Store::open(&db, key).await
        });
        app = app.with_team(store.map_err(|e| {
            let code = if team::admin::is_usage_error(&e) {
                ServeErrorCode::InvalidDatabase
            } else {
                ServeErrorCode::DatabaseFailed
            };
            serve_error(e.path, code, e.message)
        })?);
    }
    let app = Arc::new(app);
    runtime.block_on(async move {
        let listener = tokio::net::TcpListener::bind(app.args.listen)
            .await
            .map_err(|e| {
                serve_error(
                    app.args.listen.to_string(),
                    ServeErrorCode::ListenFailed,
                    e.to_string(),
                )
            })?;
        let addr = listener
            .local_addr()
            .map_err(|e| serve_error("", ServeErrorCode::ListenFailed, e.to_string()))?;
        tracing::info!(listening = %addr, auth = app.keys.is_some(), "secu serve started");
        // The listing cache filled in the background while serving
        // (issue 16); dropped with the runtime at exit.
        let warm = app.clone();
        tokio::spawn(async move { warm.warm_up().await });
        serve(listener, app, signal())
            .await
            .map_err(|e| serve_error("", ServeErrorCode::ServerFailed, e.to_string()))?;
        tracing::info!("secu serve stopped");
        Ok(())
    })
}
