//! Transports for tests: [`CaptureTransport`] records every request and answers from a
//! queue (or a default), [`ReplayTransport`] plays an ordered script of exchanges and checks
//! each request against it.
//!
//! ```no_run
//! use std::sync::Arc;
//! use crisp_core::test_util::CaptureTransport;
//!
//! let capture = Arc::new(CaptureTransport::new());
//! capture.push_json(200, r#"{"error":false,"reason":"resolved","data":{"state":"resolved"}}"#);
//! // … hand `capture.clone()` to a client, make a call …
//! let requests = capture.requests();
//! ```

use std::collections::VecDeque;
use std::sync::Mutex;

use bytes::Bytes;
use http::{HeaderMap, Method, StatusCode, Uri};

use crate::transport::{Transport, TransportError, TransportErrorKind};

/// A request as a test transport saw it.
#[derive(Clone, Debug)]
pub struct CapturedRequest {
    /// The method.
    pub method: Method,
    /// The full URI.
    pub uri: Uri,
    /// The headers.
    pub headers: HeaderMap,
    /// The body.
    pub body: Bytes,
}

impl CapturedRequest {
    fn from_http(request: http::Request<Bytes>) -> Self {
        let (parts, body) = request.into_parts();
        CapturedRequest {
            method: parts.method,
            uri: parts.uri,
            headers: parts.headers,
            body,
        }
    }

    /// The percent-encoded path.
    #[must_use]
    pub fn path(&self) -> &str {
        self.uri.path()
    }

    /// The query string, if any.
    #[must_use]
    pub fn query(&self) -> Option<&str> {
        self.uri.query()
    }

    /// The names of the query parameters, in order.
    #[must_use]
    pub fn query_names(&self) -> Vec<&str> {
        self.uri
            .query()
            .map(|q| {
                q.split('&')
                    .map(|pair| pair.split_once('=').map_or(pair, |(name, _)| name))
                    .collect()
            })
            .unwrap_or_default()
    }

    /// The body parsed as JSON, if it is JSON.
    #[must_use]
    pub fn json(&self) -> Option<serde_json::Value> {
        serde_json::from_slice(&self.body).ok()
    }
}

/// What a test transport answers: a response, or a transport failure of some kind.
#[derive(Debug)]
pub enum CannedResponse {
    /// An HTTP response.
    Response(http::Response<Bytes>),
    /// A transport failure.
    Fail(TransportErrorKind),
}

impl CannedResponse {
    /// A response with `status` and a JSON `body`.
    #[must_use]
    pub fn json(status: u16, body: &str) -> Self {
        let mut response = http::Response::new(Bytes::copy_from_slice(body.as_bytes()));
        *response.status_mut() =
            StatusCode::from_u16(status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
        response.headers_mut().insert(
            http::header::CONTENT_TYPE,
            http::HeaderValue::from_static("application/json"),
        );
        CannedResponse::Response(response)
    }

    fn produce(self) -> Result<http::Response<Bytes>, TransportError> {
        match self {
            CannedResponse::Response(response) => Ok(response),
            CannedResponse::Fail(kind) => {
                Err(TransportError::new(kind, "canned transport failure"))
            }
        }
    }
}

/// The body of a default successful answer: `{"error":false,"reason":"ok","data":{}}`.
pub const OK_EMPTY: &str = r#"{"error":false,"reason":"ok","data":{}}"#;

/// Records every request; answers with queued responses in order, then with
/// `200 {"error":false,"reason":"ok","data":{}}`.
#[derive(Debug, Default)]
pub struct CaptureTransport {
    requests: Mutex<Vec<CapturedRequest>>,
    queue: Mutex<VecDeque<CannedResponse>>,
}

impl CaptureTransport {
    /// An empty capture transport.
    #[must_use]
    pub fn new() -> Self {
        CaptureTransport::default()
    }

    /// Queues a canned answer.
    pub fn push(&self, response: CannedResponse) {
        lock(&self.queue).push_back(response);
    }

    /// Queues a JSON answer.
    pub fn push_json(&self, status: u16, body: &str) {
        self.push(CannedResponse::json(status, body));
    }

    /// Every request seen so far, in order.
    #[must_use]
    pub fn requests(&self) -> Vec<CapturedRequest> {
        lock(&self.requests).clone()
    }

    /// The last request seen.
    #[must_use]
    pub fn last(&self) -> Option<CapturedRequest> {
        lock(&self.requests).last().cloned()
    }

    /// Forgets the requests seen so far.
    pub fn clear(&self) {
        lock(&self.requests).clear();
    }
}

#[async_trait::async_trait]
impl Transport for CaptureTransport {
    async fn send(
        &self,
        request: http::Request<Bytes>,
    ) -> Result<http::Response<Bytes>, TransportError> {
        lock(&self.requests).push(CapturedRequest::from_http(request));
        let next = lock(&self.queue).pop_front();
        next.unwrap_or_else(|| CannedResponse::json(200, OK_EMPTY))
            .produce()
    }
}

/// One expected exchange of a [`ReplayTransport`].
#[derive(Debug)]
pub struct Exchange {
    /// The expected method.
    pub method: Method,
    /// The expected path and query, e.g. `/v1/website/w/conversations/1?per_page=20`.
    pub path_and_query: String,
    /// What to answer.
    pub response: CannedResponse,
}

impl Exchange {
    /// Expects `method` on `path_and_query` and answers `status` with a JSON `body`.
    #[must_use]
    pub fn json(method: Method, path_and_query: &str, status: u16, body: &str) -> Self {
        Exchange {
            method,
            path_and_query: path_and_query.to_owned(),
            response: CannedResponse::json(status, body),
        }
    }
}

/// Plays an ordered script of exchanges. A request that does not match the next exchange,
/// or comes after the script ended, fails with a transport error of kind `Other` that says
/// what was expected; [`ReplayTransport::assert_done`] checks the whole script was used.
#[derive(Debug)]
pub struct ReplayTransport {
    script: Mutex<VecDeque<Exchange>>,
    seen: Mutex<Vec<CapturedRequest>>,
}

impl ReplayTransport {
    /// A transport that plays `script` in order.
    #[must_use]
    pub fn new(script: impl IntoIterator<Item = Exchange>) -> Self {
        ReplayTransport {
            script: Mutex::new(script.into_iter().collect()),
            seen: Mutex::new(Vec::new()),
        }
    }

    /// The requests seen so far.
    #[must_use]
    pub fn requests(&self) -> Vec<CapturedRequest> {
        lock(&self.seen).clone()
    }

    /// Panics unless every exchange of the script was played.
    ///
    /// # Panics
    /// When exchanges are left; the message lists them.
    pub fn assert_done(&self) {
        let left = lock(&self.script);
        assert!(
            left.is_empty(),
            "{} exchange(s) not played: {:?}",
            left.len(),
            left.iter()
                .map(|e| format!("{} {}", e.method, e.path_and_query))
                .collect::<Vec<_>>()
        );
    }
}

#[async_trait::async_trait]
impl Transport for ReplayTransport {
    async fn send(
        &self,
        request: http::Request<Bytes>,
    ) -> Result<http::Response<Bytes>, TransportError> {
        let captured = CapturedRequest::from_http(request);
        let got = format!(
            "{} {}",
            captured.method,
            captured.uri.path_and_query().map_or("", |pq| pq.as_str())
        );
        lock(&self.seen).push(captured);
        let mut script = lock(&self.script);
        let Some(next) = script.front() else {
            return Err(TransportError::new(
                TransportErrorKind::Other,
                format!("unexpected request after script ended: {got}"),
            ));
        };
        let want = format!("{} {}", next.method, next.path_and_query);
        if want != got {
            return Err(TransportError::new(
                TransportErrorKind::Other,
                format!("expected `{want}`, got `{got}`"),
            ));
        }
        script.pop_front().map_or_else(
            || Err(TransportError::from_kind(TransportErrorKind::Other)),
            |exchange| exchange.response.produce(),
        )
    }
}

fn lock<T>(mutex: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    mutex
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner)
}
