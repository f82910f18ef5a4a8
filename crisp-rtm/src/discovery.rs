//! Finding the realtime endpoint through the REST API.

use crisp_core::{Credentials, Tier};
use crisp_rest::{Client, RetryPolicy};
use http::Method;
use serde::Deserialize;

use crate::error::RtmError;

#[derive(Deserialize)]
struct Endpoints {
    socket: Socket,
}

#[derive(Deserialize)]
struct Socket {
    app: String,
}

/// The REST client discovery uses: built once per realtime client and kept, so that its
/// TLS set-up and connection pool serve every reconnection.
///
/// It does not retry by itself: a failed discovery is one failed connection attempt, and
/// the connection task retries it with its own backoff (honouring `Retry-After`), so that
/// there is one retry loop, whose progress [`ConnectionState`](crate::ConnectionState)
/// shows.
pub(crate) fn rest_client(
    credentials: &Credentials,
    rest_base_url: Option<&str>,
) -> Result<Client, RtmError> {
    let mut builder = Client::builder()
        .credentials(credentials.clone())
        .retry(RetryPolicy::none());
    if let Some(base) = rest_base_url {
        builder = builder.base_url(base);
    }
    builder.build().map_err(RtmError::Discovery)
}

/// `GET /{tier}/connect/endpoints` → `data.socket.app`.
pub(crate) async fn discover(client: &Client) -> Result<String, RtmError> {
    let route = match client.credentials().map(Credentials::tier) {
        Some(Tier::Plugin) => "/plugin/connect/endpoints",
        Some(Tier::Website) => "/website/connect/endpoints",
        _ => "/user/connect/endpoints",
    };
    crate::trace::debug!(route, "realtime: discovering the endpoint");
    let endpoints: Endpoints = client
        .raw(Method::GET, route)
        .data()
        .await
        .map_err(RtmError::Discovery)?;
    Ok(endpoints.socket.app)
}
