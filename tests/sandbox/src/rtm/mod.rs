//! The realtime endpoint: socket.io (Engine.IO v4, Socket.IO v5) over WebSocket at
//! `/socket.io/`, as announced by the connect-endpoints routes.
//!
//! The WebSocket upgrade is done by hand on hyper's connection (`Sec-WebSocket-Accept`,
//! then tokio-tungstenite on the upgraded stream), so that the sandbox uses the same
//! tungstenite as the realtime client. Only the WebSocket transport is served (no HTTP
//! long-polling), as Crisp's clients ask for no other.
//!
//! Messages and frames are capped at [`RTM_MAX_PAYLOAD`](crate::RTM_MAX_PAYLOAD) bytes
//! (socket.io's `maxPayload`) before and after authentication: tungstenite refuses a
//! larger frame from its header, before reading the payload.

mod session;
mod socket;

use axum::body::Body;
use axum::extract::{Request, State};
use axum::http::header::{
    CONNECTION, CONTENT_TYPE, SEC_WEBSOCKET_ACCEPT, SEC_WEBSOCKET_KEY, SEC_WEBSOCKET_VERSION,
    UPGRADE,
};
use axum::http::{HeaderMap, HeaderValue, StatusCode};
use axum::response::Response;
use hyper_util::rt::TokioIo;
use serde_json::json;
use tokio_tungstenite::WebSocketStream;
use tokio_tungstenite::tungstenite::handshake::derive_accept_key;
use tokio_tungstenite::tungstenite::protocol::Role;

use crate::app::App;
use crate::query::Query;

/// `GET /socket.io/?EIO=4&transport=websocket` with a WebSocket upgrade.
pub(crate) async fn upgrade(State(app): State<App>, mut request: Request) -> Response {
    let query = Query::parse(request.uri().query());
    if query.get("EIO") != Some("4") {
        return engine_error(5, "Unsupported protocol version");
    }
    if query.get("transport") != Some("websocket") {
        return engine_error(0, "Transport unknown");
    }
    let Some(key) = websocket_key(request.headers()) else {
        return engine_error(3, "Bad request");
    };
    let accept = derive_accept_key(key.as_bytes());
    let on_upgrade = hyper::upgrade::on(&mut request);
    tokio::spawn(async move {
        if let Ok(upgraded) = on_upgrade.await {
            let stream = WebSocketStream::from_raw_socket(
                TokioIo::new(upgraded),
                Role::Server,
                Some(socket::websocket_config()),
            )
            .await;
            socket::run(app, stream).await;
        }
    });
    let mut response = Response::new(Body::empty());
    *response.status_mut() = StatusCode::SWITCHING_PROTOCOLS;
    let headers = response.headers_mut();
    headers.insert(CONNECTION, HeaderValue::from_static("Upgrade"));
    headers.insert(UPGRADE, HeaderValue::from_static("websocket"));
    if let Ok(accept) = HeaderValue::from_str(&accept) {
        headers.insert(SEC_WEBSOCKET_ACCEPT, accept);
    }
    response
}

/// The `Sec-WebSocket-Key` of a valid WebSocket upgrade request (version 13).
fn websocket_key(headers: &HeaderMap) -> Option<HeaderValue> {
    let upgrade = headers
        .get(UPGRADE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.eq_ignore_ascii_case("websocket"));
    let version = headers
        .get(SEC_WEBSOCKET_VERSION)
        .is_some_and(|v| v.as_bytes() == b"13");
    (upgrade && version)
        .then(|| headers.get(SEC_WEBSOCKET_KEY).cloned())
        .flatten()
}

/// An Engine.IO handshake error: 400 `{"code":…,"message":…}`.
fn engine_error(code: u8, message: &str) -> Response {
    let body = json!({"code": code, "message": message}).to_string();
    let mut response = Response::new(Body::from(body));
    *response.status_mut() = StatusCode::BAD_REQUEST;
    response
        .headers_mut()
        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
    response
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn needs_a_version_13_websocket_upgrade() {
        let mut headers = HeaderMap::new();
        headers.insert(UPGRADE, HeaderValue::from_static("WebSocket"));
        headers.insert(SEC_WEBSOCKET_VERSION, HeaderValue::from_static("13"));
        assert!(websocket_key(&headers).is_none());
        headers.insert(
            SEC_WEBSOCKET_KEY,
            HeaderValue::from_static("dGhlIHNhbXBsZSBub25jZQ=="),
        );
        assert!(websocket_key(&headers).is_some());
        headers.insert(SEC_WEBSOCKET_VERSION, HeaderValue::from_static("8"));
        assert!(websocket_key(&headers).is_none());
    }
}
