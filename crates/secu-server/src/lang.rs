//! The language of a request (issue 14): its `lang` query parameter, a BCP 47
//! tag with the core's fallback (`pt-BR` → pt, `zh-Hans-CN` → zh), else its
//! `Accept-Language` header (q-values honoured), else English. Every text
//! the server renders for that request is in it: the core's texts, the
//! problems' titles and messages, the team service's status and calendar.
//!
//! The language is resolved once per request by `scope`, a middleware
//! outside the guard (so that a 401 or a 503 speaks it too), and held in a
//! task-local for the request's future: handlers read it with [`current`]
//! instead of threading it through every signature. An unknown `lang` is
//! refused by `check`, inside the guard (authentication comes first; the
//! routes that read their query report it with its other problems), with
//! a 422 naming `query.lang` and listing the available tags (the core's).
//!
//! The server's own messages are Fluent messages of the core (`srv-*`,
//! [`SERVER_TEXTS`]); a problem keeps its English text, the code's literal,
//! and is rendered in the request's language when it is written out
//! (`localise`).

use axum::extract::Request;
use axum::http::{StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use secu::Lang;
use secu::text::T;

use crate::problem::{Problem, ProblemItem};

tokio::task_local! {
    static LANG: Lang;
}

/// The language of the request being served (English outside a request).
#[must_use]
pub fn current() -> Lang {
    LANG.try_with(|l| *l).unwrap_or_default()
}

/// At most this many entries of an `Accept-Language` header are read: a
/// browser sends a handful; the rest of a long header is ignored.
const MAX_RANGES: usize = 32;

/// The available language an `Accept-Language` header prefers (RFC 9110
/// §12.5.4): its ranges by decreasing weight (`q`, 1 when absent; equal
/// weights in the header's order), each by the core's fallback
/// ([`Lang::from_tag`]); ranges of weight 0 ("not acceptable"), `*`, and
/// malformed entries are skipped. `None` when no range names one of ours.
#[must_use]
pub fn from_accept_language(header: &str) -> Option<Lang> {
    let mut ranges: Vec<(u16, usize, Lang)> = Vec::new();
    for (i, entry) in header.split(',').take(MAX_RANGES).enumerate() {
        let mut parts = entry.split(';');
        let range = parts.next().unwrap_or_default().trim();
        let mut q = Some(1000);
        for param in parts {
            let (name, value) = param.split_once('=').unwrap_or((param, ""));
            if name.trim().eq_ignore_ascii_case("q") {
                q = qvalue(value.trim());
            }
        }
        let Some(q) = q.filter(|q| *q > 0) else {
            continue;
        };
        if let Some(lang) = Lang::from_tag(range).filter(|l| l.is_available()) {
            ranges.push((q, i, lang));
        }
    }
    ranges.sort_by_key(|&(q, i, _)| (std::cmp::Reverse(q), i));
    ranges.first().map(|&(_, _, lang)| lang)
}

/// An RFC 9110 qvalue in thousandths: `0`, `0.5`, `1`, `1.000`; `None` when
/// malformed (the entry is then skipped).
fn qvalue(s: &str) -> Option<u16> {
    let (int, frac) = s.split_once('.').unwrap_or((s, ""));
    if frac.len() > 3 || !frac.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let thousandths = format!("{frac:0<3}").parse::<u16>().ok()?;
    match int {
        "0" => Some(thousandths),
        "1" if thousandths == 0 => Some(1000),
        _ => None,
    }
}

/// The value of the first `lang` parameter of a query string (name and
/// value percent-decoded, as axum's `Query` reads them), if any.
fn query_lang(query: &str) -> Option<String> {
    query.split('&').find_map(|pair| {
        let (name, value) = pair.split_once('=').unwrap_or((pair, ""));
        (percent_decode(name) == "lang").then(|| percent_decode(value))
    })
}

/// `%XX` and `+` of a query value; a malformed escape stays as it is (the
/// value is then no tag, and refused).
fn percent_decode(s: &str) -> String {
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b'%' if i + 2 < b.len() => {
                match std::str::from_utf8(&b[i + 1..i + 3])
                    .ok()
                    .and_then(|h| u8::from_str_radix(h, 16).ok())
                {
                    Some(v) => {
                        out.push(v);
                        i += 3;
                        continue;
                    }
                    None => out.push(b'%'),
                }
            }
            b'+' => out.push(b' '),
            c => out.push(c),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// The request's language: `lang` when it is given and available, else
/// `Accept-Language`'s, else English; `Err` when `lang` is given but names
/// no available language.
fn negotiate(req: &Request) -> Result<Lang, ()> {
    if let Some(tag) = req.uri().query().and_then(query_lang) {
        return Lang::parse_available(&tag).map_err(|_| ());
    }
    Ok(accepted(req))
}

/// `Accept-Language`'s language, else English.
fn accepted(req: &Request) -> Lang {
    req.headers()
        .get(header::ACCEPT_LANGUAGE)
        .and_then(|v| v.to_str().ok())
        .and_then(from_accept_language)
        .unwrap_or_default()
}

/// Middleware: serves the request in its language (an invalid `lang` falls
/// back to `Accept-Language`'s here; [`check`] refuses it).
pub(crate) async fn scope(req: Request, next: Next) -> Response {
    let lang = negotiate(&req).unwrap_or_else(|()| accepted(&req));
    LANG.scope(lang, next.run(req)).await
}

/// Middleware: refuses an unknown `lang` (422, `query.lang`, the tags that
/// can be selected), on every route but those that report it with the
/// query's other problems ([`crate::api::ROUTES_WITH_QUERY`]: 422 too when
/// it is the only one, 400 with the others).
pub(crate) async fn check(req: Request, next: Next) -> Response {
    let own_query = req
        .extensions()
        .get::<axum::extract::MatchedPath>()
        .is_some_and(|p| crate::api::ROUTES_WITH_QUERY.contains(&p.as_str()));
    if !own_query && negotiate(&req).is_err() {
        return unknown_lang().into_response();
    }
    next.run(req).await
}

/// The 422 of an unknown `lang`. The message never quotes the value: a
/// query may be logged by a proxy.
#[must_use]
pub fn unknown_lang() -> Problem {
    Problem::new(
        StatusCode::UNPROCESSABLE_ENTITY,
        "invalid query",
        vec![unknown_lang_item()],
    )
}

/// The problem of an unknown `lang`, in the request's language.
#[must_use]
pub fn unknown_lang_item() -> ProblemItem {
    let tags: Vec<&str> = Lang::available().into_iter().map(Lang::tag).collect();
    ProblemItem {
        path: "query.lang".into(),
        code: "unknown_value".into(),
        message: T::SrvLangUnknown.format(current(), &[&tags.join(", ")]),
    }
}

/// The server's own texts, each by its English form (the literal the code
/// writes, equal to its message in `l10n/en/secu.ftl`: a test holds them
/// together). Titles and messages are looked up separately.
pub const SERVER_TEXTS: &[T] = &[
    T::SrvTitleInvalidQuery,
    T::SrvTitleMalformedJson,
    T::SrvTitleInvalidHousehold,
    T::SrvTitleInvalidRequest,
    T::SrvTitleMalformedRequest,
    T::SrvTitleUnreadableBody,
    T::SrvTitleInternalError,
    T::SrvTitleBodyTooLarge,
    T::SrvTitleUnavailable,
    T::SrvTitleNotFound,
    T::SrvTitleMethodNotAllowed,
    T::SrvTitleUnauthorized,
    T::SrvTitleForbidden,
    T::SrvTitleTooManyRequests,
    T::SrvTitleUnprocessable,
    T::SrvTitleBadRequest,
    T::SrvTitleConflict,
    T::SrvTitleInternalServerError,
    T::SrvNoEndpoint,
    T::SrvMethodNotAllowed,
    T::SrvUnreadableBody,
    T::SrvInternalError,
    T::SrvShuttingDown,
    T::SrvAtCapacity,
    T::SrvTimeout,
    T::SrvTooManyBatches,
    T::SrvApiKeyRequired,
    T::SrvNotJson,
    T::SrvNirExpectedObject,
    T::SrvNirUnknownField,
    T::SrvNirMissingNumber,
    T::SrvExpectedString,
    T::SrvQueryUnknown,
    T::SrvExpectedDate,
    T::SrvDetailExpected,
    T::SrvPartialExpected,
    T::SrvBatchPartial,
    T::SrvSignIn,
    T::SrvTokenUnknown,
    T::SrvSessionExpired,
    T::SrvCsrf,
    T::SrvWrongPassword,
    T::SrvRateLimited,
    T::SrvNoTeam,
    T::SrvDbFailed,
    T::SrvNoCase,
    T::SrvNoOrg,
    T::SrvAdminOnly,
    T::SrvEmployeeOwnCase,
    T::SrvEmployeeLinkOnly,
    T::SrvFilterExpected,
    T::SrvLinkUnknown,
    T::SrvQueryRepeated,
    T::SrvFirmOnly,
    T::SrvEraseAdminOnly,
    T::SrvEmployeeReadOnly,
    T::SrvTitleEventRefused,
    T::SrvUnknownMember,
    T::SrvExpectedMember,
    T::SrvExpectedEventObject,
    T::SrvNoLiveLink,
    T::SrvCaseNoReplay,
    T::SrvUnknownMemberQuery,
    T::SrvFirmImports,
    T::SrvFirmRevokes,
    T::SrvAdminAccessLog,
    T::SrvFirmListsOrgs,
    T::SrvNameChars,
    T::SrvOrgExists,
    T::SrvAccountExists,
    T::SrvNoAccount,
    T::SrvChars,
    T::SrvExpectedEmail,
    T::SrvExpectedPassword,
];

/// Whether `t` is a title (`srv-title-…`).
fn is_title(t: T) -> bool {
    t.id().starts_with("srv-title-")
}

/// The server text whose English form is `english`, among titles or messages.
fn server_text(english: &str, title: bool) -> Option<T> {
    SERVER_TEXTS
        .iter()
        .copied()
        .find(|&t| is_title(t) == title && t.en() == english)
}

/// A problem's title and server messages in `lang`. The core's messages
/// (already rendered in the request's language by [`Problem::input`]) and
/// any text that is not a server text are left as they are.
pub(crate) fn localise(p: &mut Problem, lang: Lang) {
    if lang == Lang::En {
        return;
    }
    if let Some(t) = server_text(&p.title, true) {
        p.title = t.get(lang).to_owned();
    }
    for e in &mut p.errors {
        if let Some(t) = server_text(&e.message, false) {
            e.message = t.get(lang).to_owned();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accept_language_by_weight_with_fallback() {
        for (header, lang) in [
            ("de-CH, fr;q=0.5", Some(Lang::De)),
            ("fr;q=0.5, de-CH", Some(Lang::De)),
            ("nl, pt-BR;q=0.8, en;q=0.7", Some(Lang::Pt)),
            ("zh-Hant-TW, zh-Hans-CN;q=0.9", Some(Lang::Zh)),
            ("zh-TW", None),
            ("ar;q=0, es;q=0.1", Some(Lang::Es)),
            ("it;q=0.500, es;q=0.5", Some(Lang::It)),
            ("es;q=0.4, it;Q=0.6", Some(Lang::It)),
            ("*", None),
            ("", None),
            ("de;q=2, fr", Some(Lang::Fr)),
            ("de;q=0.1234, fr;q=0.1", Some(Lang::Fr)),
            ("  ar-MA ; q=1.0 ", Some(Lang::Ar)),
        ] {
            assert_eq!(from_accept_language(header), lang, "{header}");
        }
    }

    #[test]
    fn lang_of_a_query() {
        assert_eq!(
            query_lang("as_of=2026-01-01&lang=pt-BR").as_deref(),
            Some("pt-BR")
        );
        assert_eq!(
            query_lang("lang=zh%2DHans%2DCN").as_deref(),
            Some("zh-Hans-CN")
        );
        assert_eq!(query_lang("language=fr"), None);
        // The name is decoded as the handlers' query extractor decodes it.
        assert_eq!(query_lang("la%6Eg=ar").as_deref(), Some("ar"));
        assert_eq!(query_lang("lang=%4").as_deref(), Some("%4"));
        assert_eq!(query_lang("lang").as_deref(), Some(""));
    }

    /// Every server text is one of the code's literals, so the table and
    /// the code cannot drift apart: a literal changed without its message
    /// (or the other way round) fails here.
    #[test]
    fn every_server_text_is_a_literal_of_the_code() {
        let sources = [
            include_str!("api.rs"),
            include_str!("lib.rs"),
            include_str!("problem.rs"),
            include_str!("team/http.rs"),
            include_str!("team/cases.rs"),
            include_str!("team/mod.rs"),
        ]
        .concat();
        let ids: Vec<&str> = secu::l10n::ids("srv-");
        for &t in SERVER_TEXTS {
            let english = t.en();
            let quoted = format!("{english:?}");
            assert!(
                sources.contains(&quoted)
                    || t == T::SrvTitleInternalServerError
                    || t == T::SrvTitleUnprocessable
                    || t == T::SrvTitleBadRequest
                    || t == T::SrvTitleConflict,
                "{}: {quoted} is not in the code",
                t.id()
            );
            assert!(ids.contains(&t.id()));
        }
        // Every srv- message is in the table or rendered with arguments.
        for id in ids {
            assert!(
                SERVER_TEXTS.iter().any(|t| t.id() == id)
                    || ["srv-body-too-large", "srv-lang-unknown", "srv-bad-body"].contains(&id),
                "{id} is not used"
            );
        }
    }
}
