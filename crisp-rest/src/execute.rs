//! Sending a request: build it once, try it under the timeout, retry by the policy.
//!
//! Each attempt holds one of the client's in-flight slots while it is sent and its
//! response read (not while waiting to retry), and carries the body limit to the
//! transport in the request's extensions; the body length is checked here again, so a
//! transport that ignores the limit is caught too.

use std::future::Future;
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
///
/// A plain function returning an `async move` block rather than an `async fn`: an `async
/// fn` keeps each argument twice in its future (as passed, and moved into the body), and
/// the future is copied at every layer of the call (BENCHMARKS.md, "REST after the
/// default rate limiter").
#[allow(
    clippy::manual_async_fn,
    reason = "the async fn future is larger (see above)"
)]
pub(crate) fn execute<'a>(
    client: &'a Client,
    mut request: ApiRequest,
    options: &'a RequestOptions,
    progress: &'a mut Progress,
) -> impl Future<Output = Result<http::Response<Bytes>, Error>> + 'a {
    async move {
        let route = request.route();
        let limit = BodyLimit::new(
            options
                .max_response_body
                .unwrap_or_else(|| client.options().max_response_body),
        );
        let policy = options
            .retry
            .as_ref()
            .unwrap_or_else(|| &client.options().retry);
        let timeout = options.timeout.unwrap_or_else(|| client.options().timeout);
        let method = request.method().clone();
        let credentials = client.credentials();
        let mut limited = Attempt::new(
            credentials.map(crisp_core::Credentials::tier),
            credentials.map(crisp_core::Credentials::identifier),
            &method,
            route,
        );
        let limiter = client.rate_limiter();
        let started = Instant::now();
        let mut attempt = 1;
        loop {
            // Each attempt builds its request (a copy made up front for a retry would cost
            // every call a header map and extensions clone).
            let this_attempt = build(client, &mut request, options, limit)?;
            progress.timeout = Some(timeout);
            // The limiter may hold the attempt back (cool-down, quota) or refuse it.
            limited.number = attempt;
            match limiter.try_acquire(&limited) {
                Some(answer) => answer?,
                None => limiter.acquire(&limited).await?,
            }
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
            if !limiter.try_record(&limited, &outcome) {
                limiter.record(&limited, &outcome).await;
            }
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
}

/// The HTTP request of one attempt: `request` rendered for the client's context (or the
/// base URL and user agent `options` override), with `options`' headers and the body
/// `limit` in its extensions.
fn build(
    client: &Client,
    request: &mut ApiRequest,
    options: &RequestOptions,
    limit: BodyLimit,
) -> Result<http::Request<Bytes>, Error> {
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
    http_request.extensions_mut().insert(limit);
    Ok(http_request)
}

/// One attempt: waits for a slot (not counted in `timeout`), sends under `timeout`, and
/// checks the body against `limit`.
/// (An `async move` block, as in [`execute`].)
#[allow(clippy::manual_async_fn, reason = "as in `execute`")]
fn attempt_once(
    client: &Client,
    request: http::Request<Bytes>,
    timeout: Duration,
    limit: BodyLimit,
) -> impl Future<Output = Result<http::Response<Bytes>, Error>> + '_ {
    async move {
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
