//! Errors as `application/problem+json` (RFC 9457), with the contract's
//! `errors` = `[{path, code, message}]`. Messages come from the core, which
//! never echoes a full NIR or a label; the server adds only its own fixed texts.

use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde::Serialize;

/// One problem of a request, as the contract's input errors.
#[derive(Clone, Debug, Serialize, schemars::JsonSchema)]
pub struct ProblemItem {
    /// JSON path of the value (`members[2].birth_date`), `query.NAME` for a
    /// query parameter, empty for the whole body.
    pub path: String,
    /// Stable snake_case code.
    pub code: String,
    /// Message in the request's language.
    pub message: String,
}

/// An error response (RFC 9457).
#[derive(Clone, Debug, Serialize, schemars::JsonSchema)]
pub struct Problem {
    /// Always `about:blank`: `title` is the status's meaning.
    #[serde(rename = "type")]
    pub kind: &'static str,
    /// Short summary.
    pub title: String,
    /// The HTTP status code.
    pub status: u16,
    /// Every problem found, each with its path.
    pub errors: Vec<ProblemItem>,
}

impl Problem {
    /// A problem with `status` and one error.
    pub fn one(status: StatusCode, title: &str, path: &str, code: &str, message: &str) -> Self {
        Self::new(
            status,
            title,
            vec![ProblemItem {
                path: path.to_owned(),
                code: code.to_owned(),
                message: message.to_owned(),
            }],
        )
    }

    /// A problem with `status` and these errors.
    pub fn new(status: StatusCode, title: &str, errors: Vec<ProblemItem>) -> Self {
        Self {
            kind: "about:blank",
            title: title.to_owned(),
            status: status.as_u16(),
            errors,
        }
    }

    /// The core's input errors: 400 when the body is not JSON (or not
    /// UTF-8), 422 otherwise.
    pub fn input(errors: secu::InputErrors, lang: secu::Lang) -> Self {
        use secu::ErrorCode;
        let malformed = errors
            .0
            .iter()
            .any(|e| matches!(e.code, ErrorCode::MalformedJson | ErrorCode::InvalidUtf8));
        let items = errors
            .in_lang(lang)
            .0
            .into_iter()
            .map(|e| ProblemItem {
                path: e.path,
                code: <&'static str>::from(e.code).to_owned(),
                message: e.message,
            })
            .collect();
        if malformed {
            Self::new(StatusCode::BAD_REQUEST, "malformed JSON", items)
        } else {
            Self::new(StatusCode::UNPROCESSABLE_ENTITY, "invalid household", items)
        }
    }

    /// 413: the body is over the limit.
    pub fn too_large(limit: u64) -> Self {
        Self::one(
            StatusCode::PAYLOAD_TOO_LARGE,
            "body too large",
            "",
            "body_too_large",
            &secu::text::T::SrvBodyTooLarge.format(crate::lang::current(), &[&limit.to_string()]),
        )
    }

    /// 503: the server is shutting down or at capacity.
    pub fn unavailable(code: &str, message: &str) -> Self {
        Self::one(
            StatusCode::SERVICE_UNAVAILABLE,
            "service unavailable",
            "",
            code,
            message,
        )
    }
}

impl IntoResponse for Problem {
    fn into_response(mut self) -> Response {
        // The server's own texts in the request's language (`lang.rs`).
        crate::lang::localise(&mut self, crate::lang::current());
        let status = StatusCode::from_u16(self.status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
        let body = serde_json::to_vec(&self).unwrap_or_default();
        let mut r = (status, body).into_response();
        r.headers_mut().insert(
            header::CONTENT_TYPE,
            HeaderValue::from_static("application/problem+json"),
        );
        if status == StatusCode::SERVICE_UNAVAILABLE || status == StatusCode::TOO_MANY_REQUESTS {
            r.headers_mut()
                .insert(header::RETRY_AFTER, HeaderValue::from_static("1"));
        }
        if status == StatusCode::UNAUTHORIZED {
            r.headers_mut()
                .insert(header::WWW_AUTHENTICATE, HeaderValue::from_static("Bearer"));
        }
        r
    }
}
