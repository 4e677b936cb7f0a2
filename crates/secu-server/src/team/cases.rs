//! The team service's case endpoints (contract §7), served with
//! `secu serve --db URL`: open and list cases, status, history, record an
//! event, allowed events, export and import, calendar, redaction, employee
//! links, and the access log. Who may do what follows `docs/access.md`:
//! authentication first (401; 403 for a cookie request without its CSRF
//! header), then visibility (404 for a case the caller may not see, by the
//! same query as for a missing case), then the role (403). No rule lives
//! here: the status, the allowed events and the calendar come from
//! `secu_case`, and refusals are the case's.

use std::sync::Arc;
use std::time::Duration;

use axum::Router;
use axum::body::Bytes;
use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, Method, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::{delete, get, post};
use chrono::{NaiveDate, Utc};
use secu::Lang;
use secu::msg::Msg;
use secu::output::Actor;
use secu_case::Procedure;
use secu_case::event::Event;
use secu_case::machine::Phase;
use secu_case::status::{Deadline, DeadlineKind, PortfolioEntry, PortfolioLine};
use serde::{Deserialize, Serialize};
use serde_json::{Value, json};

use super::http::{
    Caller, bad_body, caller, caller_and_case, internal, json as json_response, listed, store,
};
use super::{PortfolioFilter, Role, Store, StoreError};
use crate::{App, Problem};

/// How long an employee link stays valid.
pub const LINK_TTL: Duration = Duration::from_secs(30 * 24 * 3600);

pub(crate) fn routes() -> Router<Arc<App>> {
    Router::new()
        .route(listed("/v1/cases"), post(open_case).get(list_cases))
        .route(listed("/v1/cases/import"), post(import))
        .route(listed("/v1/cases/{id}"), get(status))
        .route(listed("/v1/cases/{id}/events"), get(history).post(record))
        .route(listed("/v1/cases/{id}/allowed-events"), get(allowed))
        .route(listed("/v1/cases/{id}/export"), get(export))
        .route(listed("/v1/cases/{id}/calendar.ics"), get(calendar))
        .route(listed("/v1/cases/{id}/redact"), post(redact))
        .route(listed("/v1/cases/{id}/employee-link"), post(create_link))
        .route(listed("/v1/links/{id}"), delete(revoke_link))
        .route(listed("/v1/link/{secret}"), get(link_view))
        .route(listed("/v1/access-log"), get(access_log))
}

/// The language of statuses, portfolios and calendars: the request's
/// (`lang` or Accept-Language, `crate::lang`).
fn lang() -> Lang {
    crate::lang::current()
}

fn problem(status: StatusCode, path: &str, code: &str, message: &str) -> Response {
    let title = status.canonical_reason().unwrap_or("error").to_lowercase();
    Problem::one(status, &title, path, code, message).into_response()
}

fn forbidden(message: &str) -> Response {
    problem(StatusCode::FORBIDDEN, "", "forbidden", message)
}

fn no_case() -> Response {
    problem(StatusCode::NOT_FOUND, "id", "not_found", "no such case")
}

fn no_org() -> Response {
    problem(
        StatusCode::NOT_FOUND,
        "org",
        "not_found",
        "no such organisation",
    )
}

/// What an operation on a case needs of the caller, once they may see it.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Need {
    /// Status, history, calendar: everyone who sees the case, the
    /// employee's link included.
    Read,
    /// Allowed events, export: the firm and the client's HR.
    StaffRead,
    /// Record an event, issue an employee link: the firm.
    FirmWrite,
    /// Redaction: an administrator.
    Admin,
}

/// The firm (`None`: every case) or the organisation (`Some`) whose cases
/// the caller sees; `Err` for a caller who sees no case through an account
/// (an employee's account: their access is their link).
fn scope(who: &Caller) -> Result<Option<&str>, ()> {
    match who.user.role {
        Role::Admin | Role::Consultant => Ok(None),
        Role::ClientHr => who.user.org.as_deref().map(Some).ok_or(()),
        Role::Employee => Err(()),
    }
}

/// Authenticates, then finds the case as the caller may see it (404 when
/// they may not, exactly as when it does not exist), then checks the role.
async fn case_access<'a>(
    app: &'a App,
    method: &Method,
    headers: &HeaderMap,
    id: &str,
    need: Need,
) -> Result<(&'a Store, Caller), Response> {
    let store = store(app)?;
    let (who, case_org) = caller_and_case(store, method, headers, Some(id)).await?;
    let visible = if let Some(link) = &who.link {
        link.case_id == id
    } else {
        match (scope(&who), case_org) {
            // Read with a bearer token's account, whoever may see it: the
            // scope checked here as `Store::case_org` checks it. Another
            // organisation's case and a missing one take the same query.
            (Ok(scope), Some(org)) => org.is_some_and(|org| scope.is_none_or(|s| s == org)),
            // The one lookup of a client HR's case, for another
            // organisation's case and a missing one alike.
            (Ok(scope), None) => store
                .case_org(id, scope)
                .await
                .map_err(|e| internal(&e))?
                .is_some(),
            (Err(()), _) => false,
        }
    };
    if !visible {
        return Err(no_case());
    }
    let allowed = match (need, who.user.role) {
        (_, Role::Admin) => true,
        (Need::Read | Need::StaffRead | Need::FirmWrite, Role::Consultant) => true,
        (Need::Read | Need::StaffRead, Role::ClientHr) => true,
        (Need::Read, Role::Employee) => who.link.is_some(),
        _ => false,
    };
    if allowed {
        Ok((store, who))
    } else {
        Err(forbidden(match need {
            Need::Admin => "only an administrator may erase a case's personal data",
            Need::FirmWrite => "only the firm's staff record events and issue links",
            Need::StaffRead | Need::Read => {
                "an employee's link reads the status, history and calendar only"
            }
        }))
    }
}

/// A store error for a case: 404 when it vanished, 422 for a refusal,
/// 500 (logged) for a broken chain or the database.
fn case_failure(e: &StoreError) -> Response {
    match e.code {
        "not_found" if e.path == "case" => no_case(),
        "refused" | "not_found" | "invalid_input" => problem(
            StatusCode::UNPROCESSABLE_ENTITY,
            &e.path,
            e.code,
            &e.message,
        ),
        _ => internal(e),
    }
}

fn as_of_param(q: &CaseQuery) -> Result<NaiveDate, Response> {
    match q.as_of.as_deref() {
        None | Some("") => Ok(Utc::now().date_naive()),
        Some(s) => NaiveDate::parse_from_str(s, "%Y-%m-%d").map_err(|_| {
            problem(
                StatusCode::UNPROCESSABLE_ENTITY,
                "as_of",
                "invalid_date",
                "expected a date YYYY-MM-DD",
            )
        }),
    }
}

fn replay(case: &secu_case::case::Case) -> Result<Procedure, Response> {
    let failed = |e: &secu_case::case::CaseError| {
        tracing::error!(
            "team case does not replay: {}",
            e.to_string().replace('\n', "; ")
        );
        problem(
            StatusCode::INTERNAL_SERVER_ERROR,
            "",
            "internal",
            "the case does not replay; see the server's log",
        )
    };
    let policy = case.policy().map_err(|e| failed(&e))?;
    case.replay(&policy).map_err(|e| failed(&e))
}

#[derive(Deserialize, Default)]
struct CaseQuery {
    as_of: Option<String>,
    member: Option<String>,
    filter: Option<String>,
    org: Option<String>,
}

fn query(
    q: Result<Query<CaseQuery>, axum::extract::rejection::QueryRejection>,
) -> Result<CaseQuery, Response> {
    q.map(|Query(q)| q).map_err(|_| {
        problem(
            StatusCode::BAD_REQUEST,
            "",
            "malformed_query",
            "unknown or repeated query parameter",
        )
    })
}

// -- open, list ---------------------------------------------------------------

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct OpenRequest {
    org: String,
    household: Value,
    #[serde(default)]
    opened_on: Option<NaiveDate>,
}

async fn open_case(
    State(app): State<Arc<App>>,
    method: Method,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let store = match store(&app) {
        Ok(s) => s,
        Err(r) => return r,
    };
    let who = match caller(store, &method, &headers).await {
        Ok(c) => c,
        Err(r) => return r,
    };
    let Ok(scope) = scope(&who) else {
        return forbidden("an employee reads their own case only");
    };
    if who.link.is_some() {
        return forbidden("an employee reads their own case only");
    }
    let req: OpenRequest = match serde_json::from_slice(&body) {
        Ok(r) => r,
        Err(e) => return bad_body(&e, "{org, household, opened_on?}"),
    };
    // A client HR user opens cases of their organisation; any other is
    // unknown to them.
    if scope.is_some_and(|o| o != req.org) {
        return no_org();
    }
    let household = match secu::parse_household(req.household.to_string().as_bytes()) {
        Ok(h) => h,
        Err(errors) => {
            let mut p = Problem::input(errors, lang());
            for e in &mut p.errors {
                e.path = if e.path.is_empty() {
                    "household".into()
                } else {
                    format!("household.{}", e.path)
                };
            }
            return p.into_response();
        }
    };
    match store
        .open_case(&req.org, household, req.opened_on, Utc::now())
        .await
    {
        Ok(id) => match store.load(&id).await {
            Ok(c) => json_response(
                StatusCode::CREATED,
                &json!({
                    "id": id,
                    "org": req.org,
                    "opened_on": c.case.opened_on(),
                    "head": c.case.head().to_string(),
                    "members": c.case.member_ids(),
                }),
            ),
            Err(e) => internal(&e),
        },
        Err(e) if e.code == "not_found" => no_org(),
        // The case's refusals are about the household: their paths are in it.
        Err(mut e) if e.code == "refused" => {
            e.path = if e.path.is_empty() {
                "household".into()
            } else {
                format!("household.{}", e.path)
            };
            case_failure(&e)
        }
        Err(e) => case_failure(&e),
    }
}

async fn list_cases(
    State(app): State<Arc<App>>,
    method: Method,
    headers: HeaderMap,
    q: Result<Query<CaseQuery>, axum::extract::rejection::QueryRejection>,
) -> Response {
    let store = match store(&app) {
        Ok(s) => s,
        Err(r) => return r,
    };
    let who = match caller(store, &method, &headers).await {
        Ok(c) => c,
        Err(r) => return r,
    };
    let scope = match scope(&who) {
        Ok(s) if who.link.is_none() => s,
        _ => return forbidden("an employee reads their own case only"),
    };
    let q = match query(q) {
        Ok(q) => q,
        Err(r) => return r,
    };
    let as_of = match as_of_param(&q) {
        Ok(d) => d,
        Err(r) => return r,
    };
    let filter = q.filter.as_deref().unwrap_or("all");
    if !["all", "blocked", "overdue", "upcoming"].contains(&filter) {
        return problem(
            StatusCode::UNPROCESSABLE_ENTITY,
            "filter",
            "invalid_filter",
            "expected all, blocked, overdue or upcoming",
        );
    }
    // One row per case: the summary kept at write time (the same lines as
    // `secu case list --json`, computed by `secu_case`), a case replayed
    // only when its summary does not hold on `as_of`; with a filter, the
    // summaries whose flag is unset are left out unopened.
    let only = match filter {
        "blocked" => Some(PortfolioFilter::Blocked),
        "overdue" => Some(PortfolioFilter::Overdue),
        "upcoming" => Some(PortfolioFilter::Upcoming),
        _ => None,
    };
    // Each case's members as the body writes them in this language, taken
    // from the server's cache when the summary just read is exactly the one
    // they were written from (`listing.rs`).
    let lang = lang();
    store.a_request_lists();
    let listed = match store
        .portfolio_views(scope, q.org.as_deref(), as_of, only, lang, members_in(lang))
        .await
    {
        Ok(s) => s,
        Err(e) => return internal(&e),
    };
    let mut cases = Vec::new();
    let mut problems = Vec::new();
    for (id, org, view) in &listed {
        let view = match view {
            Ok(v) => v,
            Err(code) => {
                // As `secu case list`: a case that fails verification is
                // named, the others are listed.
                problems.push(ProblemOut { code, id });
                continue;
            }
        };
        let keep = match only {
            Some(PortfolioFilter::Blocked) => view.blocked,
            Some(PortfolioFilter::Overdue) => view.overdue,
            Some(PortfolioFilter::Upcoming) => view.upcoming,
            None => true,
        };
        if !keep {
            continue;
        }
        match &view.members {
            Some(members) => cases.push((id.as_str(), org.as_str(), &**members)),
            None => problems.push(ProblemOut {
                code: "replay_failed",
                id,
            }),
        }
    }
    // The reads are logged first, in one row: a portfolio is shown only
    // once its reads (every case it names) are on record.
    let ids: Vec<String> = cases
        .iter()
        .map(|(id, _, _)| (*id).to_owned())
        .chain(problems.iter().map(|p| p.id.to_owned()))
        .collect();
    if let Err(e) = store
        .record_reads(&who.actor, &ids, "portfolio", Utc::now())
        .await
    {
        return internal(&e);
    }
    portfolio_response(as_of, &cases, &problems)
}

/// How a portfolio entry's members are written in `lang`: the listing's
/// and the warm-up's, one function so that they cannot differ.
fn members_in(lang: Lang) -> impl Fn(&PortfolioEntry) -> Option<Vec<u8>> + Send + Sync + 'static {
    move |e| e.lines(lang).map(|l| members_json(&l))
}

/// Fills this server's listing cache before anyone asks (issue 16: the
/// first `GET /v1/cases` after a start opened every summary): the whole
/// portfolio as an administrator's listing reads it today, written in the
/// language of a request that names none, then `filter=blocked`'s (the
/// sealed last days the filters open). Nothing is shown to anyone, so no
/// read is recorded; nothing leaves the process (the cache's entries
/// serve only the exact sealed bytes they came from, so a warm-up never
/// serves anything stale, whoever writes meanwhile). A listing that
/// arrives meanwhile stops it (`Store::warm_up_with`: the two would
/// compete for the same cores), waits for the summaries a batch of the
/// warm-up is still opening instead of opening them again
/// (`listing::Opener`), and opens the others itself. The number of cases
/// listed; `None` when it gave way to a request.
///
/// # Errors
/// Those of the listing (`database`).
pub(crate) async fn warm_up(store: &Store) -> Result<Option<usize>, StoreError> {
    let lang = Lang::default();
    let as_of = Utc::now().date_naive();
    let work = async {
        let listed = store
            .portfolio_views(None, None, as_of, None, lang, members_in(lang))
            .await?;
        store
            .portfolio_views(
                None,
                None,
                as_of,
                Some(PortfolioFilter::Blocked),
                lang,
                members_in(lang),
            )
            .await?;
        Ok(listed.len())
    };
    store.warm_up_with(work).await.transpose()
}

/// A case the portfolio cannot show, and why (`{code, id}`).
#[derive(Serialize)]
struct ProblemOut<'a> {
    code: &'a str,
    id: &'a str,
}

/// The members of a portfolio entry as its body writes them: the JSON of
/// `lines` as the `serde_json::Value` tree the handler built before (issue
/// 16: 10,000 cases) would print it. A `Value`'s object keys are sorted, so
/// every struct here lists its fields in that order (a test compares both
/// on every example).
fn members_json(lines: &[PortfolioLine]) -> Vec<u8> {
    #[derive(Serialize)]
    struct LineOut<'a> {
        blocked: bool,
        id: &'a str,
        label: Option<&'a str>,
        overdue: Vec<DeadlineOut>,
        phase: Phase,
        upcoming: Vec<DeadlineOut>,
        waiting_on: Option<Actor>,
    }
    #[derive(Serialize)]
    struct DeadlineOut {
        date: NaiveDate,
        estimated: bool,
        kind: DeadlineKind,
        label: Msg,
        overdue: bool,
    }
    // Destructured field by field: a field added to either type stops the
    // build here instead of vanishing from the response.
    fn deadline(d: &Deadline) -> DeadlineOut {
        let Deadline {
            kind,
            date,
            overdue,
            estimated,
            label,
        } = *d;
        DeadlineOut {
            date,
            estimated,
            kind,
            label,
            overdue,
        }
    }
    fn line(l: &PortfolioLine) -> LineOut<'_> {
        let PortfolioLine {
            id,
            label,
            phase,
            blocked,
            overdue,
            waiting_on,
            upcoming,
        } = l;
        LineOut {
            blocked: *blocked,
            id,
            label: label.as_deref(),
            overdue: overdue.iter().map(deadline).collect(),
            phase: *phase,
            upcoming: upcoming.iter().map(deadline).collect(),
            waiting_on: *waiting_on,
        }
    }
    let lines: Vec<LineOut<'_>> = lines.iter().map(line).collect();
    let mut out = Vec::with_capacity(256 * lines.len());
    // Serialising these plain fields into a Vec cannot fail.
    let _ = crate::json::to_writer(&mut out, &lines);
    out
}

/// The portfolio's body `{as_of, cases: [{id, members, org}], problems}`,
/// each case's members already written ([`members_json`]): the bytes of
/// the `serde_json::Value` tree it replaces (keys sorted).
fn portfolio_body(
    as_of: NaiveDate,
    cases: &[(&str, &str, &[u8])],
    problems: &[ProblemOut<'_>],
) -> Vec<u8> {
    let size: usize = cases
        .iter()
        .map(|(id, org, m)| 32 + id.len() + org.len() + m.len())
        .sum();
    let mut out = Vec::with_capacity(64 + size + 64 * problems.len());
    // Serialising strings, a date and these plain fields into a Vec cannot
    // fail.
    out.extend_from_slice(b"{\"as_of\":");
    let _ = crate::json::to_writer(&mut out, &as_of);
    out.extend_from_slice(b",\"cases\":[");
    for (i, (id, org, members)) in cases.iter().enumerate() {
        if i > 0 {
            out.push(b',');
        }
        out.extend_from_slice(b"{\"id\":");
        let _ = crate::json::to_writer(&mut out, id);
        out.extend_from_slice(b",\"members\":");
        out.extend_from_slice(members);
        out.extend_from_slice(b",\"org\":");
        let _ = crate::json::to_writer(&mut out, org);
        out.push(b'}');
    }
    out.extend_from_slice(b"],\"problems\":");
    let _ = crate::json::to_writer(&mut out, problems);
    out.push(b'}');
    out
}

fn portfolio_response(
    as_of: NaiveDate,
    cases: &[(&str, &str, &[u8])],
    problems: &[ProblemOut<'_>],
) -> Response {
    (
        StatusCode::OK,
        [(header::CONTENT_TYPE, "application/json")],
        portfolio_body(as_of, cases, problems),
    )
        .into_response()
}

// -- one case -----------------------------------------------------------------

async fn status(
    State(app): State<Arc<App>>,
    method: Method,
    headers: HeaderMap,
    Path(id): Path<String>,
    q: Result<Query<CaseQuery>, axum::extract::rejection::QueryRejection>,
) -> Response {
    let (store, who) = match case_access(&app, &method, &headers, &id, Need::Read).await {
        Ok(x) => x,
        Err(r) => return r,
    };
    let as_of = match query(q).and_then(|q| as_of_param(&q)) {
        Ok(d) => d,
        Err(r) => return r,
    };
    let stored = match store.read(&id, &who.actor, "status", Utc::now()).await {
        Ok(s) => s,
        Err(e) => return case_failure(&e),
    };
    match replay(&stored.case) {
        Ok(p) => match serde_json::to_value(p.status(as_of, lang())) {
            Ok(v) => json_response(StatusCode::OK, &v),
            Err(_) => problem(StatusCode::INTERNAL_SERVER_ERROR, "", "internal", "status"),
        },
        Err(r) => r,
    }
}

async fn history(
    State(app): State<Arc<App>>,
    method: Method,
    headers: HeaderMap,
    Path(id): Path<String>,
) -> Response {
    let (store, who) = match case_access(&app, &method, &headers, &id, Need::Read).await {
        Ok(x) => x,
        Err(r) => return r,
    };
    let stored = match store.read(&id, &who.actor, "history", Utc::now()).await {
        Ok(s) => s,
        Err(e) => return case_failure(&e),
    };
    let mut events = serde_json::to_value(stored.case.history()).unwrap_or(Value::Null);
    // As `secu case history --json`: the numbers masked (the export has them).
    secu_case::report::mask_numbers(&mut events);
    json_response(StatusCode::OK, &json!({ "events": events }))
}

async fn record(
    State(app): State<Arc<App>>,
    method: Method,
    headers: HeaderMap,
    Path(id): Path<String>,
    body: Bytes,
) -> Response {
    let (store, who) = match case_access(&app, &method, &headers, &id, Need::FirmWrite).await {
        Ok(x) => x,
        Err(r) => return r,
    };
    let mut v: Value = match serde_json::from_slice(&body) {
        Ok(v) => v,
        Err(e) => return bad_body(&e, "{member, event, date, …}"),
    };
    let Some(m) = v.as_object_mut() else {
        return problem(
            StatusCode::UNPROCESSABLE_ENTITY,
            "",
            "invalid_event",
            "expected an object {member, event, date, …}",
        );
    };
    let member = match m.remove("member") {
        Some(Value::String(s)) => s,
        _ => {
            return problem(
                StatusCode::UNPROCESSABLE_ENTITY,
                "member",
                "invalid_member",
                "expected the member's id (a string)",
            );
        }
    };
    let date = match m.remove("date") {
        Some(Value::String(s)) => match NaiveDate::parse_from_str(&s, "%Y-%m-%d") {
            Ok(d) => d,
            Err(_) => {
                return problem(
                    StatusCode::UNPROCESSABLE_ENTITY,
                    "date",
                    "invalid_date",
                    "expected a date YYYY-MM-DD",
                );
            }
        },
        _ => {
            return problem(
                StatusCode::UNPROCESSABLE_ENTITY,
                "date",
                "invalid_date",
                "expected a date YYYY-MM-DD",
            );
        }
    };
    let event = match Event::from_json(v) {
        Ok(e) => e,
        Err(e) => {
            return problem(
                StatusCode::UNPROCESSABLE_ENTITY,
                "event",
                "invalid_event",
                &e.message,
            );
        }
    };
    match store
        .append(&id, &who.actor, &member, date, event, Utc::now())
        .await
    {
        Ok(entry) => json_response(
            StatusCode::CREATED,
            &serde_json::to_value(&entry).unwrap_or(Value::Null),
        ),
        Err(e) if e.code == "refused" => refusal(store, &id, &member, date, &e).await,
        Err(e) => case_failure(&e),
    }
}

/// A refused event: 409 with the case's reason and the events allowed now
/// (422 when the member is not in the case).
async fn refusal(
    store: &Store,
    id: &str,
    member: &str,
    date: NaiveDate,
    e: &StoreError,
) -> Response {
    let stored = match store.load(id).await {
        Ok(s) => s,
        Err(e) => return case_failure(&e),
    };
    if !stored.case.member_ids().iter().any(|m| m == member) {
        return problem(
            StatusCode::UNPROCESSABLE_ENTITY,
            "member",
            "unknown_member",
            "no such member in the case",
        );
    }
    let allowed: Vec<&str> = match replay(&stored.case) {
        Ok(p) => p
            .allowed_events(member, date)
            .iter()
            .map(|k| k.code())
            .collect(),
        Err(r) => return r,
    };
    let mut p = Problem::one(
        StatusCode::CONFLICT,
        "event refused",
        if e.path.is_empty() { "event" } else { &e.path },
        "event_refused",
        &e.message,
    );
    crate::lang::localise(&mut p, lang());
    let mut v = serde_json::to_value(&p).unwrap_or(Value::Null);
    if let Value::Object(o) = &mut v {
        o.insert("member".into(), json!(member));
        o.insert("allowed".into(), json!(allowed));
    }
    let mut r = json_response(StatusCode::CONFLICT, &v);
    r.headers_mut().insert(
        header::CONTENT_TYPE,
        header::HeaderValue::from_static("application/problem+json"),
    );
    r
}

async fn allowed(
    State(app): State<Arc<App>>,
    method: Method,
    headers: HeaderMap,
    Path(id): Path<String>,
    q: Result<Query<CaseQuery>, axum::extract::rejection::QueryRejection>,
) -> Response {
    let (store, who) = match case_access(&app, &method, &headers, &id, Need::StaffRead).await {
        Ok(x) => x,
        Err(r) => return r,
    };
    let q = match query(q) {
        Ok(q) => q,
        Err(r) => return r,
    };
    let as_of = match as_of_param(&q) {
        Ok(d) => d,
        Err(r) => return r,
    };
    let stored = match store
        .read(&id, &who.actor, "allowed_events", Utc::now())
        .await
    {
        Ok(s) => s,
        Err(e) => return case_failure(&e),
    };
    let member = q.member.unwrap_or_default();
    if !stored.case.member_ids().contains(&member) {
        return problem(
            StatusCode::UNPROCESSABLE_ENTITY,
            "member",
            "unknown_member",
            "no such member in the case (?member=ID)",
        );
    }
    match replay(&stored.case) {
        Ok(p) => {
            let events: Vec<&str> = p
                .allowed_events(&member, as_of)
                .iter()
                .map(|k| k.code())
                .collect();
            json_response(
                StatusCode::OK,
                &json!({ "member": member, "as_of": as_of, "events": events }),
            )
        }
        Err(r) => r,
    }
}

async fn export(
    State(app): State<Arc<App>>,
    method: Method,
    headers: HeaderMap,
    Path(id): Path<String>,
) -> Response {
    let (store, who) = match case_access(&app, &method, &headers, &id, Need::StaffRead).await {
        Ok(x) => x,
        Err(r) => return r,
    };
    match store.export(&id, &who.actor, Utc::now()).await {
        Ok(file) => (
            StatusCode::OK,
            [
                (header::CONTENT_TYPE, "application/json".to_owned()),
                (
                    header::CONTENT_DISPOSITION,
                    format!("attachment; filename=\"{id}.json\""),
                ),
            ],
            file,
        )
            .into_response(),
        Err(e) => case_failure(&e),
    }
}

async fn import(
    State(app): State<Arc<App>>,
    method: Method,
    headers: HeaderMap,
    q: Result<Query<CaseQuery>, axum::extract::rejection::QueryRejection>,
    body: Bytes,
) -> Response {
    let store = match store(&app) {
        Ok(s) => s,
        Err(r) => return r,
    };
    let who = match caller(store, &method, &headers).await {
        Ok(c) => c,
        Err(r) => return r,
    };
    if who.link.is_some() || !matches!(who.user.role, Role::Admin | Role::Consultant) {
        return forbidden("only the firm's staff import case files");
    }
    let org = match query(q) {
        Ok(q) => q.org.unwrap_or_default(),
        Err(r) => return r,
    };
    match store.import(&org, &body).await {
        Ok(id) => json_response(StatusCode::CREATED, &json!({ "id": id, "org": org })),
        Err(e) if e.code == "not_found" => no_org(),
        Err(e) => case_failure(&e),
    }
}

async fn calendar(
    State(app): State<Arc<App>>,
    method: Method,
    headers: HeaderMap,
    Path(id): Path<String>,
    q: Result<Query<CaseQuery>, axum::extract::rejection::QueryRejection>,
) -> Response {
    let (store, who) = match case_access(&app, &method, &headers, &id, Need::Read).await {
        Ok(x) => x,
        Err(r) => return r,
    };
    let as_of = match query(q).and_then(|q| as_of_param(&q)) {
        Ok(d) => d,
        Err(r) => return r,
    };
    let stored = match store.read(&id, &who.actor, "calendar", Utc::now()).await {
        Ok(s) => s,
        Err(e) => return case_failure(&e),
    };
    let p = match replay(&stored.case) {
        Ok(p) => p,
        Err(r) => return r,
    };
    // The same events as `secu case calendar`.
    let mut cal = secu_case::ical::calendar_in(lang());
    secu_case::ical::push_events(&mut cal, &p, &id, as_of, lang());
    (
        StatusCode::OK,
        [(header::CONTENT_TYPE, "text/calendar; charset=utf-8")],
        cal.done().to_string(),
    )
        .into_response()
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct MemberRequest {
    member: String,
}

async fn redact(
    State(app): State<Arc<App>>,
    method: Method,
    headers: HeaderMap,
    Path(id): Path<String>,
    body: Bytes,
) -> Response {
    let (store, _) = match case_access(&app, &method, &headers, &id, Need::Admin).await {
        Ok(x) => x,
        Err(r) => return r,
    };
    let req: MemberRequest = match serde_json::from_slice(&body) {
        Ok(r) => r,
        Err(e) => return bad_body(&e, "{member}"),
    };
    match store.redact(&id, &req.member).await {
        Ok(()) => json_response(StatusCode::OK, &json!({ "id": id, "redacted": req.member })),
        Err(e) => case_failure(&e),
    }
}

async fn create_link(
    State(app): State<Arc<App>>,
    method: Method,
    headers: HeaderMap,
    Path(id): Path<String>,
    body: Bytes,
) -> Response {
    let (store, who) = match case_access(&app, &method, &headers, &id, Need::FirmWrite).await {
        Ok(x) => x,
        Err(r) => return r,
    };
    let req: MemberRequest = match serde_json::from_slice(&body) {
        Ok(r) => r,
        Err(e) => return bad_body(&e, "{member}"),
    };
    let now = Utc::now();
    match store
        .create_link(&id, &req.member, &who.actor, now, LINK_TTL)
        .await
    {
        Ok(link) => {
            let expires =
                now + chrono::Duration::seconds(i64::try_from(LINK_TTL.as_secs()).unwrap_or(0));
            json_response(
                StatusCode::CREATED,
                &json!({
                    "id": link.id,
                    "url": format!("/v1/link/{}", link.secret),
                    "expires_at": expires.to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
                }),
            )
        }
        Err(e) => case_failure(&e),
    }
}

async fn revoke_link(
    State(app): State<Arc<App>>,
    method: Method,
    headers: HeaderMap,
    Path(link): Path<String>,
) -> Response {
    let store = match store(&app) {
        Ok(s) => s,
        Err(r) => return r,
    };
    let who = match caller(store, &method, &headers).await {
        Ok(c) => c,
        Err(r) => return r,
    };
    if who.link.is_some() || !matches!(who.user.role, Role::Admin | Role::Consultant) {
        return forbidden("only the firm's staff revoke employee links");
    }
    match store.revoke_link(&link, Utc::now()).await {
        Ok(true) => StatusCode::NO_CONTENT.into_response(),
        Ok(false) => problem(
            StatusCode::NOT_FOUND,
            "id",
            "not_found",
            "no such live link",
        ),
        Err(e) => internal(&e),
    }
}

/// The employee's read-only view through their link: their own checklist
/// (the status of their member only), the read logged under the link's id.
async fn link_view(State(app): State<Arc<App>>, Path(secret): Path<String>) -> Response {
    let store = match store(&app) {
        Ok(s) => s,
        Err(r) => return r,
    };
    let now = Utc::now();
    let (link, target) = match store.link(&secret, now).await {
        Ok(Some(x)) => x,
        Ok(None) => {
            return problem(
                StatusCode::NOT_FOUND,
                "",
                "not_found",
                "this link is unknown, expired or revoked",
            );
        }
        Err(e) => return internal(&e),
    };
    let stored = match store.read(&target.case_id, &link, "link_view", now).await {
        Ok(s) => s,
        Err(e) => return case_failure(&e),
    };
    let p = match replay(&stored.case) {
        Ok(p) => p,
        Err(r) => return r,
    };
    let status = p.status(now.date_naive(), lang());
    let mine = status.members.iter().find(|m| m.id == target.member);
    json_response(
        StatusCode::OK,
        &json!({ "as_of": status.as_of, "member": mine }),
    )
}

async fn access_log(State(app): State<Arc<App>>, method: Method, headers: HeaderMap) -> Response {
    let store = match store(&app) {
        Ok(s) => s,
        Err(r) => return r,
    };
    match caller(store, &method, &headers).await {
        Ok(c) if c.user.role == Role::Admin && c.link.is_none() => {}
        Ok(_) => return forbidden("only an administrator exports the access log"),
        Err(r) => return r,
    }
    match store.access_log().await {
        Ok(records) => json_response(StatusCode::OK, &json!({ "records": records })),
        Err(e) => internal(&e),
    }
}

/// The case endpoints' part of the OpenAPI document (`paths`).
pub(crate) fn openapi_paths(problem: &Value) -> Value {
    let p = |what: &str| json!({ "description": what, "content": { "application/problem+json": { "schema": problem.clone() } } });
    let any = json!({ "type": "object" });
    let ok = |what: &str, media: &str, schema: Value| json!({ "description": what, "content": { media: { "schema": schema } } });
    let body = |props: Value, required: &[&str]| {
        json!({ "required": true, "content": { "application/json": { "schema": {
            "type": "object", "required": required, "properties": props
        } } } })
    };
    let id = json!({ "name": "id", "in": "path", "required": true, "schema": { "type": "string" }, "description": "The case's id (opaque)" });
    let as_of = json!({ "name": "as_of", "in": "query", "required": false, "schema": { "type": "string", "format": "date" }, "description": "The day to look from (default: today)" });
    let team = "Only with `secu serve --db URL` (404 otherwise). Who may call it: docs/access.md.";
    let security = json!([{ "session": [] }, { "teamToken": [] }]);
    let read_security = json!([{ "session": [] }, { "teamToken": [] }, { "employeeLink": [] }]);
    let common = |extra: Value| {
        let mut m = json!({
            "401": p("not signed in (or an expired session, a revoked token or link)"),
            "403": p("the caller's role may not do this, or a cookie request without X-CSRF-Token"),
            "404": p("no such case, or one the caller may not see (the same answer), or no team service"),
        });
        if let (Value::Object(m), Value::Object(e)) = (&mut m, extra) {
            m.extend(e);
        }
        m
    };
    let op = |operation: &str, summary: &str, sec: &Value, params: Value, responses: Value| {
        json!({ "operationId": operation, "x-secu-team": true, "summary": summary, "description": team,
                "security": sec.clone(), "parameters": params, "responses": responses })
    };
    let with_body = |mut o: Value, b: Value| {
        if let Value::Object(m) = &mut o {
            m.insert("requestBody".into(), b);
        }
        o
    };
    json!({
        "/v1/cases": {
            "post": with_body(op("openCase", "Open a case for a household in an organisation (client HR: their own only)", &security, json!([]), common(json!({
                "201": ok("The case", "application/json", json!({ "type": "object", "required": ["id", "org", "opened_on", "head", "members"], "properties": {
                    "id": {"type": "string"}, "org": {"type": "string"}, "opened_on": {"type": "string", "format": "date"}, "head": {"type": "string"}, "members": {"type": "array", "items": {"type": "string"}} } })),
                "400": p("malformed JSON"), "422": p("an invalid household (paths under `household`)"),
            }))), body(json!({ "org": {"type": "string"}, "household": { "$ref": "#/components/schemas/Household" }, "opened_on": {"type": "string", "format": "date"} }), &["org", "household"])),
            "get": op("listCases", "The portfolio: each case with its organisation and the members of a `secu case list --json` entry, limited to what the caller may see (every read logged)", &security, json!([
                as_of,
                { "name": "filter", "in": "query", "required": false, "schema": { "type": "string", "enum": ["all", "blocked", "overdue", "upcoming"] }, "description": "Cases with a member blocked, overdue, or with a deadline or milestone in the next 90 days" },
                { "name": "org", "in": "query", "required": false, "schema": { "type": "string" }, "description": "One organisation's cases" },
            ]), common(json!({
                "200": ok("The portfolio", "application/json", json!({ "type": "object", "required": ["as_of", "cases", "problems"], "properties": {
                    "as_of": {"type": "string", "format": "date"},
                    "cases": { "type": "array", "items": { "type": "object", "required": ["id", "org", "members"], "properties": { "id": {"type": "string"}, "org": {"type": "string"}, "members": { "type": "array", "items": any.clone() } } } },
                    "problems": { "type": "array", "items": any.clone() } } })),
                "422": p("an invalid filter or date"),
            }))),
        },
        "/v1/cases/import": { "post": with_body(op("importCase", "Import a case file (verified as `secu case` does) into an organisation", &security,
            json!([{ "name": "org", "in": "query", "required": true, "schema": { "type": "string" } }]),
            common(json!({ "201": ok("The new case", "application/json", json!({ "type": "object", "properties": { "id": {"type": "string"}, "org": {"type": "string"} } })), "422": p("not a valid case file") }))),
            json!({ "required": true, "content": { "application/json": { "schema": any.clone() } } })) },
        "/v1/cases/{id}": { "get": op("caseStatus", "The status (`secu case status --json`)", &read_security, json!([id.clone(), as_of.clone()]),
            common(json!({ "200": ok("The status", "application/json", any.clone()), "422": p("an invalid date") }))) },
        "/v1/cases/{id}/events": {
            "get": op("caseHistory", "The history (numbers masked, as `secu case history --json`)", &read_security, json!([id.clone()]),
                common(json!({ "200": ok("The entries", "application/json", json!({ "type": "object", "properties": { "events": { "type": "array", "items": any.clone() } } })) }))),
            "post": with_body(op("recordEvent", "Record an event, `recorded_by` the caller's account or token", &security, json!([id.clone()]), common(json!({
                "201": ok("The entry", "application/json", any.clone()),
                "400": p("malformed JSON"),
                "409": p("refused by the procedure: the reason, and `member` and `allowed` (the events allowed now)"),
                "422": p("an unknown member, an invalid event or date"),
            }))), body(json!({ "member": {"type": "string"}, "date": {"type": "string", "format": "date"}, "event": {"type": "string"} }), &["member", "date", "event"])),
        },
        "/v1/cases/{id}/allowed-events": { "get": op("allowedEvents", "The events allowed now for a member", &security,
            json!([id.clone(), as_of.clone(), { "name": "member", "in": "query", "required": true, "schema": { "type": "string" } }]),
            common(json!({ "200": ok("The events", "application/json", json!({ "type": "object", "required": ["member", "events"], "properties": { "member": {"type": "string"}, "as_of": {"type": "string", "format": "date"}, "events": { "type": "array", "items": {"type": "string"} } } })), "422": p("an unknown member or an invalid date") }))) },
        "/v1/cases/{id}/export": { "get": op("exportCase", "The case file, byte-compatible with `secu case`", &security, json!([id.clone()]),
            common(json!({ "200": ok("The case file", "application/json", any.clone()) }))) },
        "/v1/cases/{id}/calendar.ics": { "get": op("caseCalendar", "Deadlines and milestones as iCalendar (as `secu case calendar`)", &read_security, json!([id.clone(), as_of]),
            common(json!({ "200": ok("iCalendar", "text/calendar", json!({"type": "string"})) }))) },
        "/v1/cases/{id}/redact": { "post": with_body(op("redactMember", "GDPR erasure of a member's personal data (the chain stays verifiable)", &security, json!([id.clone()]),
            common(json!({ "200": ok("Erased", "application/json", any.clone()), "400": p("malformed JSON"), "422": p("an unknown member, or an erasure that would break the case") }))),
            body(json!({ "member": {"type": "string"} }), &["member"])) },
        "/v1/cases/{id}/employee-link": { "post": with_body(op("createEmployeeLink", "A personal read-only link for an employee (30 days; the secret stored hashed, shown once)", &security, json!([id]),
            common(json!({ "201": ok("The link", "application/json", json!({ "type": "object", "required": ["id", "url", "expires_at"], "properties": { "id": {"type": "string"}, "url": {"type": "string"}, "expires_at": {"type": "string", "format": "date-time"} } })), "400": p("malformed JSON"), "422": p("an unknown member") }))),
            body(json!({ "member": {"type": "string"} }), &["member"])) },
        "/v1/links/{id}": { "delete": op("revokeEmployeeLink", "Revoke an employee link", &security,
            json!([{ "name": "id", "in": "path", "required": true, "schema": { "type": "string" } }]),
            common(json!({ "204": { "description": "Revoked" } }))) },
        "/v1/link/{secret}": { "get": op("employeeLinkView", "The employee's read-only view: their member's checklist (the link is the credential)", &json!([]),
            json!([{ "name": "secret", "in": "path", "required": true, "schema": { "type": "string" } }]),
            json!({ "200": ok("The member's status", "application/json", any.clone()), "404": p("an unknown, expired or revoked link") })) },
        "/v1/access-log": { "get": op("accessLog", "Every read of a case: who, when, which case, how (admin)", &security, json!([]),
            json!({ "200": ok("The log, oldest first", "application/json", json!({ "type": "object", "properties": { "records": { "type": "array", "items": { "type": "object", "properties": {
                "at": {"type": "string", "format": "date-time"}, "actor": {"type": "string"}, "case_id": {"type": "string"}, "action": {"type": "string"} } } } } })),
                "401": p("not signed in"), "403": p("not an administrator") })) },
    })
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used)]
mod tests {
    use chrono::NaiveDate;
    use secu::{Lang, Policy};
    use secu_case::Procedure;
    use serde_json::json;

    use super::{ProblemOut, members_json, portfolio_body};

    /// A warm-up gives way to a request that lists meanwhile, and runs to
    /// its end otherwise.
    #[test]
    fn a_warm_up_gives_way_to_a_listing() {
        let rt = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            .enable_all()
            .build()
            .unwrap();
        let dir = tempfile::tempdir().unwrap();
        let url = format!("sqlite:{}", dir.path().join("w.db").display());
        rt.block_on(async {
            let store = super::Store::open(&url, super::super::Key::from_bytes([7; 32]))
                .await
                .unwrap();
            assert_eq!(store.warm_up_with(async { 5 }).await, Some(5));
            let (tx, rx) = tokio::sync::oneshot::channel::<()>();
            let warming = {
                let store = store.clone();
                tokio::spawn(async move {
                    store
                        .warm_up_with(async move {
                            // Under way until told.
                            let _ = rx.await;
                            7
                        })
                        .await
                })
            };
            tokio::time::sleep(std::time::Duration::from_millis(50)).await;
            store.a_request_lists();
            let r = tokio::time::timeout(std::time::Duration::from_secs(10), warming)
                .await
                .expect("gave way")
                .unwrap();
            assert_eq!(r, None);
            drop(tx);
            // The listing's counterpart: the full warm-up over an empty
            // portfolio lists nothing.
            assert_eq!(super::warm_up(&store).await.unwrap(), Some(0));
        });
    }

    /// The portfolio's bytes are those of the `serde_json::Value` tree the
    /// handler built before (issue 16), on every bundled example, on
    /// several days (lines with and without deadlines, overdue or coming)
    /// and in every language.
    #[test]
    fn portfolio_body_is_the_value_trees_bytes() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples");
        let mut names: Vec<_> = std::fs::read_dir(&dir)
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| {
                p.extension().is_some_and(|x| x == "json")
                    && !p.to_string_lossy().ends_with(".expect.json")
            })
            .collect();
        names.sort();
        let opened = NaiveDate::from_ymd_opt(2026, 9, 1).unwrap();
        let (mut lines, mut overdue, mut upcoming) = (0, 0, 0);
        let policy = Policy::default();
        for path in &names {
            let Ok(h) = secu::parse_household(&std::fs::read(path).unwrap()) else {
                continue;
            };
            let Ok(p) = Procedure::start(h, opened, &policy) else {
                continue;
            };
            for days in [0, 45, 200, 400, 900] {
                let as_of = opened + chrono::Days::new(days);
                for lang in Lang::ALL.into_iter().filter(|l| l.is_available()) {
                    let members = p.status(as_of, lang).portfolio();
                    lines += members.len();
                    overdue += members.iter().filter(|m| !m.overdue.is_empty()).count();
                    upcoming += members.iter().filter(|m| !m.upcoming.is_empty()).count();
                    let (id, org) = (String::from("c_1"), String::from("o_\"1\""));
                    let want = json!({
                        "as_of": as_of,
                        "cases": [{ "id": id, "org": org, "members": members }],
                        "problems": [{ "id": "c_2", "code": "replay_failed" }],
                    })
                    .to_string();
                    let got = portfolio_body(
                        as_of,
                        &[(&id, &org, &members_json(&members))],
                        &[ProblemOut {
                            code: "replay_failed",
                            id: "c_2",
                        }],
                    );
                    assert_eq!(
                        String::from_utf8(got).unwrap(),
                        want,
                        "{path:?} {days} {lang:?}"
                    );
                }
            }
        }
        assert!(
            lines > 100 && overdue > 10 && upcoming > 10,
            "{lines} lines, {overdue} overdue, {upcoming} coming: too few to compare"
        );
        let empty = portfolio_body(opened, &[], &[]);
        assert_eq!(
            String::from_utf8(empty).unwrap(),
            json!({ "as_of": opened, "cases": [], "problems": [] }).to_string()
        );
    }
}
