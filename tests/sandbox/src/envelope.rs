//! Crisp's response envelope, its errors, and the extractors that turn bad input into
//! them instead of axum's plain-text rejections.
//!
//! Success: `{"error":false,"reason":"<reason>","data":…}`. Failure:
//! `{"error":true,"reason":"<reason>","data":{}}` (400s add `data.message` saying what was
//! wrong, the field node and crisp-rs read as the error message, and `data.field`, the
//! request field at fault, when one is).

use axum::body::Body;
use axum::extract::{FromRequest, FromRequestParts, Path, Request};
use axum::http::request::Parts;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde::de::DeserializeOwned;
use serde_json::{Value, json};

use crate::app::App;

/// The largest request body read, in bytes.
pub(crate) const MAX_BODY: usize = 1 << 20;

/// An error answered in Crisp's envelope.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct ApiError {
    pub(crate) status: StatusCode,
    pub(crate) reason: &'static str,
    pub(crate) message: Option<String>,
    /// `Retry-After` in seconds (rate limiting faults).
    pub(crate) retry_after: Option<u64>,
    /// The request field at fault (`data.field`), as a JSON path or a query name.
    pub(crate) field: Option<String>,
}

impl ApiError {
    pub(crate) fn new(status: StatusCode, reason: &'static str) -> Self {
        ApiError {
            status,
            reason,
            message: None,
            retry_after: None,
            field: None,
        }
    }

    /// 400 `invalid_data`, saying what is wrong.
    pub(crate) fn invalid(message: impl Into<String>) -> Self {
        ApiError {
            message: Some(message.into()),
            ..ApiError::new(StatusCode::BAD_REQUEST, "invalid_data")
        }
    }

    /// 400 `invalid_data` naming the field at fault (`data.field`).
    pub(crate) fn invalid_field(field: &str, message: impl Into<String>) -> Self {
        ApiError {
            field: Some(field.to_owned()),
            ..ApiError::invalid(message)
        }
    }

    /// 404 with a resource reason (`website_not_found`, `session_not_found`, …).
    pub(crate) fn not_found(reason: &'static str) -> Self {
        ApiError::new(StatusCode::NOT_FOUND, reason)
    }

    /// 404 `route_error`: no route matches the method and path (the reason the official
    /// client gives to route-level 4xx answers).
    pub(crate) fn no_route() -> Self {
        ApiError::not_found("route_error")
    }

    /// 401 `invalid_session`: missing or wrong credentials or tier.
    pub(crate) fn unauthorized() -> Self {
        ApiError::new(StatusCode::UNAUTHORIZED, "invalid_session")
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let mut data = serde_json::Map::new();
        if let Some(message) = &self.message {
            data.insert("message".to_owned(), json!(message));
        }
        if let Some(field) = &self.field {
            data.insert("field".to_owned(), json!(field));
        }
        let data = Value::Object(data);
        let body = json!({"error": true, "reason": self.reason, "data": data});
        let mut response = json_response(self.status, &body);
        if let Some(seconds) = self.retry_after {
            response
                .headers_mut()
                .insert(header::RETRY_AFTER, HeaderValue::from(seconds));
        }
        response
    }
}

/// What REST handlers return.
pub(crate) type Reply = Result<Response, ApiError>;

/// 200 with `data` in the success envelope.
pub(crate) fn ok(reason: &'static str, data: Value) -> Reply {
    Ok(json_response(
        StatusCode::OK,
        &json!({"error": false, "reason": reason, "data": data}),
    ))
}

/// 200 with an empty `data` object.
pub(crate) fn done(reason: &'static str) -> Reply {
    ok(reason, json!({}))
}

fn json_response(status: StatusCode, body: &Value) -> Response {
    let bytes = serde_json::to_vec(body).unwrap_or_else(|_| b"{}".to_vec());
    let mut response = Response::new(Body::from(bytes));
    *response.status_mut() = status;
    response.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/json; charset=utf-8"),
    );
    response
}

/// The fallback of every unknown route (and of known paths with another method).
pub(crate) async fn route_not_found() -> Response {
    ApiError::no_route().into_response()
}

/// A JSON request body decoded as `T`; an absent body reads as `{}`. Malformed JSON or
/// a body of the wrong shape is a 400 `invalid_data`, too large a body a 413, a body that
/// has not all arrived within the header-read timeout a 408 `request_timeout`.
#[derive(Debug)]
pub(crate) struct JsonBody<T>(pub(crate) T);

impl<T: DeserializeOwned> FromRequest<App> for JsonBody<T> {
    type Rejection = ApiError;

    async fn from_request(request: Request, app: &App) -> Result<Self, ApiError> {
        let read = axum::body::to_bytes(request.into_body(), MAX_BODY);
        let bytes = tokio::time::timeout(app.limits.header_read_timeout, read)
            .await
            .map_err(|_| ApiError::new(StatusCode::REQUEST_TIMEOUT, "request_timeout"))?
            .map_err(|_| ApiError::new(StatusCode::PAYLOAD_TOO_LARGE, "payload_too_large"))?;
        let text: &[u8] = if bytes.iter().all(u8::is_ascii_whitespace) {
            b"{}"
        } else {
            &bytes
        };
        serde_json::from_slice(text)
            .map(JsonBody)
            .map_err(|e| ApiError::invalid(format!("request body: {e}")))
    }
}

/// Path parameters; one that cannot be read (bad percent-encoding) is a 404 route error.
#[derive(Debug)]
pub(crate) struct Params<T>(pub(crate) T);

impl<S: Send + Sync, T: DeserializeOwned + Send> FromRequestParts<S> for Params<T> {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, ApiError> {
        Path::<T>::from_request_parts(parts, state)
            .await
            .map(|Path(value)| Params(value))
            .map_err(|_| ApiError::no_route())
    }
}

/// A 1-based page number from the path.
pub(crate) fn page_number(text: &str) -> Result<usize, ApiError> {
    match text.parse::<usize>() {
        Ok(page) if page >= 1 => Ok(page),
        _ => Err(ApiError::invalid(format!(
            "page number must be an integer from 1, got {text:?}"
        ))),
    }
}

/// Items of page `page` (1-based) of `size` items.
pub(crate) fn paginate<T>(items: Vec<T>, page: usize, size: usize) -> Vec<T> {
    let start = page.saturating_sub(1).saturating_mul(size);
    items.into_iter().skip(start).take(size).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pages_are_one_based_and_empty_past_the_end() {
        let items: Vec<u32> = (1..=5).collect();
        assert_eq!(paginate(items.clone(), 1, 2), [1, 2]);
        assert_eq!(paginate(items.clone(), 3, 2), [5]);
        assert!(paginate(items, 4, 2).is_empty());
        assert_eq!(page_number("2"), Ok(2));
        assert!(page_number("0").is_err());
        assert!(page_number("x").is_err());
        assert!(page_number("-1").is_err());
    }

    #[test]
    fn errors_carry_reason_message_and_retry_after() {
        let mut error = ApiError::invalid("bad");
        error.retry_after = Some(3);
        let response = error.into_response();
        assert_eq!(response.status(), StatusCode::BAD_REQUEST);
        assert_eq!(response.headers()[header::RETRY_AFTER], "3");
    }
}
