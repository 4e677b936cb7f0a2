//! The endpoints of contract §6. Each decodes its request, calls the core as
//! the CLI does, and writes the core's JSON.

use std::sync::Arc;
use std::sync::atomic::Ordering;

use axum::Router;
use axum::body::{Body, Bytes};
use axum::extract::rejection::QueryRejection;
use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use chrono::NaiveDate;
use futures_util::StreamExt as _;
use secu::{Detail, Lang, Options};
use serde::Deserialize;

use crate::App;
use crate::lines::{Cut, LineSplitter};
use crate::problem::{Problem, ProblemItem};

/// The routes whose handler reads `lang` with the query's other parameters
/// ([`params`]), so that an unknown one is reported with the others.
pub(crate) const ROUTES_WITH_QUERY: &[&str] =
    &["/v1/assess", "/v1/batch", "/v1/schema/{which}", "/v1/rules"];

/// Every route template (the only paths logs and metrics name).
pub(crate) const ROUTES: &[&str] = &[
    "/v1/assess",
    "/v1/batch",
    "/v1/nir",
    "/v1/schema/{which}",
    "/v1/rules",
    "/openapi.json",
    "/healthz",
    "/metrics",
];

pub(crate) fn routes() -> Router<Arc<App>> {
    Router::new()
        .route("/v1/assess", post(assess))
        .route("/v1/batch", post(batch))
        .route("/v1/nir", post(nir))
        .route("/v1/schema/{which}", get(schema))
        .route("/v1/rules", get(rules))
        .route("/openapi.json", get(openapi))
        .route("/healthz", get(healthz))
        .route("/metrics", get(metrics))
        .fallback(not_found)
        .method_not_allowed_fallback(method_not_allowed)
}

/// Documents computed once.
pub(crate) struct Cache {
    household: Bytes,
    assessment: Bytes,
    assessment_codes: Bytes,
    openapi: Bytes,
}

impl Cache {
    pub(crate) fn new() -> Self {
        let b = |v: &schemars::Schema| Bytes::from(serde_json::to_vec(v).unwrap_or_default());
        Self {
            household: b(&schemars::schema_for!(secu::Household)),
            assessment: b(&schemars::schema_for!(secu::Assessment<'static>)),
            assessment_codes: b(&schemars::schema_for!(
                secu::codes::AssessmentCodes<'static>
            )),
            openapi: Bytes::from(crate::openapi::document()),
        }
    }
}

fn json(status: StatusCode, body: impl Into<Body>) -> Response {
    let mut r = (status, body.into()).into_response();
    r.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/json"),
    );
    r
}

/// The query parameters of `assess` and `batch`.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct AssessQuery {
    as_of: Option<String>,
    lang: Option<String>,
    partial: Option<String>,
    detail: Option<String>,
}

/// The decoded query.
#[derive(Clone, Copy, Debug)]
struct Params {
    as_of: Option<NaiveDate>,
    lang: Lang,
    detail: Detail,
    /// `partial=true`: a partial household (contract §5).
    partial: bool,
}

fn bad_query(items: Vec<ProblemItem>) -> Problem {
    Problem::new(StatusCode::BAD_REQUEST, "invalid query", items)
}

fn params(q: Result<Query<AssessQuery>, QueryRejection>) -> Result<Params, Problem> {
    let q = match q {
        Ok(Query(q)) => q,
        Err(_) => {
            // A fixed message: serde's would quote the unknown name, which
            // may be anything a client put in the URL (even a NIR).
            return Err(bad_query(vec![ProblemItem {
                path: "query".into(),
                code: "invalid_query".into(),
                message:
                    "unknown or repeated query parameter; expected as_of, lang, partial, detail"
                        .into(),
            }]));
        }
    };
    let mut items = Vec::new();
    let item = |name: &str, code: &str, message: String| ProblemItem {
        path: format!("query.{name}"),
        code: code.into(),
        message,
    };
    // The request's language (`lang.rs`: `lang`, else Accept-Language);
    // an unknown `lang` is reported here with the query's other problems.
    let lang = crate::lang::current();
    if q.lang
        .as_deref()
        .is_some_and(|t| Lang::parse_available(t).is_err())
    {
        items.push(crate::lang::unknown_lang_item());
    }
    let as_of = q.as_of.as_deref().and_then(|s| {
        use secu::model::civil_date;
        // The message never quotes the value: a query may be logged by a proxy.
        civil_date::parse(s)
            .map_err(|_| {
                let message = "expected a date YYYY-MM-DD".to_owned();
                items.push(item("as_of", "invalid_date", message));
            })
            .ok()
    });
    let detail = match q.detail.as_deref() {
        None | Some("full") => Detail::Full,
        Some("codes") => Detail::Codes,
        Some(_) => {
            items.push(item(
                "detail",
                "unknown_value",
                "expected `full` or `codes`".into(),
            ));
            Detail::Full
        }
    };
    let partial = match q.partial.as_deref() {
        None | Some("false") => false,
        Some("true") => true,
        Some(_) => {
            items.push(item(
                "partial",
                "invalid_type",
                "expected `true` or `false`".into(),
            ));
            false
        }
    };
    if items.is_empty() {
        Ok(Params {
            as_of,
            lang,
            detail,
            partial,
        })
    } else if items.iter().all(|i| i.path == "query.lang") {
        // An unknown language alone: 422, as on every route (`lang.rs`).
        Err(crate::lang::unknown_lang())
    } else {
        Err(bad_query(items))
    }
}

/// Today's local date: the last fallback for the evaluation date, as the CLI.
fn today() -> NaiveDate {
    chrono::Local::now().date_naive()
}

/// Reads a whole body of at most `limit` bytes (413 beyond).
async fn read_body(headers: &HeaderMap, body: Body, limit: u64) -> Result<Bytes, Problem> {
    let declared = headers
        .get(header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<u64>().ok());
    if declared.is_some_and(|n| n > limit) {
        return Err(Problem::too_large(limit));
    }
    let mut stream = body.into_data_stream();
    // A body in one piece (the usual small request) is kept as it came,
    // without a copy; pieces are gathered.
    let mut first: Option<Bytes> = None;
    let mut out = Vec::new();
    while let Some(chunk) = stream.next().await {
        let chunk = chunk.map_err(|_| {
            Problem::one(
                StatusCode::BAD_REQUEST,
                "unreadable body",
                "",
                "unreadable_body",
                "the request body could not be read",
            )
        })?;
        let held = first.as_ref().map_or(0, Bytes::len) + out.len();
        if (held + chunk.len()) as u64 > limit {
            return Err(Problem::too_large(limit));
        }
        match first.take() {
            None if out.is_empty() => first = Some(chunk),
            None => out.extend_from_slice(&chunk),
            Some(f) => {
                out.reserve(declared.map_or(f.len() + chunk.len(), |n| n as usize));
                out.extend_from_slice(&f);
                out.extend_from_slice(&chunk);
            }
        }
    }
    Ok(first.unwrap_or_else(|| Bytes::from(out)))
}

/// The largest `assess` body worked on the reactor thread itself rather than
/// handed to the blocking pool, in bytes and in JSON values (counted as the
/// bytes `{`, `[` and `,`: at least one per object, array or element; a
/// string holding them only makes the count larger). The hand-off (a wake-up
/// and a context switch each way) costs more than assessing a household of a
/// few members (~20 µs for the 4-member one of `cargo xtask bench-serve`,
/// 1.4 KB, 76 such bytes), and a perf profile under load put it at ~17 % of
/// the server's time. Both bounds keep reactor work short whatever the body
/// holds: the cost follows the number of members and of problems reported,
/// and every problem needs a value of its own; bytes alone would not do (4
/// KiB of `{"id":"x1"}` members, each missing three fields, took 22 times the
/// 4-member household). `cargo xtask bench-serve` times the slowest bodies
/// within both bounds (more members, more invalid members) and fails if one
/// takes over 3.5 times that household (~60 µs on a quiet machine; measured:
/// 2.8 to 3.1 times, with ten `{}` members). A larger body goes to the
/// blocking pool as before.
pub(crate) const INLINE_MAX_BYTES: usize = 4096;
/// See [`INLINE_MAX_BYTES`].
pub(crate) const INLINE_MAX_VALUES: usize = 96;

/// Whether a body is small enough to be assessed on the reactor thread.
fn inline_size(body: &[u8]) -> bool {
    body.len() <= INLINE_MAX_BYTES
        && body
            .iter()
            .filter(|&&b| matches!(b, b'{' | b'[' | b','))
            .count()
            <= INLINE_MAX_VALUES
}

/// A CPU permit for assessing `body` inline, when it is small enough and a
/// permit is free at once (it never waits on the reactor): inline work counts
/// towards `max_concurrency` like the blocking pool's.
fn inline_permit<'a>(app: &'a App, body: &[u8]) -> Option<tokio::sync::SemaphorePermit<'a>> {
    if !inline_size(body) {
        return None;
    }
    app.cpu.try_acquire().ok()
}

/// Runs CPU work on the blocking pool, at most `max_concurrency` at a time.
async fn cpu<T: Send + 'static>(
    app: &App,
    f: impl FnOnce() -> T + Send + 'static,
) -> Result<T, Problem> {
    let permit = app
        .cpu
        .clone()
        .acquire_owned()
        .await
        .map_err(|_| Problem::unavailable("shutting_down", "the server is shutting down"))?;
    let r = tokio::task::spawn_blocking(move || {
        let r = f();
        drop(permit);
        r
    })
    .await;
    r.map_err(|_| {
        Problem::one(
            StatusCode::INTERNAL_SERVER_ERROR,
            "internal error",
            "",
            "internal_error",
            "internal error",
        )
    })
}

async fn assess(
    State(app): State<Arc<App>>,
    q: Result<Query<AssessQuery>, QueryRejection>,
    headers: HeaderMap,
    body: Body,
) -> Response {
    let gzip = crate::gzip::accepted(&headers);
    let result = async {
        let p = params(q)?;
        let body = read_body(&headers, body, app.args.max_body_bytes).await?;
        // A partial household (contract §5) costs far more to read than a
        // complete one (its neutral completion is searched): never inline.
        let inline = if p.partial {
            None
        } else {
            inline_permit(&app, &body)
        };
        let out = match inline {
            // A small household: on this (reactor) thread, see INLINE_MAX_BYTES.
            Some(_permit) => encoded(assess_bytes(&body, p, today())?, gzip),
            None => {
                cpu(&app, move || {
                    assess_bytes(&body, p, today()).map(|out| encoded(out, gzip))
                })
                .await??
            }
        };
        app.metrics.households.fetch_add(1, Ordering::Relaxed);
        Ok::<_, Problem>(out)
    };
    match result.await {
        Ok((out, gzipped)) => {
            let mut r = json(StatusCode::OK, out);
            if gzipped {
                let h = r.headers_mut();
                h.insert(header::CONTENT_ENCODING, HeaderValue::from_static("gzip"));
                h.insert(header::VARY, HeaderValue::from_static("accept-encoding"));
            }
            r
        }
        Err(p) => p.into_response(),
    }
}

/// An assessment's JSON, gzipped here when the client accepts gzip and it is
/// over [`crate::COMPRESS_ABOVE`] (`gzip.rs`: a compressor reused per
/// thread); true when gzipped. Otherwise the compression layer sees the
/// identity body, and lets it through.
fn encoded(out: Vec<u8>, gzip: bool) -> (Vec<u8>, bool) {
    if gzip && out.len() > usize::from(crate::COMPRESS_ABOVE) {
        let gz = crate::gzip::compress(&out);
        if !gz.is_empty() {
            return (gz, true);
        }
    }
    (out, false)
}

/// One household → its assessment's JSON, exactly as `secu assess --json`
/// (compact instead of pretty).
fn assess_bytes(body: &[u8], p: Params, today: NaiveDate) -> Result<Vec<u8>, Problem> {
    // Decision 14, the core's precedence (`Options::evaluation_date`): the
    // query's as_of, the household's, today.
    let mut options = Options::default()
        .with_today(today)
        .with_lang(p.lang)
        .with_partial(p.partial);
    options.as_of = p.as_of;
    let refused = |e| Problem::input(e, p.lang);
    if p.partial {
        // `secu assess --partial`'s reading and assessment (contract §5).
        let intake = secu::intake::Intake::parse(body, &options).map_err(refused)?;
        let a = intake.assess(&options).map_err(refused)?;
        return Ok(serialized(&a, p.detail));
    }
    let h = secu::parse_household(body).map_err(refused)?;
    let a = secu::assess(&h, &options).map_err(refused)?;
    Ok(serialized(&a, p.detail))
}

/// The assessment's compact JSON at `detail`.
fn serialized(a: &secu::Assessment<'_>, detail: Detail) -> Vec<u8> {
    // Sized for a 4-member household's assessment (11 KB codes, 19–25 KB full).
    let mut out = Vec::with_capacity(match detail {
        Detail::Codes => 16 << 10,
        Detail::Full => 32 << 10,
    });
    // Serialising into a Vec cannot fail for these types. `json.rs`: the
    // bytes of serde_json, written faster.
    let _ = crate::json::to_writer(&mut out, &secu::codes::AtDetail::new(a, detail));
    out
}

/// Lines per unit of work of a batch stream.
const BATCH_CHUNK: usize = 64;
/// Chunks of records waiting for the client: the back-pressure bound.
const BATCH_BUFFERED: usize = 2;
/// Chunks of one batch being assessed at the same time, in input order:
/// every core works on the same stream (one chunk at a time left all but
/// one idle, 2.3× the time of `secu batch`), and the memory bound stays
/// `BATCH_IN_FLIGHT + BATCH_BUFFERED` chunks per stream.
fn batch_in_flight(app: &App) -> usize {
    app.args
        .max_concurrency
        .unwrap_or_else(|| std::thread::available_parallelism().map_or(2, usize::from))
        .max(1)
}

async fn batch(
    State(app): State<Arc<App>>,
    q: Result<Query<AssessQuery>, QueryRejection>,
    headers: HeaderMap,
    body: Body,
) -> Response {
    let p = match params(q) {
        // `secu batch` assesses complete households only.
        Ok(p) if p.partial => {
            return bad_query(vec![ProblemItem {
                path: "query.partial".into(),
                code: "partial_not_available".into(),
                message: "a batch assesses complete households; assess a partial one with POST /v1/assess?partial=true".into(),
            }])
            .into_response();
        }
        Ok(p) => p,
        Err(e) => return e.into_response(),
    };
    let limit = app.args.max_batch_bytes;
    let declared = headers
        .get(header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<u64>().ok());
    if declared.is_some_and(|n| n > limit) {
        return Problem::too_large(limit).into_response();
    }
    let Ok(stream_permit) = app.batches.clone().try_acquire_owned() else {
        app.metrics.shed.fetch_add(1, Ordering::Relaxed);
        return Problem::unavailable("at_capacity", "too many batches at once; retry later")
            .into_response();
    };
    let options = Arc::new(secu::batch::LineOptions {
        as_of: p.as_of,
        today: today(),
        lang: p.lang,
        policy: secu::Policy::default(),
        detail: p.detail,
        max_line_bytes: app.args.max_line_bytes,
    });
    let (tx, rx) = tokio::sync::mpsc::channel::<Result<Bytes, std::io::Error>>(BATCH_BUFFERED);
    let task_app = app.clone();
    tokio::spawn(async move {
        let _permit = stream_permit;
        let max_line = usize::try_from(options.max_line_bytes).unwrap_or(usize::MAX);
        let mut splitter = LineSplitter::new(max_line);
        let mut stream = body.into_data_stream();
        let mut lines = Vec::new();
        let mut next_line = 1u64;
        let mut total = 0u64;
        let mut ended = false;
        // A batch stream has no overall time limit, but an idle one (no
        // input, or a client not reading) ends after the request timeout:
        // a stalled client cannot hold a batch slot for ever.
        let idle = std::time::Duration::from_secs(task_app.args.timeout_secs.max(1));
        let depth = batch_in_flight(&task_app);
        // Chunks being assessed, oldest first: their output goes out in order.
        let mut pending = std::collections::VecDeque::with_capacity(depth);
        while !ended {
            let Ok(next) = tokio::time::timeout(idle, stream.next()).await else {
                let _ = tx.try_send(Err(std::io::Error::other("batch input idle")));
                return;
            };
            match next {
                Some(Ok(chunk)) => {
                    total += chunk.len() as u64;
                    if total > limit {
                        let _ = tx
                            .send(Err(std::io::Error::other("batch body over the limit")))
                            .await;
                        return;
                    }
                    splitter.feed(&chunk, &mut lines);
                }
                Some(Err(_)) => {
                    let _ = tx.send(Err(std::io::Error::other("unreadable body"))).await;
                    return;
                }
                None => {
                    ended = true;
                    std::mem::replace(&mut splitter, LineSplitter::new(0)).finish(&mut lines);
                }
            }
            while lines.len() >= BATCH_CHUNK || (ended && !lines.is_empty()) {
                let take = lines.len().min(BATCH_CHUNK);
                let work: Vec<Cut> = lines.drain(..take).collect();
                let first = next_line;
                next_line += work.len() as u64;
                let o = options.clone();
                let n = work.len() as u64;
                let chunk_app = task_app.clone();
                pending.push_back(tokio::spawn(async move {
                    let out = cpu(&chunk_app, move || {
                        // Sized for the records (4 members: 11 KB codes, 19–25 KB
                        // full): growing 256 KB by doubling copied more than
                        // the chunk's own 1.4 MB of output each time.
                        let per_line = match o.detail {
                            Detail::Codes => 12 << 10,
                            Detail::Full => 24 << 10,
                        };
                        let mut out = Vec::with_capacity(work.len() * per_line);
                        for (k, cut) in work.iter().enumerate() {
                            let line = match cut {
                                Cut::Text(t) => secu::batch::Line::Text(t),
                                Cut::TooLong => secu::batch::Line::TooLong,
                            };
                            secu::batch::jsonl_record_with(
                                &mut out,
                                first + k as u64,
                                line,
                                &o,
                                &mut crate::json::Writer,
                            );
                        }
                        out
                    })
                    .await;
                    (out, n)
                }));
                if pending.len() >= depth && !send_oldest(&task_app, &mut pending, &tx, idle).await
                {
                    return;
                }
            }
        }
        while !pending.is_empty() {
            if !send_oldest(&task_app, &mut pending, &tx, idle).await {
                return;
            }
        }
    });
    let stream = futures_util::stream::unfold(rx, |mut rx| async move {
        rx.recv().await.map(|item| (item, rx))
    });
    let mut r = (StatusCode::OK, Body::from_stream(stream)).into_response();
    r.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/x-ndjson"),
    );
    r
}

/// A batch chunk being assessed: its records, and its number of lines.
type ChunkTask = tokio::task::JoinHandle<(Result<Vec<u8>, Problem>, u64)>;

/// Waits for the oldest chunk of a batch and sends its records; waits while
/// the client does not read (back-pressure). False when the stream must end.
async fn send_oldest(
    app: &App,
    pending: &mut std::collections::VecDeque<ChunkTask>,
    tx: &tokio::sync::mpsc::Sender<Result<Bytes, std::io::Error>>,
    idle: std::time::Duration,
) -> bool {
    let Some(task) = pending.pop_front() else {
        return true;
    };
    let Ok((Ok(out), n)) = task.await else {
        return false;
    };
    app.metrics.households.fetch_add(n, Ordering::Relaxed);
    matches!(
        tokio::time::timeout(idle, tx.send(Ok(Bytes::from(out)))).await,
        Ok(Ok(()))
    )
}

async fn nir(State(app): State<Arc<App>>, headers: HeaderMap, body: Body) -> Response {
    let result = async {
        let body = read_body(&headers, body, app.args.max_body_bytes).await?;
        let number = nir_number(&body)?;
        let mut verdict = secu::id::nir::check(&number);
        // The verdict's one text in the request's language (`secu nir
        // check --json`'s English when none is asked for).
        let lang = crate::lang::current();
        if let Some(e) = verdict.error.as_mut().filter(|_| lang != Lang::En) {
            e.message = e.text.render_or(lang, &e.message);
        }
        Ok::<_, Problem>(serde_json::to_vec(&verdict).unwrap_or_default())
    };
    match result.await {
        Ok(out) => json(StatusCode::OK, out),
        Err(p) => p.into_response(),
    }
}

/// Decodes `{"number": "…"}`. The messages never quote the body (it holds a NIR).
pub fn nir_number(body: &[u8]) -> Result<String, Problem> {
    let invalid = |path: &str, code: &str, message: &str| {
        Problem::one(
            StatusCode::UNPROCESSABLE_ENTITY,
            "invalid request",
            path,
            code,
            message,
        )
    };
    let value: serde_json::Value = serde_json::from_slice(body).map_err(|_| {
        Problem::one(
            StatusCode::BAD_REQUEST,
            "malformed JSON",
            "",
            "malformed_json",
            "the body is not JSON",
        )
    })?;
    let serde_json::Value::Object(mut map) = value else {
        return Err(invalid(
            "",
            "invalid_type",
            "expected an object {\"number\": \"…\"}",
        ));
    };
    let number = map.remove("number");
    if !map.is_empty() {
        // The unknown name is not quoted: it may be the number itself.
        return Err(invalid(
            "",
            "unknown_field",
            "unknown field; expected only `number`",
        ));
    }
    match number {
        Some(serde_json::Value::String(s)) => Ok(s),
        None => Err(invalid("number", "missing_field", "missing field `number`")),
        Some(_) => Err(invalid("number", "invalid_type", "expected a string")),
    }
}

async fn schema(
    State(app): State<Arc<App>>,
    Path(which): Path<String>,
    q: Result<Query<AssessQuery>, QueryRejection>,
) -> Response {
    let detail = match params(q) {
        Ok(p) => p.detail,
        Err(e) => return e.into_response(),
    };
    match (which.as_str(), detail) {
        ("household", _) => json(StatusCode::OK, app.cache.household.clone()),
        ("assessment", Detail::Full) => json(StatusCode::OK, app.cache.assessment.clone()),
        ("assessment", Detail::Codes) => json(StatusCode::OK, app.cache.assessment_codes.clone()),
        _ => not_found().await,
    }
}

async fn rules(q: Result<Query<AssessQuery>, QueryRejection>) -> Response {
    let lang = match params(q) {
        Ok(p) => p.lang,
        Err(e) => return e.into_response(),
    };
    json(
        StatusCode::OK,
        serde_json::to_vec(&crate::openapi::catalogue(lang)).unwrap_or_default(),
    )
}

async fn openapi(State(app): State<Arc<App>>) -> Response {
    json(StatusCode::OK, app.cache.openapi.clone())
}

async fn healthz() -> Response {
    json(StatusCode::OK, &b"{\"status\":\"ok\"}"[..])
}

async fn metrics(State(app): State<Arc<App>>) -> Response {
    let mut r = (StatusCode::OK, app.metrics.render()).into_response();
    r.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("text/plain; version=0.0.4; charset=utf-8"),
    );
    r
}

async fn not_found() -> Response {
    Problem::one(
        StatusCode::NOT_FOUND,
        "not found",
        "",
        "not_found",
        "no such endpoint",
    )
    .into_response()
}

async fn method_not_allowed() -> Response {
    Problem::one(
        StatusCode::METHOD_NOT_ALLOWED,
        "method not allowed",
        "",
        "method_not_allowed",
        "method not allowed on this endpoint",
    )
    .into_response()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn inline_bounds() {
        // The 4-member household of `cargo xtask bench-serve` (76 values).
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples");
        let four = std::fs::read(root.join("talent_passport_family.json")).unwrap_or_default();
        assert!(!four.is_empty() && inline_size(&four));
        // Over the byte bound: blanks only.
        let mut big = four.clone();
        big.resize(INLINE_MAX_BYTES + 1, b' ');
        assert!(!inline_size(&big));
        // Few bytes, many values: `{}` members.
        let values = |n: usize| format!("{{\"members\":[{}]}}", vec!["{}"; n].join(","));
        assert!(inline_size(values(47).as_bytes()));
        assert!(!inline_size(values(48).as_bytes()));
    }
}
