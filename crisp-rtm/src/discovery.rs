//! Finding the realtime endpoint through the REST API.

use crisp_core::{Credentials, Tier};
use crisp_rest::Client;
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

/// `GET /{tier}/connect/endpoints` → `data.socket.app`.
pub(crate) async fn discover(
    credentials: &Credentials,
    rest_base_url: Option<&str>,
) -> Result<String, RtmError> {
    let mut builder = Client::builder().credentials(credentials.clone());
    if let Some(base) = rest_base_url {
        builder = builder.base_url(base);
    }
    let client = builder.build().map_err(RtmError::Discovery)?;
    let route = match credentials.tier() {
        Tier::Plugin => "/plugin/connect/endpoints",
        Tier::Website => "/website/connect/endpoints",
        _ => "/user/connect/endpoints",
    };
    let endpoints: Endpoints = client
        .raw(Method::GET, route)
        .data()
        .await
        .map_err(RtmError::Discovery)?;
    Ok(endpoints.socket.app)
}
