//! Sending a request: build it once, try it under the timeout, retry by the policy.

use std::time::{Duration, Instant};

use bytes::Bytes;
use crisp_core::response::check_status;
use crisp_core::{ApiRequest, Error, RequestOptions, RetryDecision};

use crate::client::Client;

/// Sends `request` through the client's transport with retries, and returns the response
/// of the last attempt. Statuses that are retryable (5xx, 429, 420) become errors when the
/// policy gives up; other statuses are returned for the caller to decode.
pub(crate) async fn execute(
    client: &Client,
    mut request: ApiRequest,
    options: &RequestOptions,
) -> Result<http::Response<Bytes>, Error> {
    let http_request = if options.base_url.is_some() || options.user_agent.is_some() {
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
    let method = http_request.method().clone();
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
        let error = match attempt_once(client, this_attempt, timeout).await {
            Ok(response) if is_retryable_status(response.status()) => {
                match check_status(&method, &response) {
                    Err(error) => error,
                    Ok(()) => return Ok(response),
                }
            }
            Ok(response) => return Ok(response),
            Err(error) => error,
        };
        match policy.decide(&method, attempt, &error, started.elapsed(), fastrand::f64()) {
            RetryDecision::GiveUp => return Err(error),
            RetryDecision::RetryAfter(delay) => {
                tokio::time::sleep(delay).await;
                attempt += 1;
            }
        }
    }
}

async fn attempt_once(
    client: &Client,
    request: http::Request<Bytes>,
    timeout: Duration,
) -> Result<http::Response<Bytes>, Error> {
    match tokio::time::timeout(timeout, client.transport().send(request)).await {
        Ok(result) => result.map_err(Error::from),
        Err(_) => Err(Error::timeout(Some(timeout))),
    }
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
    copy
}
