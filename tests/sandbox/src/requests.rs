//! The log of REST requests, for assertions (how many attempts a retry made, …).

use axum::extract::{Request, State};
use axum::middleware::Next;
use axum::response::Response;

use crate::app::{App, lock};
use crate::trace::debug;

/// One REST request the sandbox answered.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct RequestRecord {
    /// The HTTP method (`GET`, …).
    pub method: String,
    /// The path, from `/v1/`.
    pub path: String,
    /// The query string without `?`, if any.
    pub query: Option<String>,
    /// The status answered.
    pub status: u16,
}

/// Middleware: records every request with the status it got (faults and 401s included).
pub(crate) async fn record(State(app): State<App>, request: Request, next: Next) -> Response {
    let method = request.method().to_string();
    let path = request.uri().path().to_owned();
    let query = request.uri().query().map(str::to_owned);
    let response = next.run(request).await;
    let status = response.status().as_u16();
    debug!(verb = %method, path = %path, status, "sandbox: request");
    lock(&app.requests).push(RequestRecord {
        method,
        path,
        query,
        status,
    });
    response
}
