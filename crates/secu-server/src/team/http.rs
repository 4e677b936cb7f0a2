//! The team service's authentication endpoints (contract §7), served when
//! `secu serve --db URL` is given: `POST /v1/session` (sign-in: an HttpOnly,
//! SameSite=Strict session cookie and a CSRF token), `DELETE /v1/session`
//! (sign-out), `POST /v1/tokens` (a bearer token for an integration, shown
//! once). Every unsafe request authenticated by the cookie must carry the
//! session's `X-CSRF-Token`; bearer requests need none (no browser sends
//! them on its own).

use std::sync::Arc;
use std::time::Duration;

use axum::Router;
use axum::body::Bytes;
use axum::extract::State;
use axum::http::{HeaderMap, HeaderValue, Method, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::post;
use chrono::Utc;
use serde::Deserialize;

use super::{Role, SignIn, Store, StoreError, User};
use crate::{App, Problem};

/// The session cookie's name.
pub const COOKIE: &str = "secu_session";
/// How long a session lasts.
pub const SESSION_TTL: Duration = Duration::from_secs(12 * 3600);

/// The routes of the team service (those of [`super::cases`] included):
/// the access matrix test checks that its table covers every one.
pub const ROUTES: &[&str] = &[
    "/v1/session",
    "/v1/tokens",
    "/v1/orgs",
    "/v1/users",
    "/v1/cases",
    "/v1/cases/import",
    "/v1/cases/{id}",
    "/v1/cases/{id}/events",
    "/v1/cases/{id}/allowed-events",
    "/v1/cases/{id}/export",
    "/v1/cases/{id}/calendar.ics",
    "/v1/cases/{id}/redact",
    "/v1/cases/{id}/employee-link",
    "/v1/links/{id}",
    "/v1/link/{secret}",
    "/v1/access-log",
];

/// `path`, once it is one of [`ROUTES`] (every team route is routed through
/// it: a route missing from the list, hence from the access matrix test's
/// table, stops the server at start and fails every test).
pub(super) fn listed(path: &'static str) -> &'static str {
    assert!(
        ROUTES.contains(&path),
        "{path}: add it to team::http::ROUTES and to the access matrix (docs/access.md)"
    );
    path
}

pub(crate) fn routes() -> Router<Arc<App>> {
    Router::new()
        .route(listed("/v1/session"), post(sign_in).delete(sign_out))
        .route(listed("/v1/tokens"), post(create_token))
        .route(listed("/v1/orgs"), post(create_org).get(list_orgs))
        .route(listed("/v1/users"), post(create_user))
        .merge(super::cases::routes())
}

/// A store refusal as a problem: 422 for an invalid value (and an
/// organisation that does not exist), 409 for one that exists already.
pub(super) fn refused(e: &StoreError) -> Response {
    let status = match e.code {
        "invalid_input" | "not_found" => StatusCode::UNPROCESSABLE_ENTITY,
        "already_exists" => StatusCode::CONFLICT,
        _ => return internal(e),
    };
    Problem::one(status, "invalid request", &e.path, e.code, &e.message).into_response()
}

/// The caller when they are an administrator; 401/403 otherwise.
async fn admin(app: &App, method: &Method, headers: &HeaderMap) -> Result<Caller, Response> {
    let who = caller(store(app)?, method, headers).await?;
    if who.user.role == Role::Admin {
        Ok(who)
    } else {
        Err(Problem::one(
            StatusCode::FORBIDDEN,
            "forbidden",
            "",
            "forbidden",
            "only an administrator may do this",
        )
        .into_response())
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct OrgRequest {
    name: String,
}

async fn create_org(
    State(app): State<Arc<App>>,
    method: Method,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    if let Err(r) = admin(&app, &method, &headers).await {
        return r;
    }
    let req: OrgRequest = match serde_json::from_slice(&body) {
        Ok(r) => r,
        Err(e) => return bad_body(&e, "{name}"),
    };
    let Some(store) = app.team.as_ref() else {
        return StatusCode::NOT_FOUND.into_response();
    };
    match store.create_org(&req.name, Utc::now()).await {
        Ok(id) => json(StatusCode::CREATED, &serde_json::json!({ "id": id })),
        Err(e) => refused(&e),
    }
}

async fn list_orgs(State(app): State<Arc<App>>, method: Method, headers: HeaderMap) -> Response {
    // The consultants file cases for every client and filter the portfolio
    // by organisation (docs/access.md, 4).
    let who = match store(&app) {
        Ok(s) => caller(s, &method, &headers).await,
        Err(r) => return r,
    };
    match who {
        Ok(c) if matches!(c.user.role, Role::Admin | Role::Consultant) && c.link.is_none() => {}
        Ok(_) => {
            return Problem::one(
                StatusCode::FORBIDDEN,
                "forbidden",
                "",
                "forbidden",
                "only the firm's staff list the organisations",
            )
            .into_response();
        }
        Err(r) => return r,
    }
    let Some(store) = app.team.as_ref() else {
        return StatusCode::NOT_FOUND.into_response();
    };
    match store.orgs().await {
        Ok(orgs) => {
            let orgs: Vec<serde_json::Value> = orgs
                .into_iter()
                .map(|(id, name)| serde_json::json!({ "id": id, "name": name }))
                .collect();
            json(StatusCode::OK, &serde_json::json!({ "orgs": orgs }))
        }
        Err(e) => internal(&e),
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct UserRequest {
    email: String,
    password: String,
    role: Role,
    #[serde(default)]
    org: Option<String>,
}

async fn create_user(
    State(app): State<Arc<App>>,
    method: Method,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    if let Err(r) = admin(&app, &method, &headers).await {
        return r;
    }
    let req: UserRequest = match serde_json::from_slice(&body) {
        Ok(r) => r,
        Err(e) => {
            return bad_body(
                &e,
                "{email, password, role: admin|consultant|client_hr|employee, org?}",
            );
        }
    };
    let Some(store) = app.team.as_ref() else {
        return StatusCode::NOT_FOUND.into_response();
    };
    match store
        .create_user(
            &req.email,
            &req.password,
            req.role,
            req.org.as_deref(),
            Utc::now(),
        )
        .await
    {
        Ok(id) => json(StatusCode::CREATED, &serde_json::json!({ "id": id })),
        Err(e) => refused(&e),
    }
}

pub(super) fn store(app: &App) -> Result<&Store, Response> {
    app.team.as_ref().ok_or_else(|| {
        Problem::one(
            StatusCode::NOT_FOUND,
            "not found",
            "",
            "not_found",
            "no team service: start secu serve with --db URL",
        )
        .into_response()
    })
}

pub(super) fn internal(e: &StoreError) -> Response {
    // The store's message may name a table, never personal data; it is
    // logged, and the client gets a fixed text.
    tracing::error!(code = e.code, path = %e.path, "team store: {}", e.message);
    Problem::one(
        StatusCode::INTERNAL_SERVER_ERROR,
        "internal error",
        "",
        "internal",
        "the team database failed; see the server's log",
    )
    .into_response()
}

pub(super) fn unauthorized(message: &str) -> Response {
    Problem::one(
        StatusCode::UNAUTHORIZED,
        "unauthorized",
        "",
        "unauthorized",
        message,
    )
    .into_response()
}

pub(super) fn bad_body(e: &serde_json::Error, expected: &str) -> Response {
    // Not serde's message: it may quote a value sent (a password).
    let message = secu::text::T::SrvBadBody.format(
        crate::lang::current(),
        &[&e.line().to_string(), &e.column().to_string(), expected],
    );
    Problem::one(
        StatusCode::BAD_REQUEST,
        "malformed request",
        "",
        "malformed_json",
        &message,
    )
    .into_response()
}

/// The value of the session cookie, when the request has one.
fn cookie(headers: &HeaderMap) -> Option<&str> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|kv| kv.trim().split_once('='))
        .find(|(k, _)| *k == COOKIE)
        .map(|(_, v)| v)
}

fn bearer(headers: &HeaderMap) -> Option<&str> {
    headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "))
        .map(str::trim)
}

/// Who is calling: the account (a bearer token acts as its account).
#[derive(Clone, Debug)]
pub(crate) struct Caller {
    /// The account (for an employee link: an `employee` of the case's
    /// organisation, whose id is the link's).
    pub(crate) user: User,
    /// Who acts, as the access log and `recorded_by` name them: the
    /// account's id (session), the token's id (bearer) or the link's id.
    pub(crate) actor: String,
    /// The case and member an employee link opens.
    pub(crate) link: Option<super::LinkTarget>,
}

/// Authenticates a request: a bearer token, or the session cookie (with the
/// CSRF header on unsafe methods: 403 without it).
pub(crate) async fn caller(
    store: &Store,
    method: &Method,
    headers: &HeaderMap,
) -> Result<Caller, Response> {
    caller_and_case(store, method, headers, None)
        .await
        .map(|(who, _)| who)
}

/// [`caller`], and when `case_id` is given and the caller is a bearer
/// token's account, the organisation of that case (`Some(None)`: no such
/// case), read in the token's query: [`Store::token_and_case`]. `None`
/// when it was not read (a session, a link): ask [`Store::case_org`].
pub(crate) async fn caller_and_case(
    store: &Store,
    method: &Method,
    headers: &HeaderMap,
    case_id: Option<&str>,
) -> Result<(Caller, Option<Option<String>>), Response> {
    if let Some(token) = bearer(headers) {
        let found = match case_id {
            Some(case_id) => store
                .token_and_case(token, case_id)
                .await
                .map(|t| t.map(|(id, user, org)| (id, user, Some(org)))),
            None => store
                .token(token)
                .await
                .map(|t| t.map(|(id, user)| (id, user, None))),
        };
        return match found {
            Ok(Some((id, user, case_org))) => Ok((
                Caller {
                    user,
                    actor: id,
                    link: None,
                },
                case_org,
            )),
            // An employee's link secret, sent as a bearer token.
            Ok(None) => match store.link(token, Utc::now()).await {
                Ok(Some((id, target))) => Ok((
                    Caller {
                        user: User {
                            id: id.clone(),
                            email: String::new(),
                            role: Role::Employee,
                            org: None,
                        },
                        actor: id,
                        link: Some(target),
                    },
                    None,
                )),
                Ok(None) => Err(unauthorized("unknown, expired or revoked bearer token")),
                Err(e) => Err(internal(&e)),
            },
            Err(e) => Err(internal(&e)),
        };
    }
    let Some(token) = cookie(headers) else {
        return Err(unauthorized(
            "sign in first (POST /v1/session), or send Authorization: Bearer TOKEN",
        ));
    };
    let session = match store.session(token, Utc::now()).await {
        Ok(Some(s)) => s,
        Ok(None) => return Err(unauthorized("the session ended or expired: sign in again")),
        Err(e) => return Err(internal(&e)),
    };
    let safe = matches!(*method, Method::GET | Method::HEAD | Method::OPTIONS);
    if !safe {
        let given = headers
            .get("x-csrf-token")
            .and_then(|v| v.to_str().ok())
            .unwrap_or_default();
        if !session.csrf_matches(given) {
            return Err(Problem::one(
                StatusCode::FORBIDDEN,
                "forbidden",
                "X-CSRF-Token",
                "csrf_token_invalid",
                "this request needs the session's X-CSRF-Token header (the csrf_token of POST /v1/session)",
            )
            .into_response());
        }
    }
    Ok((
        Caller {
            actor: session.user.id.clone(),
            user: session.user,
            link: None,
        },
        None,
    ))
}

pub(super) fn json(status: StatusCode, v: &serde_json::Value) -> Response {
    (
        status,
        [(header::CONTENT_TYPE, "application/json")],
        v.to_string(),
    )
        .into_response()
}

fn set_cookie(app: &App, value: &str, max_age: u64) -> HeaderValue {
    // `Secure` except on a loopback address, where browsers treat plain
    // HTTP as secure anyway and a test client has no TLS.
    let secure = if app.args.listen.ip().is_loopback() {
        ""
    } else {
        "; Secure"
    };
    let v =
        format!("{COOKIE}={value}; Path=/; HttpOnly; SameSite=Strict; Max-Age={max_age}{secure}");
    HeaderValue::from_str(&v).unwrap_or_else(|_| HeaderValue::from_static(""))
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SignInRequest {
    email: String,
    password: String,
}

async fn sign_in(State(app): State<Arc<App>>, body: Bytes) -> Response {
    let store = match store(&app) {
        Ok(s) => s,
        Err(r) => return r,
    };
    let req: SignInRequest = match serde_json::from_slice(&body) {
        Ok(r) => r,
        Err(e) => return bad_body(&e, "{email, password}"),
    };
    let user = match store.sign_in(&req.email, &req.password, Utc::now()).await {
        Ok(SignIn::Ok(u)) => u,
        Ok(SignIn::Wrong) => return unauthorized("wrong e-mail address or password"),
        Ok(SignIn::Throttled { retry_after }) => {
            let mut r = Problem::one(
                StatusCode::TOO_MANY_REQUESTS,
                "too many requests",
                "",
                "rate_limited",
                "too many failed sign-ins for this address: retry later",
            )
            .into_response();
            if let Ok(v) = HeaderValue::from_str(&retry_after.to_string()) {
                r.headers_mut().insert(header::RETRY_AFTER, v);
            }
            return r;
        }
        Err(e) => return internal(&e),
    };
    let session = match store.open_session(&user.id, Utc::now(), SESSION_TTL).await {
        Ok(s) => s,
        Err(e) => return internal(&e),
    };
    let mut r = json(
        StatusCode::OK,
        &serde_json::json!({
            "csrf_token": session.csrf_token,
            "expires_at": chrono::DateTime::from_timestamp(session.expires_at, 0)
                .map(|t| t.to_rfc3339_opts(chrono::SecondsFormat::Secs, true)),
            "user": { "id": user.id, "role": user.role, "org": user.org },
        }),
    );
    r.headers_mut().insert(
        header::SET_COOKIE,
        set_cookie(&app, &session.token, SESSION_TTL.as_secs()),
    );
    r
}

async fn sign_out(State(app): State<Arc<App>>, method: Method, headers: HeaderMap) -> Response {
    let store = match store(&app) {
        Ok(s) => s,
        Err(r) => return r,
    };
    if let Err(r) = caller(store, &method, &headers).await {
        return r;
    }
    if let Some(token) = cookie(&headers)
        && let Err(e) = store.end_session(token).await
    {
        return internal(&e);
    }
    let mut r = StatusCode::NO_CONTENT.into_response();
    r.headers_mut()
        .insert(header::SET_COOKIE, set_cookie(&app, "", 0));
    r
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct TokenRequest {
    name: String,
}

async fn create_token(
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
    if who.user.role == Role::Employee {
        return Problem::one(
            StatusCode::FORBIDDEN,
            "forbidden",
            "",
            "forbidden",
            "an employee's access is their personal link",
        )
        .into_response();
    }
    let req: TokenRequest = match serde_json::from_slice(&body) {
        Ok(r) => r,
        Err(e) => return bad_body(&e, "{name}"),
    };
    match store
        .create_token(&who.user.id, &req.name, Utc::now())
        .await
    {
        Ok(t) => json(
            StatusCode::CREATED,
            &serde_json::json!({ "id": t.id, "token": t.token }),
        ),
        Err(e) if e.code == "invalid_input" => Problem::one(
            StatusCode::UNPROCESSABLE_ENTITY,
            "invalid request",
            &e.path,
            e.code,
            &e.message,
        )
        .into_response(),
        Err(e) => internal(&e),
    }
}

/// The team endpoints' part of the OpenAPI document (`paths`), with the
/// problem schema of the rest of the document.
pub(crate) fn openapi_paths(problem: &serde_json::Value) -> serde_json::Value {
    use serde_json::{Value, json};
    let p = |what: &str| json!({ "description": what, "content": { "application/problem+json": { "schema": problem.clone() } } });
    let body = |props: serde_json::Value, required: &[&str]| {
        json!({ "required": true, "content": { "application/json": { "schema": {
        "type": "object", "additionalProperties": false, "required": required, "properties": props
    } } } })
    };
    // `x-secu-team` marks them for the document's test, whose server has no
    // database (the team tests sign in for real).
    let team = "Only with `secu serve --db URL` (404 otherwise).";
    let mut paths = json!({
        "/v1/session": {
            "post": {
                "operationId": "signIn",
                "x-secu-team": true,
                "summary": "Sign in: sets the HttpOnly, SameSite=Strict session cookie `secu_session` (12 hours) and answers the CSRF token that unsafe requests made with the cookie carry as `X-CSRF-Token`",
                "description": team,
                "security": [],
                "requestBody": body(json!({ "email": {"type": "string"}, "password": {"type": "string"} }), &["email", "password"]),
                "responses": {
                    "200": { "description": "Signed in", "headers": { "Set-Cookie": { "schema": {"type": "string"} } }, "content": { "application/json": { "schema": {
                        "type": "object", "required": ["csrf_token", "expires_at", "user"],
                        "properties": {
                            "csrf_token": {"type": "string"},
                            "expires_at": {"type": "string", "format": "date-time"},
                            "user": { "type": "object", "properties": { "id": {"type": "string"}, "role": {"type": "string", "enum": ["admin", "consultant", "client_hr", "employee"]}, "org": {"type": ["string", "null"]} } }
                        }
                    } } } },
                    "400": p("malformed JSON"),
                    "401": p("wrong e-mail address or password (the same answer for both)"),
                    "404": p("no team service"),
                    "429": p("too many failed sign-ins for this address (Retry-After)"),
                }
            },
            "delete": {
                "operationId": "signOut",
                "x-secu-team": true,
                "summary": "Sign out (needs `X-CSRF-Token`)",
                "description": team,
                "security": [{ "session": [] }],
                "responses": {
                    "204": { "description": "Signed out; the cookie is cleared" },
                    "401": p("no live session"),
                    "403": p("missing or wrong X-CSRF-Token"),
                    "404": p("no team service"),
                }
            }
        },
        "/v1/orgs": {
            "post": {
                "operationId": "createOrg",
                "x-secu-team": true,
                "summary": "Create a client organisation (admin)",
                "description": team,
                "security": [{ "session": [] }, { "teamToken": [] }],
                "requestBody": body(json!({ "name": {"type": "string"} }), &["name"]),
                "responses": {
                    "201": { "description": "Created", "content": { "application/json": { "schema": { "type": "object", "required": ["id"], "properties": { "id": {"type": "string"} } } } } },
                    "400": p("malformed JSON"), "401": p("not signed in"), "403": p("not an administrator, or a missing X-CSRF-Token"),
                    "404": p("no team service"), "409": p("an organisation of that name exists"), "422": p("invalid name"),
                }
            },
            "get": {
                "operationId": "listOrgs",
                "x-secu-team": true,
                "summary": "The client organisations (admin)",
                "description": team,
                "security": [{ "session": [] }, { "teamToken": [] }],
                "responses": {
                    "200": { "description": "By name", "content": { "application/json": { "schema": { "type": "object", "required": ["orgs"], "properties": { "orgs": { "type": "array", "items": { "type": "object", "properties": { "id": {"type": "string"}, "name": {"type": "string"} } } } } } } } },
                    "401": p("not signed in"), "403": p("not an administrator"), "404": p("no team service"),
                }
            }
        },
        "/v1/users": { "post": {
            "operationId": "createUser",
            "x-secu-team": true,
            "summary": "Create an account (admin): `org` required for client_hr and employee, absent for admin and consultant",
            "description": team,
            "security": [{ "session": [] }, { "teamToken": [] }],
            "requestBody": body(json!({
                "email": {"type": "string"}, "password": {"type": "string", "minLength": 12},
                "role": {"type": "string", "enum": ["admin", "consultant", "client_hr", "employee"]},
                "org": {"type": "string"}
            }), &["email", "password", "role"]),
            "responses": {
                "201": { "description": "Created", "content": { "application/json": { "schema": { "type": "object", "required": ["id"], "properties": { "id": {"type": "string"} } } } } },
                "400": p("malformed JSON"), "401": p("not signed in"), "403": p("not an administrator, or a missing X-CSRF-Token"),
                "404": p("no team service"), "409": p("an account with that address exists"), "422": p("invalid address, password or organisation (with its path)"),
            }
        }},
        "/v1/tokens": { "post": {
            "operationId": "createToken",
            "x-secu-team": true,
            "summary": "A bearer token for an integration, acting as the caller's account: shown once, stored hashed",
            "description": team,
            "security": [{ "session": [] }, { "teamToken": [] }],
            "requestBody": body(json!({ "name": {"type": "string"} }), &["name"]),
            "responses": {
                "201": { "description": "The token", "content": { "application/json": { "schema": {
                    "type": "object", "required": ["id", "token"],
                    "properties": { "id": {"type": "string"}, "token": {"type": "string"} }
                } } } },
                "400": p("malformed JSON"),
                "401": p("not signed in"),
                "403": p("missing or wrong X-CSRF-Token; or an employee"),
                "404": p("no team service"),
                "422": p("invalid name"),
            }
        }}
    });
    if let (Value::Object(m), Value::Object(cases)) =
        (&mut paths, super::cases::openapi_paths(problem))
    {
        m.extend(cases);
    }
    paths
}

/// The security schemes of the team endpoints.
pub(crate) fn openapi_security_schemes() -> serde_json::Value {
    serde_json::json!({
        "session": { "type": "apiKey", "in": "cookie", "name": COOKIE, "description": "The session cookie of POST /v1/session; unsafe requests also carry X-CSRF-Token." },
        "teamToken": { "type": "http", "scheme": "bearer", "description": "A token of POST /v1/tokens." },
        "employeeLink": { "type": "http", "scheme": "bearer", "description": "The secret of an employee link (the last segment of its url): reads that case's status, history and calendar." }
    })
}
