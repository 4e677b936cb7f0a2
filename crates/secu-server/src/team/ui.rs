//! The team's page (issue 16, item 4): the web UI of the team service,
//! served only with `secu serve --db URL`. Its files (`web/team.html`,
//! `web/team.js`, `web/team.css`, and the generated `web/labels.js`, the
//! message ids of the codes the status shows) are embedded in the binary at
//! compile time, so a server runs from its binary alone and serves the page
//! of its own version. The page needs no WebAssembly module: the server
//! decides and renders everything (statuses, allowed events), and the page's
//! words come from here too: `GET /team/l10n/{lang}` answers the
//! `page-team-*` messages and the labels of `labels.js`, rendered by the
//! core's Fluent engine in that language.
//!
//! Every page response carries a Content-Security-Policy that allows the
//! page's own scripts, styles and requests only (no inline script, nothing
//! from elsewhere); the other security headers are the server's.

use std::sync::{Arc, OnceLock};

use axum::Router;
use axum::extract::Path;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::get;
use secu::Lang;
use serde_json::{Map, Value, json};

use crate::{App, Problem};

/// The page's routes (metrics and logs name them; the API-key guard lets
/// them through, as the team's API: the page signs in itself).
pub const ROUTES: &[&str] = &[
    "/",
    "/team",
    "/team/",
    "/team/team.js",
    "/team/team.css",
    "/team/labels.js",
    "/team/link/{secret}",
    "/team/l10n/{lang}",
];

const HTML: &str = include_str!("../../../../web/team.html");
const JS: &str = include_str!("../../../../web/team.js");
const CSS: &str = include_str!("../../../../web/team.css");
const LABELS: &str = include_str!("../../../../web/labels.js");

/// The page's policy: its own scripts, styles and API, nothing else; no
/// inline script or style, no form posted elsewhere, no framing (`data:`
/// images: the empty icon, so that the browser asks for no favicon).
pub const CSP: &str = "default-src 'none'; script-src 'self'; style-src 'self'; \
     connect-src 'self'; img-src 'self' data:; form-action 'self'; base-uri 'none'; \
     frame-ancestors 'none'";

/// The variables the page's messages use, strings: rendered as `{name}`,
/// which the page replaces with the value (ids, e-mail addresses, names,
/// the server's messages: never a number or a date to format). The one
/// number, `$days`, is the server's and rendered here.
const VARIABLES: &[&str] = &["email", "role", "id", "name", "member", "event", "reason"];

pub(crate) fn routes(enabled: bool) -> Router<Arc<App>> {
    if !enabled {
        return Router::new();
    }
    Router::new()
        .route("/", get(|| async { Redirect::to("/team/") }))
        .route("/team", get(|| async { Redirect::to("/team/") }))
        .route(
            "/team/",
            get(|| async { page(HTML, "text/html; charset=utf-8") }),
        )
        .route("/team/link/{secret}", get(link_page))
        .route(
            "/team/team.js",
            get(|| async { page(JS, "text/javascript; charset=utf-8") }),
        )
        .route(
            "/team/labels.js",
            get(|| async { page(LABELS, "text/javascript; charset=utf-8") }),
        )
        .route(
            "/team/team.css",
            get(|| async { page(CSS, "text/css; charset=utf-8") }),
        )
        .route("/team/l10n/{lang}", get(messages))
}

fn page(body: &'static str, content_type: &'static str) -> Response {
    let mut r = (StatusCode::OK, [(header::CONTENT_TYPE, content_type)], body).into_response();
    r.headers_mut().insert(
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static(CSP),
    );
    r
}

/// The employee's link: the same page, which reads the secret from its
/// address and shows that member's checklist only (`GET /v1/link/{secret}`).
/// The secret is not checked here: the page's one request does it.
async fn link_page(Path(_secret): Path<String>) -> Response {
    page(HTML, "text/html; charset=utf-8")
}

/// The message ids of the labels in `labels.js` (`LABELS`: code → id).
fn label_ids() -> &'static [&'static str] {
    static IDS: OnceLock<Vec<&'static str>> = OnceLock::new();
    IDS.get_or_init(|| {
        let start = LABELS.find("export const LABELS").unwrap_or(LABELS.len());
        let table = &LABELS[start..];
        let table = &table[..table.find("\n};").unwrap_or(table.len())];
        table
            .lines()
            .filter_map(|l| l.trim().strip_suffix(','))
            .filter_map(|l| l.split_once(": "))
            .filter_map(|(_, v)| v.strip_prefix('"')?.strip_suffix('"'))
            .collect()
    })
}

/// `{lang, dir, messages: {id: text}}`: the page's words in `lang` (a BCP
/// 47 tag with the core's fallback: `pt-BR` → pt).
async fn messages(Path(tag): Path<String>) -> Response {
    let Some(lang) = Lang::from_tag(&tag) else {
        return Problem::one(
            StatusCode::NOT_FOUND,
            "not found",
            "lang",
            "unknown_language",
            &format!(
                "not one of the page's languages: {}",
                Lang::ALL.map(Lang::tag).join(", ")
            ),
        )
        .into_response();
    };
    let placeholders: Vec<String> = VARIABLES.iter().map(|v| format!("{{{v}}}")).collect();
    // The portfolio's horizon is the case crate's, given as a number so
    // that each language selects its plural.
    let days = secu_case::status::PORTFOLIO_HORIZON_DAYS.to_string();
    let args: Vec<(&str, &str)> = VARIABLES
        .iter()
        .zip(&placeholders)
        .map(|(n, p)| (*n, p.as_str()))
        .chain([("days", days.as_str())])
        .collect();
    let mut out = Map::new();
    for id in secu::l10n::ids("page-team-")
        .into_iter()
        .chain(label_ids().iter().copied())
    {
        if let Some(text) = secu::l10n::render(lang, id, &args) {
            out.insert(id.to_owned(), Value::String(text));
        }
    }
    let body = json!({
        "lang": lang.tag(),
        "dir": if lang.is_rtl() { "rtl" } else { "ltr" },
        "colon": secu::report::colon(lang),
        "messages": out,
    });
    (
        StatusCode::OK,
        [(header::CONTENT_TYPE, "application/json")],
        body.to_string(),
    )
        .into_response()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_label_id_of_labels_js_is_read() {
        let ids = label_ids();
        // Every code table of labels.js: far more than a hundred labels.
        assert!(ids.len() > 100, "{} ids", ids.len());
        for id in ["step-prepare-file", "actor-member"] {
            assert!(ids.contains(&id) || ids.iter().any(|i| i.starts_with(id)));
        }
        assert!(ids.iter().all(|i| !i.contains(' ') && !i.contains('"')));
    }
}
