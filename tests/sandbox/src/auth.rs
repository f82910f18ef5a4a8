//! REST authentication: `Authorization: Basic base64(identifier:key)` and `X-Crisp-Tier`
//! must both match the sandbox credentials, else 401 `invalid_session`.

use axum::extract::{Request, State};
use axum::http::HeaderMap;
use axum::http::header::AUTHORIZATION;
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

use crate::app::App;
use crate::envelope::ApiError;

/// The tier header.
const TIER: &str = "x-crisp-tier";

/// Whether the headers carry the sandbox credentials and tier.
pub(crate) fn authorized(app: &App, headers: &HeaderMap) -> bool {
    let tier = headers.get(TIER).and_then(|v| v.to_str().ok());
    let authorization = headers.get(AUTHORIZATION).map(|v| v.as_bytes());
    tier == Some(app.credentials.tier().as_str())
        && authorization.is_some_and(|given| same_basic(given, app.authorization.as_bytes()))
}

/// `Basic <token>` equality, the scheme compared without case.
fn same_basic(given: &[u8], expected: &[u8]) -> bool {
    match (split(given), split(expected)) {
        (Some((scheme, token)), Some((expected_scheme, expected_token))) => {
            scheme.eq_ignore_ascii_case(expected_scheme) && token == expected_token
        }
        _ => false,
    }
}

fn split(header: &[u8]) -> Option<(&[u8], &[u8])> {
    let space = header.iter().position(|b| *b == b' ')?;
    let (scheme, rest) = header.split_at(space);
    Some((scheme, rest.trim_ascii()))
}

/// Middleware: refuses requests without the sandbox credentials.
pub(crate) async fn check(State(app): State<App>, request: Request, next: Next) -> Response {
    if authorized(&app, request.headers()) {
        next.run(request).await
    } else {
        ApiError::unauthorized().into_response()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn basic_scheme_is_case_insensitive_token_is_not() {
        assert!(same_basic(b"Basic YWJj", b"Basic YWJj"));
        assert!(same_basic(b"basic  YWJj", b"Basic YWJj"));
        assert!(!same_basic(b"Basic YWJJ", b"Basic YWJj"));
        assert!(!same_basic(b"Bearer YWJj", b"Basic YWJj"));
        assert!(!same_basic(b"YWJj", b"Basic YWJj"));
    }
}
