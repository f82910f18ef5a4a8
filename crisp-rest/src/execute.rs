//! Sending a request: build it once, try it under the timeout, retry by the policy.
//!
//! Each attempt holds one of the client's in-flight slots while it is sent and its
//! response read (not while waiting to retry), and carries the body limit to the
//! transport in the request's extensions; the body length is checked here again, so a
//! transport that ignores the limit is caught too.

use std::time::{Duration, Instant};

use bytes::Bytes;
use crisp_core::response::check_status;
use crisp_core::transport::BodyLimit;
use crisp_core::{ApiRequest, Error, ErrorKind, RequestOptions, RetryDecision};

use crate::client::Client;
use crate::limit::{Attempt, Outcome};

/// What [`execute`] got through, for the error of the call: attempts sent and the
/// timeout of each.
#[derive(Debug, Default)]
pub(crate) struct Progress {
    /// Attempts sent so far.
    pub(crate) attempts: u32,
    /// The timeout of each attempt, once known.
    pub(crate) timeout: Option<Duration>,
}

/// Sends `request` through the client's transport with retries, and returns the response
/// of the last attempt. Statuses that are retryable (5xx, 429, 420) become errors when the
/// policy gives up; other statuses are returned for the caller to decode.
pub(crate) async fn execute(
    client: &Client,
    mut request: ApiRequest,
    options: &RequestOptions,
    progress: &mut Progress,
) -> Result<http::Response<Bytes>, Error> {
    let route = request.route();
    let mut http_request = if options.base_url.is_some() || options.user_agent.is_some() {
        let mut context = std::borrow::Cow::Borrowed(client.context());
        if let Some(base_url) = &options.base_url {
            context = std::borrow::Cow::Owned(context.with_base_url(base_url)?);
        }
        if let Some(user_agent) = &options.user_agent {
            context = std::borrow::Cow::Owned(context.with_user_agent(user_agent)?);
        }
        request.to_http(&context, Some(&options.headers))?
    } else {
        request.to_http(client.context(), Some(&options.headers))?
    };
    let policy = options
        .retry
        .as_ref()
        .unwrap_or_else(|| &client.options().retry);
    let timeout = options.timeout.unwrap_or_else(|| client.options().timeout);
    progress.timeout = Some(timeout);
    let limit = BodyLimit::new(
        options
            .max_response_body
            .unwrap_or_else(|| client.options().max_response_body),
    );
    http_request.extensions_mut().insert(limit);
    let method = http_request.method().clone();
    let credentials = client.credentials();
    let mut limited = Attempt::new(
        credentials.map(crisp_core::Credentials::tier),
        credentials.map(crisp_core::Credentials::identifier),
        &method,
        route,
    );
    let limiter = client.rate_limiter();
    let started = Instant::now();
    // A copy is only needed while another attempt may follow.
    let retryable = policy.max_attempts > 1 && policy.allows_method(&method);
    let mut http_request = Some(http_request);
    let mut attempt = 1;
    loop {
        let this_attempt = match &http_request {
            Some(request) if retryable && attempt < policy.max_attempts => duplicate(request),
            _ => http_request
                .take()
                .ok_or_else(|| Error::invalid_argument("request already sent"))?,
        };
        // The limiter may hold the attempt back (cool-down, quota) or refuse it.
        limited.number = attempt;
        limiter.acquire(&limited).await?;
        progress.attempts = attempt;
        let result = match attempt_once(client, this_attempt, timeout, limit).await {
            Ok(response) if is_retryable_status(response.status()) => {
                match check_status(&method, &response) {
                    Err(error) => Err(error),
                    Ok(()) => Ok(response),
                }
            }
            other => other,
        };
        let outcome = match &result {
            Ok(response) => Outcome::new(Some(response.status()), None, None),
            Err(error) => Outcome::new(error.status(), error.reason(), error.retry_after()),
        };
        limiter.record(&limited, &outcome).await;
        let error = match result {
            Ok(response) => return Ok(response),
            Err(error) => error,
        };
        match policy.decide(&method, attempt, &error, started.elapsed(), fastrand::f64()) {
            RetryDecision::GiveUp => return Err(error),
            RetryDecision::RetryAfter(delay) => {
                crate::trace::retry(&error, attempt, delay);
                tokio::time::sleep(delay).await;
                attempt += 1;
            }
        }
    }
}

/// One attempt: waits for a slot (not counted in `timeout`), sends under `timeout`, and
/// checks the body against `limit`.
async fn attempt_once(
    client: &Client,
    request: http::Request<Bytes>,
    timeout: Duration,
    limit: BodyLimit,
) -> Result<http::Response<Bytes>, Error> {
    let _slot = client.slot().await;
    let response = match tokio::time::timeout(timeout, client.transport().send(request)).await {
        Ok(Ok(response)) => response,
        Ok(Err(error)) => return Err(transport_error(error, limit)),
        Err(_) => return Err(Error::timeout(Some(timeout))),
    };
    let length = u64::try_from(response.body().len()).unwrap_or(u64::MAX);
    if length > limit.bytes() {
        // A transport that ignores the limit: the body is already read, but it goes no
        // further.
        let declared = response
            .headers()
            .get(http::header::CONTENT_LENGTH)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.trim().parse().ok());
        return Err(Error::response_too_large(limit.bytes(), declared));
    }
    Ok(response)
}

/// The client error for a transport error; a body over the limit names the limit even
/// when the transport did not say it.
fn transport_error(error: crisp_core::TransportError, limit: BodyLimit) -> Error {
    if error.kind() == crisp_core::TransportErrorKind::BodyTooLarge && error.too_large().is_none() {
        let (_, source) = error.into_parts();
        let kind = ErrorKind::ResponseTooLarge {
            limit: limit.bytes(),
            content_length: None,
        };
        return match source {
            Some(source) => Error::with_source(kind, source),
            None => Error::new(kind),
        };
    }
    Error::from(error)
}

fn is_retryable_status(status: http::StatusCode) -> bool {
    status.is_server_error() || status.as_u16() == 429 || status.as_u16() == 420
}

/// A copy of the request for one attempt (the body is reference-counted, not copied).
fn duplicate(request: &http::Request<Bytes>) -> http::Request<Bytes> {
    let mut copy = http::Request::new(request.body().clone());
    *copy.method_mut() = request.method().clone();
    *copy.uri_mut() = request.uri().clone();
    *copy.version_mut() = request.version();
    *copy.headers_mut() = request.headers().clone();
    *copy.extensions_mut() = request.extensions().clone();
    copy
}
