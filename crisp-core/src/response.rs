//! Decoding responses: the `{error, reason, data}` envelope, error statuses, and HEAD
//! existence checks.

use bytes::Bytes;
use http::{Method, StatusCode, header};
use serde::Deserialize;
use serde::de::{DeserializeOwned, IgnoredAny};

use crate::error::{ApiError, DecodeError, Error, ErrorKind, excerpt};
use crate::retry::parse_retry_after;

/// The envelope of every Crisp response. `reason` is borrowed when it has no escapes, so
/// a successful response allocates nothing but its data.
#[derive(Deserialize)]
struct Envelope<'a, T> {
    #[serde(default)]
    error: bool,
    #[serde(default, borrow)]
    reason: Option<std::borrow::Cow<'a, str>>,
    data: Option<T>,
}

/// The parts of an error body we read.
#[derive(Deserialize)]
struct ErrorBody {
    #[serde(default)]
    reason: Option<String>,
    #[serde(default)]
    data: Option<ErrorData>,
}

#[derive(Deserialize)]
struct ErrorData {
    #[serde(default)]
    message: Option<String>,
}

/// Decodes the `data` of a successful response into `T`, or the error the response
/// carries.
///
/// # Errors
/// [`ErrorKind::Api`] / [`ErrorKind::RateLimited`] for error statuses (or a 2xx envelope
/// with `"error": true`), [`ErrorKind::Decode`] naming the JSON path when the body does
/// not match `T`.
pub fn decode_data<T: DeserializeOwned>(
    method: &Method,
    response: &http::Response<Bytes>,
) -> Result<T, Error> {
    check_status(method, response)?;
    let body = response.body();
    // Fast path without path tracking; on failure decode again to find where.
    let envelope: Envelope<'_, T> = match serde_json::from_slice(body) {
        Ok(envelope) => envelope,
        Err(_) => {
            return Err(decode_error_with_path::<Envelope<'_, T>>(
                response.status(),
                body,
            ));
        }
    };
    if envelope.error {
        return Err(api_error(
            response.status(),
            envelope.reason.map(std::borrow::Cow::into_owned),
            None,
            body,
            method,
        ));
    }
    envelope.data.ok_or_else(|| {
        Error::new(ErrorKind::Decode(DecodeError {
            status: response.status(),
            path: "data".to_owned(),
            message: "missing field `data`".to_owned(),
            body_excerpt: excerpt(body),
        }))
    })
}

/// Checks a response whose data the caller does not need: the status must be a success
/// and the body, if any, a Crisp envelope without `"error": true`.
///
/// # Errors
/// As [`decode_data`].
pub fn decode_unit(method: &Method, response: &http::Response<Bytes>) -> Result<(), Error> {
    check_status(method, response)?;
    let body = response.body();
    if body.iter().all(u8::is_ascii_whitespace) {
        return Ok(());
    }
    let envelope: Envelope<'_, IgnoredAny> = serde_json::from_slice(body)
        .map_err(|_| decode_error_with_path::<Envelope<'_, IgnoredAny>>(response.status(), body))?;
    if envelope.error {
        return Err(api_error(
            response.status(),
            envelope.reason.map(std::borrow::Cow::into_owned),
            None,
            body,
            method,
        ));
    }
    Ok(())
}

/// Reads a HEAD existence check: `true` on 2xx, `false` on 404, an error otherwise.
///
/// # Errors
/// The API error for any status other than 2xx and 404.
pub fn decode_exists(method: &Method, response: &http::Response<Bytes>) -> Result<bool, Error> {
    if response.status() == StatusCode::NOT_FOUND {
        return Ok(false);
    }
    check_status(method, response)?;
    Ok(true)
}

/// How much of a `Location` header a redirect error keeps.
const LOCATION_LEN: usize = 512;

/// Returns the error an error status carries; `Ok` for 1xx and 2xx.
///
/// # Errors
/// [`ErrorKind::Redirect`] for 3xx (with the `Location` header: Crisp's API never
/// redirects, and the client follows no redirect), [`ErrorKind::RateLimited`] for 429 and
/// 420, [`ErrorKind::Api`] for other statuses ≥ 400.
pub fn check_status(method: &Method, response: &http::Response<Bytes>) -> Result<(), Error> {
    let status = response.status();
    if status.is_redirection() {
        let location = response.headers().get(header::LOCATION).map(|value| {
            let text = String::from_utf8_lossy(value.as_bytes());
            let mut text = crate::context::redact_userinfo(&text).into_owned();
            if text.len() > LOCATION_LEN {
                let mut cut = LOCATION_LEN;
                while !text.is_char_boundary(cut) {
                    cut -= 1;
                }
                text.truncate(cut);
                text.push('…');
            }
            text
        });
        return Err(Error::new(ErrorKind::Redirect { status, location }));
    }
    if status.as_u16() < 400 {
        return Ok(());
    }
    let body = response.body();
    let parsed: Option<ErrorBody> = serde_json::from_slice(body).ok();
    let (reason, message) = match parsed {
        Some(ErrorBody { reason, data }) => (reason, data.and_then(|d| d.message)),
        None => (None, None),
    };
    let mut error = api_error(status, reason, message, body, method);
    if let ErrorKind::RateLimited { retry_after, .. } = error.kind_mut() {
        let now = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_secs())
            .unwrap_or(0);
        *retry_after = response
            .headers()
            .get(header::RETRY_AFTER)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| parse_retry_after(v, now));
    }
    Err(error)
}

/// Builds the API error for `status`, with a synthetic reason when the body had none: for
/// HEAD `route_error` (4xx) or `server_error` (5xx), otherwise `http_error`.
fn api_error(
    status: StatusCode,
    reason: Option<String>,
    message: Option<String>,
    body: &[u8],
    method: &Method,
) -> Error {
    let reason = reason.filter(|r| !r.is_empty()).unwrap_or_else(|| {
        if *method == Method::HEAD {
            if status.is_server_error() {
                "server_error"
            } else {
                "route_error"
            }
        } else {
            "http_error"
        }
        .to_owned()
    });
    let error = ApiError {
        status,
        reason,
        message,
        body_excerpt: excerpt(body),
    };
    if status == StatusCode::TOO_MANY_REQUESTS || status.as_u16() == 420 {
        Error::new(ErrorKind::RateLimited {
            error,
            retry_after: None,
        })
    } else {
        Error::new(ErrorKind::Api(error))
    }
}

/// Decodes `body` again with path tracking to report where it failed.
fn decode_error_with_path<'de, T: Deserialize<'de>>(status: StatusCode, body: &'de [u8]) -> Error {
    let mut deserializer = serde_json::Deserializer::from_slice(body);
    let (path, message, source) = match serde_path_to_error::deserialize::<_, T>(&mut deserializer)
    {
        Err(error) => {
            let path = error.path().to_string();
            let inner = error.into_inner();
            (path, inner.to_string(), Some(inner))
        }
        // The fast path failed on trailing data; report it at the root.
        Ok(_) => match deserializer.end() {
            Err(e) => (".".to_owned(), e.to_string(), Some(e)),
            Ok(()) => (".".to_owned(), "invalid JSON".to_owned(), None),
        },
    };
    let kind = ErrorKind::Decode(DecodeError {
        status,
        path,
        message,
        body_excerpt: excerpt(body),
    });
    match source {
        Some(source) => Error::with_source(kind, source),
        None => Error::new(kind),
    }
}

#[cfg(test)]
mod tests;
