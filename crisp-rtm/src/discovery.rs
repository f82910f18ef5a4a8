//! Finding the realtime endpoint through the REST API.

use std::sync::Arc;

use crisp_core::Tier;
use crisp_rest::{Client, RetryPolicy};
use http::Method;
use serde::Deserialize;

use crate::config::{DiscoveryClient, RtmConfig};
use crate::error::RtmError;

#[derive(Deserialize)]
struct Endpoints {
    socket: Socket,
}

#[derive(Deserialize)]
struct Socket {
    app: String,
}

/// The REST client discovery uses: built (or taken from the configuration) once per
/// realtime client and kept, so that its TLS set-up and connection pool serve every
/// reconnection.
///
/// Its calls are not retried ([`discover`] turns retries off per call): a failed discovery
/// is one failed connection attempt, and the connection task retries it with its own
/// backoff (honouring `Retry-After`), so that there is one retry loop, whose progress
/// [`ConnectionState`](crate::ConnectionState) shows.
pub(crate) fn rest_client(config: &RtmConfig) -> Result<Client, RtmError> {
    let transport = match &config.discovery {
        DiscoveryClient::Client(client) => return Ok(client.clone()),
        DiscoveryClient::Transport(transport) => Some(Arc::clone(transport)),
        DiscoveryClient::Default => None,
    };
    let mut builder = Client::builder()
        .credentials(config.credentials.clone())
        .retry(RetryPolicy::none());
    if let Some(transport) = transport {
        builder = builder.transport(transport);
    }
    if let Some(base) = &config.rest_base_url {
        builder = builder.base_url(base.as_str());
    }
    builder.build().map_err(RtmError::Discovery)
}

/// `GET /{tier}/connect/endpoints` → `data.socket.app`, for the tier of the realtime
/// credentials.
pub(crate) async fn discover(client: &Client, config: &RtmConfig) -> Result<String, RtmError> {
    let route = match config.credentials.tier() {
        Tier::Plugin => "/plugin/connect/endpoints",
        Tier::Website => "/website/connect/endpoints",
        _ => "/user/connect/endpoints",
    };
    crate::trace::debug!(route, "realtime: discovering the endpoint");
    let mut call = client
        .raw(Method::GET, route)
        .data::<Endpoints>()
        .retry(RetryPolicy::none());
    if let Some(base) = &config.rest_base_url {
        call = call.base_url(base.as_str());
    }
    let endpoints = call.await.map_err(RtmError::Discovery)?;
    Ok(endpoints.socket.app)
}
